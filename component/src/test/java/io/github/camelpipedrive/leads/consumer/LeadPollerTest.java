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
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.github.camelpipedrive.leads.model.Lead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The poll algorithm on its own (no CamelContext), against scripted lists that change at every possible point between
 * two requests of a poll.
 */
class LeadPollerTest {

    private static final Instant T = Instant.parse("2026-04-01T10:00:00.000Z");

    private final List<String> delivered = new ArrayList<>();
    private LeadCursor cursor;

    /** Delivers every unit (all succeed) and keeps the cursor, as the consumer's store would. */
    private int deliver(List<LeadPoller.Unit> units) {
        for (LeadPoller.Unit unit : units) {
            unit.leads().forEach(l -> delivered.add(l.getId()));
            cursor = unit.after();
        }
        return units.size();
    }

    private int poll(LeadPoller poller) throws Exception {
        LeadPoller.Result result = poller.poll(cursor, this::deliver, () -> true);
        assertThat(result.cursor()).isSameAs(cursor);
        return result.delivered();
    }

    private void drain(LeadPoller poller) throws Exception {
        // until two polls in a row find nothing: an archived lead newer than every lead of a poll's active read
        // waits for the next poll
        for (int i = 0, idle = 0; i < 50 && idle < 2; i++) {
            idle = poll(poller) > 0 ? 0 : idle + 1;
        }
    }

    static Stream<Arguments> tieCases() {
        // page size, leads removed in front, feed key; the change happens before every request number 1..40
        return Stream.of(2, 3).flatMap(pageSize -> Stream.of(1, 2, 3).flatMap(removed -> Stream.of(false, true)
                .flatMap(byUpdate -> IntStream.rangeClosed(1, 30)
                        .mapToObj(n -> Arguments.of(pageSize, removed, byUpdate, n)))));
    }

    @ParameterizedTest(name = "pageSize {0}, {1} removed in front before request {3}, updated feed {2}")
    @MethodSource("tieCases")
    void noTiedLeadIsSkippedWhenLeadsInFrontVanishInsideATieLargerThanAPage(int pageSize, int removed,
            boolean byUpdate, int requestNumber) throws Exception {
        FakeLeadSource source = new FakeLeadSource(byUpdate);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            source.add("t" + i, T);
            all.add("t" + i);
        }
        source.add("u1", T.plusMillis(1));
        source.add("u2", T.plusMillis(2));
        all.add("u1");
        all.add("u2");
        cursor = LeadCursor.beginning();
        // a first poll stops inside the tie (maxMessagesPerPoll), so the next one must walk the tie by offset
        poll(new LeadPoller(source, new LeadPoller.Settings(pageSize, false, false, 7)));
        assertThat(delivered).containsExactlyElementsOf(all.subList(0, 7));

        int base = source.requests();
        source.beforeRequest(n -> {
            if (n == base + requestNumber) {
                // delivered leads in front of any offset disappear between two requests
                for (int i = 0; i < removed; i++) {
                    source.delete("t" + i);
                }
            }
        });
        drain(new LeadPoller(source, new LeadPoller.Settings(pageSize, false, false, 0)));

