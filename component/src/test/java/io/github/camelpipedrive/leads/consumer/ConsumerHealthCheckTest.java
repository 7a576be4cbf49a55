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

import java.util.List;
import java.util.Map;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.sandbox.Fault;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer's own health check ({@code pipedrive-leads-consumer:<routeId>}): registered while the consumer runs and
 * gone once it stops or its route is removed; readiness follows the last poll and shows the cursor; liveness stays UP
 * while polls fail; and it honours healthCheckConsumerEnabled, camel.health.enabled and the exclude pattern.
 */
class ConsumerHealthCheckTest extends SandboxConsumerTestSupport {

    private static final String ID = PipedriveLeadsConsumerHealthCheck.ID_PREFIX + "feed";

    private HealthCheckRegistry registry() {
        return HealthCheckRegistry.get(context);
    }

    private List<String> pipedriveConsumerCheckIds() {
        return registry().stream().map(HealthCheck::getId)
                .filter(id -> id.startsWith(PipedriveLeadsConsumerHealthCheck.ID_PREFIX)).toList();
    }

    private HealthCheck.Result readiness() {
        // "full": every result, not only the failing ones
        registry().setExposureLevel("full");
        return HealthCheckHelper.invokeReadiness(context).stream()
                .filter(r -> r.getCheck().getId().equals(ID)).findFirst()
                .orElseThrow(() -> new AssertionError("no readiness result for " + ID));
    }

    private HealthCheck.Result liveness() {
        registry().setExposureLevel("full");
        return HealthCheckHelper.invokeLiveness(context).stream()
                .filter(r -> r.getCheck().getId().equals(ID)).findFirst()
                .orElseThrow(() -> new AssertionError("no liveness result for " + ID));
    }

    @Test
    void registeredWhileTheConsumerRunsAndGoneWhenItStopsOrItsRouteIsRemoved() throws Exception {
        feed("startFrom=beginning");
        assertThat(registry().getCheck(ID)).containsInstanceOf(PipedriveLeadsConsumerHealthCheck.class);

        context.getRouteController().stopRoute("feed");
        assertThat(registry().getCheck(ID)).isEmpty();
        context.getRouteController().startRoute("feed");
        assertThat(pipedriveConsumerCheckIds()).containsExactly(ID);

        context.getRouteController().stopRoute("feed");
        context.removeRoute("feed");
        assertThat(pipedriveConsumerCheckIds()).isEmpty();

        // routes come and go: one check per running consumer, none left behind
        for (int i = 0; i < 3; i++) {
            feed("startFrom=beginning");
            assertThat(pipedriveConsumerCheckIds()).containsExactly(ID);
            context.getRouteController().stopRoute("feed");
            context.removeRoute("feed");
        }
        assertThat(pipedriveConsumerCheckIds()).isEmpty();
    }

    @Test
    void readinessFollowsTheLastPollAndShowsTheCursor() throws Exception {
        List<String> ids = createLeads(2);
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning");

        HealthCheck.Result before = readiness();
        assertThat(before.getState()).as("registry's initial state before the first poll")
                .isEqualTo(registry().getInitialState());
        assertThat(before.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("has not polled yet"));

        consumer.run();

        HealthCheck.Result ready = readiness();
        // two leads created in the same millisecond may come in either order
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(ready.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(ready.getDetails())
                .containsEntry("pipedrive.cursor.watermark", consumer.getCursor().watermark().toString())
                .containsEntry("pipedrive.cursor.boundaryIds", consumer.getCursor().boundaryIds().size())
                .containsEntry("pipedrive.cursor.key", "pipedrive-leads/new")
                .containsEntry("pipedrive.poll.lastSuccess.delivered", 2)
                .containsEntry("pipedrive.poll.failuresInARow", 0)
                .containsEntry("route.id", "feed");
        assertThat(consumer.getCursor().boundaryIds()).contains(delivered.get(delivered.size() - 1));

        sandbox.faults().failNext(".*/leads.*", 1, Fault.dailyBudgetSpent());
        consumer.run();

        HealthCheck.Result spent = readiness();
        assertThat(spent.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(spent.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("daily API token budget")
                .contains("1 in a row").contains("route feed"));
        assertThat(spent.getDetails()).containsEntry("pipedrive.poll.failuresInARow", 1)
                .containsEntry("pipedrive.cursor.watermark", consumer.getCursor().watermark().toString());
        assertThat(liveness().getState()).as("a spent budget is no reason to restart").isEqualTo(HealthCheck.State.UP);

        consumer.run();
        assertThat(readiness().getState()).as("ready again after a successful poll").isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void anAuthFailureIsNotReadyWithTheReasonButNoSecretAndStaysLive() throws Exception {
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning&apiToken=wrong-token-XYZ");

        consumer.run();

        HealthCheck.Result result = readiness();
        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("401")
                .doesNotContain("wrong-token-XYZ"));
        assertThat(result.getError()).isPresent();
        assertThat(String.valueOf(result.getDetails())).doesNotContain("wrong-token-XYZ");
        assertThat(liveness().getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void healthCheckConsumerEnabledFalseKeepsTheCheckListedButDisabled() throws Exception {
        context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class).setHealthCheckConsumerEnabled(false);
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning&apiToken=wrong-token-XYZ");
        consumer.run();

        HealthCheck check = registry().getCheck(ID).orElseThrow();
        assertThat(check.isEnabled()).isFalse();
        HealthCheck.Result result = check.call();
        assertThat(result.getState()).as("disabled: UNKNOWN, not DOWN, although the poll failed")
                .isEqualTo(HealthCheck.State.UNKNOWN);
        assertThat(result.getMessage()).contains("Disabled");
    }

    @Test
    void nothingIsRegisteredWhenHealthChecksAreDisabled() throws Exception {
        // what camel.health.enabled=false does
        registry().setEnabled(false);
        feed("startFrom=beginning");

        registry().setEnabled(true);
        assertThat(registry().getCheck(ID)).isEmpty();
    }

    @Test
    void theExcludePatternKeepsTheCheckOut() throws Exception {
        // what camel.health.exclude-pattern does
        registry().setExcludePattern("pipedrive-leads-consumer:*");
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning");
        consumer.run();

        assertThat(registry().getCheck(ID)).isEmpty();
        assertThat(HealthCheckHelper.invoke(context)).extracting(r -> r.getCheck().getId()).doesNotContain(ID);
    }

    @Test
    void aUserPollStrategyStillDecidesWhileTheHealthStateIsRecorded() throws Exception {
        CountingPollStrategy strategy = new CountingPollStrategy();
        context.getRegistry().bind("strategy", strategy);
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning&pollStrategy=#strategy");

        consumer.run();

        assertThat(strategy.commits).isEqualTo(1);
        assertThat(consumer.getHealthState().getPolls()).isEqualTo(1);
        assertThat(consumer.getHealthState().isLastPollSuccessful()).isTrue();
        assertThat(Map.of("state", consumer.getHealthState().getLastPollTime())).doesNotContainValue(null);
    }

    static final class CountingPollStrategy extends org.apache.camel.support.DefaultPollingConsumerPollStrategy {
        int commits;

        @Override
        public void commit(org.apache.camel.Consumer consumer, org.apache.camel.Endpoint endpoint, int polled) {
            commits++;
        }
    }
}
