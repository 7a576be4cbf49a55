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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.github.camelpipedrive.leads.model.Lead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the next window ahead (the consumer's readAhead) changes when a window is read, never which: the same
 * windows, the same deliveries in the same order, the same request count; a window read ahead is dropped when the
 * cursor stops short of it, and a lead written while a window is delivered still arrives.
 */
class LeadPollerReadAheadTest {

    private static final Instant T = Instant.parse("2026-04-01T10:00:00.000Z");

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<String> delivered = new ArrayList<>();
    private LeadCursor cursor = LeadCursor.beginning();

    @AfterEach
    void stopExecutor() throws Exception {
        executor.shutdownNow();
        assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Every lead a request returned, and the anchor of every request, in order (thread-safe). */
    private static final class Recording implements LeadSource {
        final FakeLeadSource source;
        final List<String> requests = Collections.synchronizedList(new ArrayList<>());
        /** Released once per completed active-list read. */
        final Semaphore reads = new Semaphore(0);

        Recording(FakeLeadSource source) {
            this.source = source;
        }

        @Override
        public synchronized FeedQuery.Page activeAscending(Instant since, int start, int limit) {
            requests.add(since + "@" + start);
            FeedQuery.Page page = source.activeAscending(since, start, limit);
            reads.release();
            return page;
        }

        @Override
        public synchronized FeedQuery.Page archivedDescending(int start, int limit) {
            return source.archivedDescending(start, limit);
        }

        @Override
        public synchronized Lead newestActive() {
            return source.newestActive();
        }

        @Override
        public Instant key(Lead lead) {
            return source.key(lead);
        }

        synchronized void touch(String id, Instant time) {
            source.touch(id, time);
        }

        synchronized void add(String id, Instant time) {
            source.add(id, time);
        }
    }

    private static FakeLeadSource seeded(boolean byUpdate, int count, long seed) {
        FakeLeadSource source = new FakeLeadSource(byUpdate);
        Random random = new Random(seed);
        long millis = 0;
        for (int i = 0; i < count; i++) {
            millis += random.nextInt(3); // ties of up to a few leads
            source.add("l" + i, T.plusMillis(millis));
        }
        return source;
    }

    private int deliverAll(List<LeadPoller.Unit> units) {
        for (LeadPoller.Unit unit : units) {
            unit.leads().forEach(l -> delivered.add(l.getId()));
            cursor = unit.after();
        }
        return units.size();
    }

    private void drain(LeadPoller poller, LeadPoller.Delivery delivery) throws Exception {
        for (int i = 0; i < 100 && poller.poll(cursor, delivery, () -> true).delivered() > 0; i++) {
            // until a poll finds nothing
        }
    }

    @Test
    void theSameWindowsAndDeliveriesWithAndWithoutReadingAhead() throws Exception {
        for (boolean byUpdate : new boolean[] { false, true }) {
            for (boolean batch : new boolean[] { false, true }) {
                Recording inTurn = new Recording(seeded(byUpdate, 1_000, 18));
                delivered.clear();
                cursor = LeadCursor.beginning();
                drain(new LeadPoller(inTurn, new LeadPoller.Settings(37, false, batch, 0)), this::deliverAll);
                List<String> deliveredInTurn = new ArrayList<>(delivered);

                Recording ahead = new Recording(seeded(byUpdate, 1_000, 18));
                delivered.clear();
                cursor = LeadCursor.beginning();
                drain(new LeadPoller(ahead, new LeadPoller.Settings(37, false, batch, 0), executor),
                        this::deliverAll);

                assertThat(deliveredInTurn).hasSize(1_000).doesNotHaveDuplicates();
                assertThat(delivered).as("byUpdate %s batch %s", byUpdate, batch)
                        .containsExactlyElementsOf(deliveredInTurn);
                assertThat(ahead.requests).as("windows read, byUpdate %s batch %s", byUpdate, batch)
                        .containsExactlyElementsOf(inTurn.requests);
            }
        }
    }

    @Test
    void aFailedDeliveryDropsTheWindowReadAheadAndNothingIsLost() throws Exception {
        Recording source = new Recording(seeded(false, 100, 7));
        LeadPoller poller = new LeadPoller(source, new LeadPoller.Settings(10, false, false, 0), executor);
        int[] calls = { 0 };
        // the second window fails after three of its leads: the poll stops, the cursor stays after the third
        LeadPoller.Delivery failing = units -> {
            int done = 0;
            for (LeadPoller.Unit unit : units) {
                if (++calls[0] == 13) {
                    return done;
                }
                unit.leads().forEach(l -> delivered.add(l.getId()));
                cursor = unit.after();
                done++;
            }
            return done;
        };
        poller.poll(cursor, failing, () -> true);
        assertThat(delivered).hasSize(12);
        // at most the one window read ahead was wasted: windows 1 and 2, and the one ahead of window 2
        assertThat(source.requests).hasSizeLessThanOrEqualTo(3);

        drain(poller, this::deliverAll);
        assertThat(delivered).hasSize(100).doesNotHaveDuplicates();
    }

    @Test
    void maxMessagesPerPollNeverReadsAWindowItWillNotUse() throws Exception {
        Recording inTurn = new Recording(seeded(false, 200, 3));
        new LeadPoller(inTurn, new LeadPoller.Settings(10, false, false, 25)).poll(cursor, this::deliverAll,
                () -> true);
        int inTurnRequests = inTurn.requests.size();

        delivered.clear();
        cursor = LeadCursor.beginning();
        Recording ahead = new Recording(seeded(false, 200, 3));
        new LeadPoller(ahead, new LeadPoller.Settings(10, false, false, 25), executor).poll(cursor,
                this::deliverAll, () -> true);

        assertThat(delivered).hasSize(25);
        assertThat(ahead.requests).containsExactlyElementsOf(inTurn.requests).hasSize(inTurnRequests);
    }

    @Test
    void aLeadEditedOrAddedAfterTheWindowAheadWasReadStillArrives() throws Exception {
        Recording source = new Recording(seeded(true, 60, 11));
        LeadPoller poller = new LeadPoller(source, new LeadPoller.Settings(20, false, false, 0), executor);
        boolean[] written = { false };
        LeadPoller.Delivery delivery = units -> {
            if (!written[0]) {
                written[0] = true;
                // wait until the window ahead (the second read) was read, then edit a lead in it and add one
                try {
                    assertThat(source.reads.tryAcquire(2, 30, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                source.touch("l30", T.plusSeconds(3_600));
                source.add("late", T.plusSeconds(7_200));
            }
            return deliverAll(units);
        };
        drain(poller, delivery);

        assertThat(new LinkedHashSet<>(delivered)).hasSize(61).contains("late");
        // the stale copy of l30 from the window read ahead, then the edited one from a later window
        assertThat(delivered.stream().filter("l30"::equals)).hasSize(2);
        assertThat(delivered.get(delivered.size() - 1)).isEqualTo("late");
    }
}
