/*
 * Copyright 2026 The camel-pipedrive-leads authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelpipedrive.leads.consumer;

import java.nio.file.Path;
import java.util.List;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.exception.PipedriveApiException;
import io.github.camelpipedrive.leads.exception.PipedriveRateLimitException;
import io.github.camelpipedrive.leads.sandbox.Fault;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.ScheduledPollConsumerHealthCheck;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Restarts, rate limits, auth failures and health of the consumer.
 */
class ConsumerResilienceTest extends SandboxConsumerTestSupport {

    @TempDir
    Path stateDir;

    @Test
    void aNewCamelContextWithTheSameFileStateRepositoryContinuesWhereTheLastStopped() throws Exception {
        List<String> first = createLeads(10);
        FileStateRepository repository = FileStateRepository.fileStateRepository(stateDir.resolve("cursor").toFile());
        context.getRegistry().bind("cursorStore", repository);
        feed("startFrom=beginning&stateRepository=#cursorStore").poll();
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(first);
        context.stop();

        List<String> second = createLeads(5);
        delivered.clear();
        try (CamelContext restarted = new DefaultCamelContext()) {
            PipedriveLeadsComponent component = restarted.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
            component.getConfiguration().setBaseUrl(sandbox.baseUrl());
            component.getConfiguration().setApiToken("sandbox-token");
            restarted.getRegistry().bind("cursorStore",
                    FileStateRepository.fileStateRepository(stateDir.resolve("cursor").toFile()));
            restarted.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("pipedrive-leads:getLeads?startScheduler=false&startFrom=beginning"
                         + "&stateRepository=#cursorStore").routeId("feed").process(ConsumerResilienceTest.this::record);
                }
            });
            restarted.start();
            ((PipedriveLeadsConsumer) restarted.getRoute("feed").getConsumer()).poll();
        }

        assertThat(delivered).containsExactlyInAnyOrderElementsOf(second);
    }

    @Test
    void aBurstRateLimitIsWaitedOutAndNothingIsLost() throws Exception {
        List<String> ids = createLeads(4);
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning");
        sandbox.faults().failNext(".*/leads.*", 1, Fault.tooManyRequests(1));

        assertThat(consumer.poll()).isEqualTo(4);

        assertThat(delivered).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(sandbox.requestCount()).isEqualTo(2);
    }

    @Test
    void aSpentDailyBudgetIsReportedClearlyAndTheConsumerResumesWithoutLoss() throws Exception {
        List<String> ids = createLeads(3);
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning");
        sandbox.faults().failNext(".*/leads.*", 1, Fault.dailyBudgetSpent());

        assertThatThrownBy(consumer::poll).isInstanceOf(PipedriveRateLimitException.class)
                .hasMessageContaining("daily API token budget")
                .satisfies(e -> assertThat(((PipedriveRateLimitException) e).isDailyBudgetExhausted()).isTrue());
        assertThat(delivered).isEmpty();

        assertThat(consumer.poll()).isEqualTo(3);
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void serverErrorsFailThePollWithoutMovingTheCursor() throws Exception {
        List<String> ids = createLeads(3);
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning");
        sandbox.faults().failNext(".*/leads.*", 1, Fault.status(500));

        assertThatThrownBy(consumer::poll).isInstanceOf(PipedriveApiException.class).hasMessageContaining("500");
        assertThat(consumer.poll()).isEqualTo(3);

        assertThat(delivered).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void healthIsReadyAfterTheFirstSuccessfulPollAndDownWithTheReasonOnAuthFailure() throws Exception {
        createLeads(2);
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning");
        ScheduledPollConsumerHealthCheck check = new ScheduledPollConsumerHealthCheck(consumer, "consumer:feed");

        consumer.run();
        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);

        context.getRouteController().stopRoute("feed");
        context.removeRoute("feed");
        PipedriveLeadsConsumer unauthorized = feed("startFrom=beginning&apiToken=wrong-token-XYZ");
        ScheduledPollConsumerHealthCheck failing = new ScheduledPollConsumerHealthCheck(unauthorized, "consumer:feed");

        unauthorized.run();
        HealthCheck.Result result = failing.call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage().orElse("") + result.getError().map(Throwable::getMessage).orElse(""))
                .contains("401").doesNotContain("wrong-token-XYZ");
    }

    @Test
    void consumingAnOperationThatCannotBeConsumedFailsAtRouteStart() {
        context.start();
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("pipedrive-leads:addLead").to("log:x");
            }
        })).hasStackTraceContaining("only getLeads can be used in from(...)");
    }

    @Test
    void invalidPageSizeFailsAtStart() {
        assertThatThrownBy(() -> feed("pageSize=501"))
                .hasStackTraceContaining("Invalid pageSize: must be between 1 and 500");
    }

}
