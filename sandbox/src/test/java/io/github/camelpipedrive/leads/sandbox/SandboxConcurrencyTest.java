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
package io.github.camelpipedrive.leads.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxConcurrencyTest {

    private PipedriveSandbox sandbox;
    private ExecutorService pool;

    @BeforeEach
    void start() {
        sandbox = PipedriveSandbox.builder().seedLeads(200).build();
        sandbox.start();
        pool = Executors.newFixedThreadPool(5);
    }

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        sandbox.close();
    }

    @Test
    void mutatorsAndAPagingClientRunConcurrentlyWithConsistentCounts() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Callable<int[]>> mutators = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            long seed = t;
            // Java mutation API: create two, delete one, archive/unarchive
            mutators.add(() -> {
                Random random = new Random(seed);
                int created = 0;
                int deleted = 0;
                for (int i = 0; i < 150; i++) {
                    String a = sandbox.createLead("java " + seed + "-" + i, 1 + random.nextInt(100), null);
                    String b = sandbox.createLead("java " + seed + "-" + i + "b", null, 1 + random.nextInt(50));
                    created += 2;
                    sandbox.archiveLead(b);
                    sandbox.unarchiveLead(b);
                    sandbox.updateLeadTitle(a, "renamed");
                    sandbox.deleteLead(a);
                    deleted++;
                }
                return new int[] {created, deleted};
            });
        }
        for (int t = 0; t < 2; t++) {
            // HTTP clients: create then delete over the API
            mutators.add(() -> {
                SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), sandbox.apiToken());
                int created = 0;
                int deleted = 0;
                for (int i = 0; i < 60; i++) {
                    SandboxHttp.Resp resp = http.post("/api/v1/leads", "{\"title\":\"http\",\"person_id\":2}");
                    assertThat(resp.status).isEqualTo(201);
                    created++;
                    if (i % 3 == 0) {
                        assertThat(http.delete("/api/v1/leads/" + resp.json().at("/data/id").asText()).status)
                                .isEqualTo(200);
                        deleted++;
                    }
                }
                return new int[] {created, deleted};
            });
        }
        Future<Integer> pager = pool.submit(() -> {
            SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), sandbox.apiToken());
            int pages = 0;
            while (!stop.get()) {
                int start = 0;
                boolean more = true;
                while (more) {
                    SandboxHttp.Resp resp = http.get("/api/v1/leads?limit=100&start=" + start);
                    assertThat(resp.status).isEqualTo(200);
                    JsonNode json = resp.json();
                    Set<String> seen = new HashSet<>();
                    json.get("data").forEach(lead -> assertThat(seen.add(lead.get("id").asText())).isTrue());
                    more = json.at("/additional_data/more_items_in_collection").asBoolean();
                    start += 100;
                    pages++;
                }
            }
            return pages;
        });
        List<Future<int[]>> results = pool.invokeAll(mutators);
        int expected = 200;
        for (Future<int[]> result : results) {
            int[] counts = result.get();
            expected += counts[0] - counts[1];
        }
        stop.set(true);
        assertThat(pager.get()).isPositive();

        assertThat(sandbox.activeLeadCount()).isEqualTo(expected);
        assertThat(sandbox.activeLeadIds()).hasSize(expected).doesNotHaveDuplicates();
        SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), sandbox.apiToken());
        List<String> listed = new ArrayList<>();
        for (int start = 0; start < expected; start += 500) {
            http.get("/api/v1/leads?limit=500&start=" + start).json().get("data")
                    .forEach(l -> listed.add(l.get("id").asText()));
        }
        assertThat(listed).isEqualTo(sandbox.activeLeadIds());
        assertThat(sandbox.archivedLeadCount()).isZero();
    }
}
