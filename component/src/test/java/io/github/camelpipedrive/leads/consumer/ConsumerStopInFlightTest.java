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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A consumer stopped directly while its route processes a lead - what camel-master does to the consumer it wraps
 * when the leadership goes, and what Camel's graceful shutdown does not guard then. The lead in flight must complete
 * (not be interrupted halfway through the route's work) and its cursor be saved; no further lead starts.
 */
class ConsumerStopInFlightTest extends SandboxConsumerTestSupport {

    @Test
    void theLeadInFlightCompletesAndIsSavedBeforeTheConsumerStops() throws Exception {
        List<String> leads = createLeads(3);
        MapStateRepository store = new MapStateRepository();
        context.getRegistry().bind("store", store);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("pipedrive-leads:getLeads?startFrom=beginning&initialDelay=0&delay=600000&stateKey=stop/new"
                     + "&stateRepository=#store").routeId("feed").process(exchange -> {
                         entered.countDown();
                         try {
                             release.await(); // the route's work, still going on when the stop comes
                         } catch (InterruptedException e) {
                             interrupted.set(true);
                             throw e;
                         }
                         record(exchange);
                     });
            }
        });
        context.start();
        PipedriveLeadsConsumer consumer = (PipedriveLeadsConsumer) context.getRoute("feed").getConsumer();
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

        Thread stopper = new Thread(() -> org.apache.camel.support.service.ServiceHelper.stopService(consumer),
                "stopper");
        stopper.start();
        // the stop waits for the exchange in flight
        await().atMost(30, TimeUnit.SECONDS).until(() -> stopper.getState() == Thread.State.TIMED_WAITING
                                                         || !stopper.isAlive());
        release.countDown();
        stopper.join(30_000);

        assertThat(stopper.isAlive()).isFalse();
        assertThat(interrupted).as("the route's work was not interrupted").isFalse();
        assertThat(delivered).as("the lead in flight completed, and no other started").hasSize(1);
        assertThat(leads).contains(delivered.get(0));
        assertThat(LeadCursor.parse(store.getState("stop/new")).boundaryIds()).as("its cursor was saved")
                .contains(delivered.get(0));
    }
}
