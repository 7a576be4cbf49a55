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

import static io.github.camelpipedrive.leads.sandbox.LeadPagingEquivalenceTest.query;
import static io.github.camelpipedrive.leads.sandbox.LeadPagingEquivalenceTest.referencePage;
import static io.github.camelpipedrive.leads.sandbox.LeadPagingEquivalenceTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Writers race readers: every page a reader gets is sorted, with each lead once and in the right list (a page cut
 * from a list cached before a write would show a lead edited or archived since out of place), and it is the page
 * of one state of the store: the walk-and-sort oracle, evaluated under the same read lock, gives the same page.
 */
class LeadPagingConcurrencyTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");
    private static final int WRITERS = 2;
    private static final int READERS = 2;
    private static final int CHANGES_PER_WRITER = 600;
    private static final int MIN_READS_PER_READER = 150;
    private static final String[] QUERIES = {
        "limit=50&start=40",
        "limit=500&sort=update_time%20ASC&updated_since=2026-11-30T07:59:59.990Z",
        "limit=100&sort=update_time%20ASC&updated_since=2026-11-29T00:00:00Z",
        "limit=100&start=0&sort=add_time%20ASC&updated_since=2026-11-30T07:59:59.990Z",
        "limit=20&start=10&owner_id=1",
        "limit=30&sort=title%20DESC,update_time",
        "limit=500&sort=add_time%20DESC"};

    private final MutableClock clock = new MutableClock(T0);
    private final LeadStore store = new LeadStore(new SandboxConfig(PipedriveSandbox.builder()
            .seedLeads(3000).seed(11).clock(clock)));
    private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void readersRacingWritersOnlySeePagesOfOneConsistentState() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch writersDone = new CountDownLatch(WRITERS);
        List<Future<Integer>> results = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            long seed = w;
            results.add(pool.submit(() -> {
                try {
                    go.await();
                    return write(new Random(seed));
                } finally {
                    writersDone.countDown();
                }
            }));
        }
        for (int r = 0; r < READERS; r++) {
            long seed = 100 + r;
            results.add(pool.submit(readUntil(writersDone, go, new Random(seed))));
        }
        go.countDown();
        int total = 0;
        for (Future<Integer> result : results) {
            total += result.get(60, TimeUnit.SECONDS);
        }
        assertThat(total).isGreaterThanOrEqualTo(WRITERS * CHANGES_PER_WRITER + READERS * MIN_READS_PER_READER);
    }

    /** Edits (update_time moves), archive toggles, creations and deletions; returns the number of changes. */
    private int write(Random random) {
        for (int i = 0; i < CHANGES_PER_WRITER; i++) {
            clock.advance(Duration.ofMillis(random.nextInt(3)));
            List<String> ids = store.leadIds(random.nextInt(4) == 0);
            if (ids.isEmpty()) {
                store.createManualLead("created", 1, null);
                continue;
            }
            String id = ids.get(random.nextInt(ids.size()));
            try {
                // archive toggles most: a stale list would show the lead in the wrong list
                switch (random.nextInt(10)) {
                    case 0, 1, 2 -> store.mutate(id, lead -> lead.title = "edited " + random.nextInt(50));
                    case 3 -> store.createManualLead("created " + random.nextInt(50), null, 1);
                    case 4 -> store.deleteLead(id);
                    case 5 -> store.mutate(id, lead -> lead.ownerId = 1 + random.nextInt(3));
                    default -> store.mutate(id, lead -> lead.archived = !lead.archived);
                }
            } catch (IllegalArgumentException goneMeanwhile) {
                // the other writer deleted this lead between leadIds and the change: a change like any other
            }
        }
        return CHANGES_PER_WRITER;
    }

    private Callable<Integer> readUntil(CountDownLatch writersDone, CountDownLatch go, Random random) {
        return () -> {
            go.await();
            int reads = 0;
            while (writersDone.getCount() > 0 || reads < MIN_READS_PER_READER) {
                boolean archived = random.nextInt(5) == 0;
                String raw = QUERIES[random.nextInt(QUERIES.length)];
                LeadQuery query = query(raw, archived);
                if (reads % 2 == 0) {
                    // the outer read lock pins one state for both the page and the oracle
                    List<List<String>> both = store.read(() -> List.of(texts(store.page(query, archived)),
                            texts(referencePage(store, query, archived))));
                    assertThat(both.get(0)).as("%s %s", archived ? "archived" : "active", raw)
                            .isEqualTo(both.get(1));
                    checkShape(both.get(0), raw, archived);
                } else {
                    // as an HTTP request reads: page() takes the lock itself
                    checkShape(texts(store.page(query, archived)), raw, archived);
                }
                reads++;
            }
            return reads;
        };
    }

    /** What any page must look like, oracle or not: one list, each lead once, in the requested key order. */
    private static void checkShape(List<String> page, String raw, boolean archived) {
        Set<String> ids = new HashSet<>();
        String previousKey = null;
        String keyField = raw.contains("update_time%20ASC") ? "update_time"
                : raw.contains("sort=add_time%20DESC") ? null : raw.contains("sort=title") ? null : "add_time";
        for (String item : page) {
            JsonNode lead = Json.parseOrNull(item.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(ids.add(lead.get("id").asText())).as("each lead once in %s", raw).isTrue();
            assertThat(lead.get("is_archived").asBoolean()).isEqualTo(archived);
            if (keyField != null) {
                String key = lead.get(keyField).asText(); // fixed-width UTC timestamps order like the instants
                assertThat(previousKey == null || previousKey.compareTo(key) <= 0).as("%s ascending", keyField)
                        .isTrue();
                previousKey = key;
            }
        }
    }
}
