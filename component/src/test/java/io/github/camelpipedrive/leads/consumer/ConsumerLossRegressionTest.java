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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.sandbox.MutableClock;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ways the feed used to lose a lead for good (project issue 12), each reproduced deterministically against the
 * sandbox.
 */
class ConsumerLossRegressionTest extends SandboxConsumerTestSupport {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00.000Z"));

    @Override
    protected PipedriveSandbox.Builder sandboxBuilder() {
        return PipedriveSandbox.builder().clock(clock);
    }

    private List<String> createSpacedLeads(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clock.advance(Duration.ofMillis(7));
            ids.add(sandbox.createLead("Lead " + i, 1, null));
        }
        return ids;
    }

    @Test
    void aLeadArchivedWhileAPollRunsIsStillDeliveredWithIncludeArchived() throws Exception {
        List<String> ids = createSpacedLeads(30);
        AtomicBoolean archived = new AtomicBoolean();
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning&pageSize=10&includeArchived=true", exchange -> {
            record(exchange);
            if (delivered.size() == 3 && archived.compareAndSet(false, true)) {
                // after the poll started (and after any archived read it made up front), before the active list
                // reaches this lead
                sandbox.archiveLead(ids.get(15));
            }
        });

        consumer.poll();
        consumer.poll();

        assertThat(archived).isTrue();
        assertThat(delivered).containsExactlyElementsOf(ids);
    }

    @Test
    void startFromNowAnchorsWhenTheConsumerStartsNotAtTheFirstPoll() throws Exception {
        createSpacedLeads(3);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // the first scheduled poll is an hour away: the route is started but has not polled yet
                from("pipedrive-leads:getLeads?initialDelay=3600000&delay=3600000").routeId("feed")
                        .process(e -> delivered.add(e.getMessage().getBody(Lead.class).getId()));
            }
        });
        context.start();
        PipedriveLeadsConsumer consumer = (PipedriveLeadsConsumer) context.getRoute("feed").getConsumer();
        clock.advance(Duration.ofSeconds(1));
        String createdAfterStart = sandbox.createLead("created after the route started", 1, null);

        consumer.poll();

        assertThat(delivered).containsExactly(createdAfterStart);
    }
}
