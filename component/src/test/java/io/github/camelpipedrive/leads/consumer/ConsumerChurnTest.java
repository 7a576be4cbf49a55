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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer's promise under load: concurrent writers create leads while earlier ones are deleted, archived and
 * converted, and the route is restarted again and again with a file-backed cursor. Every lead still active at the
 * end is delivered, and no lead is delivered twice.
 */
class ConsumerChurnTest extends SandboxConsumerTestSupport {

    private static final long SEED = 20261127L;
    private static final int WRITERS = 3;
    private static final int LEADS_PER_WRITER = 400;
    private static final int MUTATIONS = 150;
    private static final int RESTARTS = 6;

    @TempDir
    Path stateDir;

    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

    @Test
    void everySurvivingLeadIsDeliveredExactlyOnceUnderChurnAndRestarts() throws Exception {
        context.getShutdownStrategy().setTimeout(10);
        context.getRegistry().bind("cursorStore",
                FileStateRepository.fileStateRepository(stateDir.resolve("cursor.dat").toFile()));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("pipedrive-leads:getLeads?startFrom=beginning&pageSize=25&delay=5&initialDelay=0"
                     + "&stateRepository=#cursorStore")
                        .routeId("churn")
                        .process(e -> deliveries.computeIfAbsent(e.getMessage().getBody(Lead.class).getId(),
                                id -> new AtomicInteger()).incrementAndGet());
            }
        });

        context.start();
        List<String> created = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            work.add(pool.submit(() -> {
                for (int i = 0; i < LEADS_PER_WRITER; i++) {
                    created.add(sandbox.createLead("w" + writer + "-" + i, 1 + (i % 5), null));
                }
            }));
        }
        work.add(pool.submit(() -> mutate(created, new Random(SEED))));

        Random restarts = new Random(SEED + 1);
        for (int r = 0; r < RESTARTS; r++) {
            int target = deliveries.size() + 1 + restarts.nextInt(150);
            await().atMost(Duration.ofSeconds(60)).until(() -> deliveries.size() >= Math.min(target,
                    activeCount()) || work.stream().allMatch(Future::isDone));
            context.getRouteController().stopRoute("churn");
            context.getRouteController().startRoute("churn");
        }
        for (Future<?> f : work) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<String> survivors = sandbox.activeLeadIds();
        await().atMost(Duration.ofSeconds(60)).until(() -> deliveries.keySet().containsAll(survivors));

        assertThat(created).hasSize(WRITERS * LEADS_PER_WRITER);
        assertThat(deliveries.keySet()).containsAll(survivors).allMatch(created::contains);
        assertThat(deliveries.entrySet()).allSatisfy(e -> assertThat(e.getValue().get())
                .as("deliveries of lead %s", e.getKey()).isEqualTo(1));
    }

    private int activeCount() {
        return sandbox.activeLeadCount();
    }

    /** Deletes, archives and converts random earlier leads while the writers are still writing. */
    private void mutate(List<String> created, Random random) {
        int done = 0;
        while (done < MUTATIONS) {
            if (created.size() < 20) {
                Thread.onSpinWait();
                continue;
            }
            String victim = created.get(random.nextInt(created.size()));
            try {
                switch (random.nextInt(3)) {
                    case 0 -> sandbox.deleteLead(victim);
                    case 1 -> sandbox.archiveLead(victim);
                    default -> sandbox.convertLead(victim);
                }
            } catch (RuntimeException alreadyGone) {
                // the same lead was picked twice; pick another
            }
            done++;
        }
    }
}
