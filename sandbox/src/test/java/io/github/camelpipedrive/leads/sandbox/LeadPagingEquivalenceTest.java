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

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The cached sorted lists ({@link SortedLeads}) give exactly the pages of the walk-and-sort algorithm they replaced
 * ({@link #referencePage}, kept here as the oracle), whatever happened to the leads since the list was cached.
 */
class LeadPagingEquivalenceTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");
    private static final String[] SORT_FIELDS = {"id", "title", "owner_id", "creator_id", "was_seen",
        "expected_close_date", "next_activity_id", "add_time", "update_time"};

    private final MutableClock clock = new MutableClock(T0);
    private final LeadStore store = new LeadStore(new SandboxConfig(PipedriveSandbox.builder()
            .seedLeads(120).seedPersons(4).seedOrganizations(3).seedDeals(30).seed(7).clock(clock)));
    private final Random random = new Random(20261130);

    /** The algorithm of LeadStore.page before the cached lists: walk every lead, sort the matches, cut the page. */
    static LeadStore.Page referencePage(LeadStore store, LeadQuery query, boolean archived) {
        return store.read(() -> {
            List<Lead> matching = new ArrayList<>();
            for (Lead lead : store.ordered()) {
                if (lead.archived == archived && query.matches(lead)) {
                    matching.add(lead);
                }
            }
            if (query.sort() != null) {
                matching.sort(query.sort());
            }
            List<byte[]> items = new ArrayList<>();
            long end = Math.min((long) query.start + query.limit, matching.size());
            for (long i = query.start; i < end; i++) {
                items.add(matching.get((int) i).json());
            }
            return new LeadStore.Page(items, end < matching.size());
        });
    }

    static LeadQuery query(String rawQuery, boolean archived) {
        return LeadQuery.parse(new SandboxRequest("GET", archived ? "/api/v1/leads/archived" : "/api/v1/leads",
                rawQuery, Map.of(), null), !archived);
    }

    static List<String> texts(LeadStore.Page page) {
        return page.items.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    @Test
    void pagesEqualTheWalkAndSortPagesThroughARandomHistoryOfChanges() {
        int compared = 0;
        int nonEmpty = 0;
        int withMore = 0;
        for (int step = 0; step < 250; step++) {
            change();
            moveClock();
            for (int q = 0; q < 12; q++) {
                boolean archived = random.nextInt(4) == 0;
                String raw = randomQuery();
                LeadQuery query = query(raw, archived);
                LeadStore.Page actual = store.page(query, archived);
                LeadStore.Page expected = referencePage(store, query, archived);
                assertThat(texts(actual)).as("step %d, %s %s", step, archived ? "archived" : "active", raw)
                        .isEqualTo(texts(expected));
                assertThat(actual.more).as("more, step %d, %s", step, raw).isEqualTo(expected.more);
                compared++;
                nonEmpty += actual.items.isEmpty() ? 0 : 1;
                withMore += actual.more ? 1 : 0;
            }
        }
        // the random queries really cover full, partial and empty pages
        assertThat(compared).isEqualTo(3000);
        assertThat(nonEmpty).isGreaterThan(1000);
        assertThat(withMore).isGreaterThan(300);
    }

    @Test
    void aWriteIsSeenByTheNextPageOfACachedOrder() {
        LeadQuery byUpdate = query("limit=500&sort=update_time%20ASC", false);
        List<String> before = ids(store.page(byUpdate, false));
        String first = before.get(0);

        clock.advance(Duration.ofSeconds(1));
        store.mutate(first, lead -> lead.title = "edited");
        List<String> after = ids(store.page(byUpdate, false));
        assertThat(after.get(after.size() - 1)).isEqualTo(first);

        store.mutate(first, lead -> lead.archived = true);
        assertThat(ids(store.page(byUpdate, false))).doesNotContain(first);
        assertThat(ids(store.page(query("limit=500", true), true))).contains(first);

        String created = store.createManualLead("new", 1, null);
        assertThat(ids(store.page(query("limit=500", false), false))).endsWith(created);
        store.deleteLead(created);
        assertThat(ids(store.page(query("limit=500", false), false))).doesNotContain(created);
    }

    private static List<String> ids(LeadStore.Page page) {
        return page.items.stream().map(b -> Json.parseOrNull(b).get("id").asText()).toList();
    }

    // ------------------------------------------------------------------ random history

    private List<String> allIds() {
        List<String> ids = new ArrayList<>(store.leadIds(false));
        ids.addAll(store.leadIds(true));
        return ids;
    }

    private String anyLead() {
        List<String> ids = allIds();
        return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
    }

    /** One change of lead state, by any of the routes the sandbox has. */
    private void change() {
        String id = anyLead();
        int kind = random.nextInt(12);
        if (id == null || kind == 0) {
            ObjectNode body = Json.object();
            body.put("title", "Created " + random.nextInt(1000));
            body.put("person_id", 1 + random.nextInt(4));
            store.createFromApi(body);
        } else if (kind == 1) {
            store.createManualLead("Manual " + random.nextInt(1000), null, 1 + random.nextInt(3));
        } else if (kind == 2) {
            store.mutate(id, randomFieldChange());
        } else if (kind == 3) {
            store.mutate(id, lead -> lead.archived = !lead.archived);
        } else if (kind == 4) {
            boolean archived = store.read(() -> store.lead(id).archived);
            ObjectNode body = Json.object();
            if (archived) {
                body.put("is_archived", false);
            } else {
                body.put("title", "Patched " + random.nextInt(1000));
                body.put("was_seen", random.nextBoolean());
                body.putArray("label_ids").add(random.nextBoolean() ? SeedData.HOT : SeedData.COLD);
                body.put("is_archived", random.nextInt(3) == 0);
            }
            store.updateFromApi(id, body);
        } else if (kind == 5) {
            store.delete(id);
        } else if (kind == 6) {
            store.deleteLead(id);
        } else if (kind == 7) {
            store.startLeadConversion(id, null); // applied when the clock passes its due time
        } else if (kind == 8) {
            startDealConversion();
        } else if (kind == 9) {
            store.convertLeadNow(id);
        } else if (kind == 10) {
            changeLabels();
        } else {
            store.mutate(id, lead -> { }); // only update_time moves
        }
    }

    private Consumer<Lead> randomFieldChange() {
        int owner = 1 + random.nextInt(3);
        int person = 1 + random.nextInt(4);
        boolean seen = random.nextBoolean();
        String title = random.nextInt(5) == 0 ? null : (random.nextBoolean() ? "a" : "B") + random.nextInt(20);
        String closeDate = random.nextBoolean() ? null : "2027-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        Integer activity = random.nextBoolean() ? null : random.nextInt(5);
        int which = random.nextInt(6);
        return lead -> {
            switch (which) {
                case 0 -> lead.ownerId = owner;
                case 1 -> lead.personId = person;
                case 2 -> lead.wasSeen = seen;
                case 3 -> lead.title = title;
                case 4 -> lead.expectedCloseDate = closeDate;
                default -> lead.nextActivityId = activity;
            }
        };
    }

    private void startDealConversion() {
        for (int deal = 1 + random.nextInt(30), tries = 0; tries < 30; tries++, deal = 1 + deal % 30) {
            if (store.dealExists(deal)) {
                store.startDealConversion(deal);
                return;
            }
        }
    }

    /** Deleting a label edits every lead that carries it; then the label comes back for later changes. */
    private void changeLabels() {
        String label = random.nextBoolean() ? SeedData.HOT : SeedData.COLD;
        store.removeLabel(label);
        store.write(() -> store.putLabel(new LeadLabel(label, "back", "red", store.now())));
    }

    /** Mostly forward, sometimes not at all (ties) and sometimes backwards (update_time before add_time). */
    private void moveClock() {
        int r = random.nextInt(10);
        if (r < 2) {
            return;
        }
        if (r == 2) {
            clock.advance(Duration.ofMillis(-random.nextInt(5000)));
            return;
        }
        clock.advance(Duration.ofMillis(random.nextInt(r < 8 ? 3 : 1500)));
    }

    // ------------------------------------------------------------------ random queries

    private String randomQuery() {
        StringJoiner q = new StringJoiner("&");
        int[] limits = {1, 2, 3, 7, 25, 100, 500};
        if (random.nextInt(5) > 0) {
            q.add("limit=" + limits[random.nextInt(limits.length)]);
        }
        if (random.nextInt(3) > 0) {
            int[] starts = {0, 1, 2, 5, 20, 60, 119, 200, Integer.MAX_VALUE};
            q.add("start=" + starts[random.nextInt(starts.length)]);
        }
        if (random.nextInt(4) > 0) {
            q.add("sort=" + encode(randomSort()));
        }
        if (random.nextInt(6) == 0) {
            q.add("owner_id=" + (1 + random.nextInt(3)));
        }
        if (random.nextInt(6) == 0) {
            q.add("person_id=" + (1 + random.nextInt(4)));
        }
        if (random.nextInt(6) == 0) {
            q.add("organization_id=" + (1 + random.nextInt(3)));
        }
        if (random.nextInt(8) == 0) {
            q.add("filter_id=" + (1 + random.nextInt(4)));
        }
        if (random.nextInt(2) == 0) {
            q.add("updated_since=" + encode(randomSince()));
        }
        return q.toString();
    }

    private String randomSort() {
        switch (random.nextInt(8)) {
            case 0:
                return "add_time ASC";
            case 1:
                return "update_time ASC";
            case 2:
                return "update_time";
            case 3:
                return random.nextBoolean() ? "add_time DESC" : "update_time desc";
            default:
                StringJoiner sort = new StringJoiner(random.nextBoolean() ? "," : ", ");
                for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                    String field = SORT_FIELDS[random.nextInt(SORT_FIELDS.length)];
                    int dir = random.nextInt(3);
                    sort.add(dir == 0 ? field : field + (dir == 1 ? " ASC" : " desc"));
                }
                return sort.toString();
        }
    }

    /** An existing update_time (exact, or a few nanos/millis off) or any time around the history. */
    private String randomSince() {
        List<String> ids = allIds();
        if (!ids.isEmpty() && random.nextBoolean()) {
            String id = ids.get(random.nextInt(ids.size()));
            Instant updated = store.read(() -> store.lead(id).updateTime);
            long[] offsetsNanos = {0, 1, -1, 500_000, -999_999, 1_000_000, -1_000_000};
            Instant since = updated.plusNanos(offsetsNanos[random.nextInt(offsetsNanos.length)]);
            return random.nextBoolean() ? since.toString() : Timestamps.format(since);
        }
        int r = random.nextInt(6);
        if (r == 0) {
            return "2000-01-01";
        }
        if (r == 1) {
            return "+100000000-01-01T00:00:00Z"; // later than any lead (and than a long of epoch millis)
        }
        return clock.instant().minusMillis(random.nextInt(200_000)).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
