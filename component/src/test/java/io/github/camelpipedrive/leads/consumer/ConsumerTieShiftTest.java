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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tie larger than a page, with leads in front of the offset deleted between two requests of one poll: the shift
 * happens inside the tie, where every key is equal, so only ids can reveal it. Runs through the whole consumer
 * against a scripted server that deletes at an exact point of the request sequence.
 */
class ConsumerTieShiftTest extends CamelTestSupport {

    private static final Instant T = Instant.parse("2026-04-01T10:00:00.000Z");

    private final ScriptedLeadsServer server = new ScriptedLeadsServer();
    private final List<String> delivered = Collections.synchronizedList(new ArrayList<>());

    @Override
    protected CamelContext createCamelContext() throws Exception {
        String baseUrl = server.start();
        CamelContext context = super.createCamelContext();
        PipedriveLeadsComponent component = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setApiToken("scripted-token");
        return context;
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    @Test
    void deletionsInFrontOfTheOffsetInsideATieLargerThanAPageSkipNoTiedLead() throws Exception {
        List<String> tie = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tie.add("t" + i);
            server.add("t" + i, T);
        }
        server.add("u1", T.plusMillis(1));
        server.add("u2", T.plusMillis(2));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("pipedrive-leads:getLeads?startScheduler=false&startFrom=beginning&pageSize=3"
                     + "&maxMessagesPerPoll=8").routeId("feed")
                        .process(e -> delivered.add(e.getMessage().getBody(Lead.class).getId()));
            }
        });
        context.start();
        PipedriveLeadsConsumer consumer = (PipedriveLeadsConsumer) context.getRoute("feed").getConsumer();
        assertThat(consumer.poll()).isEqualTo(8);
        assertThat(delivered).containsExactlyElementsOf(tie.subList(0, 8));

        // the second poll walks the tie at offsets 0, 2, 4, 6; just before offset 6 is read, three delivered leads
        // in front of it disappear, so offset 6 now starts at t9: t8 would be stepped over
        AtomicBoolean deleted = new AtomicBoolean();
        server.beforeRequest(q -> {
            if (q.contains("start=6") && deleted.compareAndSet(false, true)) {
                server.delete("t0");
                server.delete("t1");
                server.delete("t2");
            }
        });
        while (consumer.poll() > 0) {
            // drain
        }

        assertThat(deleted).isTrue();
        assertThat(delivered).doesNotHaveDuplicates()
                .containsExactly("t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "u1", "u2");
    }
}
