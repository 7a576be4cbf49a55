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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * One lead list (active or archived) frozen in one order, so that a page is a slice of an array, or a scan
 * that stops once the page and one more match are found, instead of a walk (and a sort) of every lead.
 *
 * <p>Leads are mutated in place, so an instance is only valid while the store's state does not change: the
 * store builds it under the read lock and drops it on every write (see {@code LeadStore#write}).
 */
final class SortedLeads {

    private final Lead[] leads;
    /** Whether update_time ascending is the first sort key, so updated_since matches a suffix. */
    private final boolean updateTimeAscending;
    /**
     * {@code leads[i].updateTime} as epoch millis (floored, saturated), built on the first updated_since scan:
     * a scan then reads one array instead of every lead and its Instant. Two readers may both build it (the
     * same values), like {@link Lead#json()}.
     */
    private volatile long[] updateMillis;

    private SortedLeads(Lead[] leads, boolean updateTimeAscending) {
        this.leads = leads;
        this.updateTimeAscending = updateTimeAscending;
    }

    /** @param byAddTime every live lead in the default order (add_time, then creation) */
    static SortedLeads inDefaultOrder(Collection<Lead> byAddTime, boolean archived) {
        Lead[] matching = new Lead[byAddTime.size()];
        int n = 0;
        for (Lead lead : byAddTime) {
            if (lead.archived == archived) {
                matching[n++] = lead;
            }
        }
        return new SortedLeads(Arrays.copyOf(matching, n), false);
    }

    /** The same leads in another order (a total one: the comparators end with the creation sequence). */
    SortedLeads sortedBy(Comparator<Lead> order, boolean updateTimeAscendingFirst) {
        Lead[] copy = leads.clone();
        Arrays.sort(copy, order); // TimSort: cheap when the default order is already close to the requested one
        return new SortedLeads(copy, updateTimeAscendingFirst);
    }

    /** The page {@code [start, start + limit)} of the leads that match the query, in this order. */
    LeadStore.Page page(LeadQuery query) {
        int from = 0;
        Instant since = query.updatedSince();
        if (since != null && updateTimeAscending) {
            from = firstUpdatedAtOrAfter(since);
            since = null; // every lead from there on is recent enough
        }
        Predicate<Lead> filter = query.filter();
        if (filter == null && since == null) {
            return slice(from + (long) query.start, query.limit);
        }
        return scan(from, filter, since, query.start, query.limit);
    }

    private LeadStore.Page slice(long begin, int limit) {
        int first = (int) Math.min(begin, leads.length);
        int end = (int) Math.min((long) first + limit, leads.length);
        List<byte[]> items = new ArrayList<>(end - first);
        for (int i = first; i < end; i++) {
            items.add(leads[i].json());
        }
        return new LeadStore.Page(items, end < leads.length);
    }

    /** Skips {@code start} matches, takes {@code limit}, and looks no further than one more match. */
    private LeadStore.Page scan(int from, Predicate<Lead> filter, Instant since, int start, int limit) {
        long[] millis = since == null ? null : updateMillis();
        long sinceMillis = since == null ? Long.MIN_VALUE : floorMillis(since);
        List<byte[]> items = new ArrayList<>(Math.min(limit, 512));
        int skipped = 0;
        for (int i = from; i < leads.length; i++) {
            if ((since != null && !updatedAtOrAfter(millis[i], sinceMillis, leads[i], since))
                    || (filter != null && !filter.test(leads[i]))) {
                continue;
            }
            if (skipped < start) {
                skipped++;
                continue;
            }
            if (items.size() == limit) {
                return new LeadStore.Page(items, true);
            }
            items.add(leads[i].json());
        }
        return new LeadStore.Page(items, false);
    }

    private long[] updateMillis() {
        long[] millis = updateMillis;
        if (millis == null) {
            millis = new long[leads.length];
            for (int i = 0; i < leads.length; i++) {
                millis[i] = floorMillis(leads[i].updateTime);
            }
            updateMillis = millis;
        }
        return millis;
    }

    /**
     * Exactly {@code !lead.updateTime.isBefore(since)}, decided on floored millis unless both fall in the same
     * millisecond (floored millis order like the instants; only equal ones need the instants themselves).
     */
    private static boolean updatedAtOrAfter(long leadMillis, long sinceMillis, Lead lead, Instant since) {
        return leadMillis > sinceMillis || (leadMillis == sinceMillis && !lead.updateTime.isBefore(since));
    }

    /** Lower bound in a list ordered by update_time ascending first. */
    private int firstUpdatedAtOrAfter(Instant since) {
        int low = 0;
        int high = leads.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (leads[mid].updateTime.isBefore(since)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Epoch millis rounded down, clamped to the long range (an Instant reaches further than a long of millis). */
    static long floorMillis(Instant instant) {
        try {
            return instant.toEpochMilli();
        } catch (ArithmeticException outOfRange) {
            return instant.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