        assertThat(delivered).containsExactlyElementsOf(all);
    }

    static Stream<Arguments> archiveCases() {
        return Stream.of(2, 3, 5).flatMap(pageSize -> Stream.of(false, true).flatMap(batch -> IntStream
                .rangeClosed(1, 30).mapToObj(n -> Arguments.of(pageSize, batch, n))));
    }

    @ParameterizedTest(name = "pageSize {0}, batchMode {1}, archived before request {2}")
    @MethodSource("archiveCases")
    void aLeadArchivedAtAnyPointOfAPollIsDeliveredOnceWithIncludeArchived(int pageSize, boolean batch,
            int requestNumber) throws Exception {
        FakeLeadSource source = new FakeLeadSource(false);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            source.add("l" + i, T.plusMillis(10 * i));
            all.add("l" + i);
        }
        cursor = LeadCursor.beginning();
        source.beforeRequest(n -> {
            if (n == requestNumber) {
                source.archive("l7");
            }
        });

        drain(new LeadPoller(source, new LeadPoller.Settings(pageSize, true, batch, 0)));

        assertThat(delivered).containsExactlyElementsOf(all);
    }

    @Test
    void anActiveLeadCreatedBetweenTheActiveAndTheArchivedReadIsNotPassedByANewerArchivedOne() throws Exception {
        // found by a churn probe: the archived read of a last page merged every new archived lead, also one created
        // (and archived) after the active read, behind which an active lead created meanwhile was then left for good
        FakeLeadSource source = new FakeLeadSource(false);
        source.add("a", T);
        source.add("b", T.plusMillis(10));
        cursor = LeadCursor.beginning();
        source.beforeRequest(n -> {
            if (n == 2) { // the archived read of the first poll
                source.add("late", T.plusMillis(20));
                source.add("gone", T.plusMillis(30));
                source.archive("gone");
            }
        });

        drain(new LeadPoller(source, new LeadPoller.Settings(500, true, false, 0)));

        assertThat(delivered).containsExactly("a", "b", "late", "gone");
    }

    @Test
    void anArchivedLeadHeldBackForTheNextPollIsDeliveredEvenIfDeletedMeanwhile() throws Exception {
        // found by the churn re-probe: a lead held back as the newest of all, then deleted before the next poll, was
        // never delivered, where a feed without includeArchived had delivered it
        FakeLeadSource source = new FakeLeadSource(false);
        source.add("a", T);
        cursor = LeadCursor.beginning();
        source.beforeRequest(n -> {
            if (n == 2) { // the archived read of the first poll
                source.add("gone", T.plusMillis(30));
                source.archive("gone");
            }
        });
        LeadPoller poller = new LeadPoller(source, new LeadPoller.Settings(500, true, false, 0));

        poll(poller);
        assertThat(delivered).as("held back: newer than the active read could see").containsExactly("a");
        source.delete("gone");
        drain(poller);

        assertThat(delivered).containsExactly("a", "gone");
    }

    @Test
    void theArchivedListIsReadAfterTheActiveListOfTheSameWindow() throws Exception {
        // the case of issue 12: read archived, then the lead is archived, then the active list passes it
        FakeLeadSource source = new FakeLeadSource(false);
        source.add("a", T);
        source.add("b", T.plusMillis(1));
        source.add("c", T.plusMillis(2));
        cursor = LeadCursor.beginning();
        List<String> requests = new ArrayList<>();
        LeadSource recording = new LeadSource() {
            @Override
            public FeedQuery.Page activeAscending(Instant since, int start, int limit) {
                requests.add("active");
                return source.activeAscending(since, start, limit);
            }

            @Override
            public FeedQuery.Page archivedDescending(int start, int limit) {
                requests.add("archived");
                return source.archivedDescending(start, limit);
            }

            @Override
            public Lead newestActive() {
                return source.newestActive();
            }

            @Override
            public Instant key(Lead lead) {
                return source.key(lead);
            }
        };

        poll(new LeadPoller(recording, new LeadPoller.Settings(500, true, false, 0)));

        assertThat(requests).containsExactly("active", "archived");
        assertThat(delivered).containsExactly("a", "b", "c");
    }

    @Test
    void anIdlePollIsOneRequestAndTwoWithArchived() throws Exception {
        FakeLeadSource source = new FakeLeadSource(false);
        source.add("a", T);
        cursor = LeadCursor.at(T, "a");

        poll(new LeadPoller(source, new LeadPoller.Settings(500, false, false, 0)));
        assertThat(source.requests()).isEqualTo(1);
        poll(new LeadPoller(source, new LeadPoller.Settings(500, true, false, 0)));
        assertThat(source.requests()).isEqualTo(3);
        assertThat(delivered).isEmpty();
    }

    @Test
    void joinsRequiresThePreviousLastLeadWithinTheOverlap() {
        List<Lead> previous = leads("a", "b", "c");

        assertThat(LeadPoller.joins(previous, 1, leads("c", "d", "e"))).isTrue();
        assertThat(LeadPoller.joins(previous, 2, leads("c", "d", "e"))).isTrue();
        assertThat(LeadPoller.joins(previous, 1, leads("d", "e", "f"))).as("leads vanished in front").isFalse();
        assertThat(LeadPoller.joins(previous, 1, leads("x", "c", "d"))).as("a lead appeared in front").isFalse();
        assertThat(LeadPoller.joins(previous, 1, List.of())).isFalse();
    }

    private static List<Lead> leads(String... ids) {
        List<Lead> result = new ArrayList<>();
        for (String id : ids) {
            Lead lead = new Lead();
            lead.setId(id);
            lead.setAddTime(T);
            result.add(lead);
        }
        return result;
    }
}
