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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The parsed query of {@code GET /v1/leads} and {@code GET /v1/leads/archived}: paging, filters
 * and sort. Invalid values end the request with 400 (the reference leaves the real behaviour for
 * {@code limit > 500} open; the sandbox refuses rather than clamps so a client bug shows).
 */
final class LeadQuery {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    /** Default order: add_time ascending, then creation order for equal add_time values. */
    static final Comparator<Lead> DEFAULT_ORDER =
            Comparator.comparing((Lead l) -> l.addTime).thenComparingLong(l -> l.seq);

    private static final Map<String, Comparator<Lead>> SORTABLE = Map.of(
            "id", Comparator.comparing(l -> l.id),
            "title", nullsLast(l -> l.title, String.CASE_INSENSITIVE_ORDER),
            "owner_id", Comparator.comparingInt(l -> l.ownerId),
            "creator_id", Comparator.comparingInt(l -> l.creatorId),
            "was_seen", Comparator.comparing(l -> l.wasSeen),
            "expected_close_date", nullsLast(l -> l.expectedCloseDate, Comparator.naturalOrder()),
            "next_activity_id", nullsLast(l -> l.nextActivityId, Comparator.naturalOrder()),
            "add_time", Comparator.comparing(l -> l.addTime),
            "update_time", Comparator.comparing(l -> l.updateTime));

    /** The canonical {@link #orderKey()} of the default order. */
    static final String DEFAULT_ORDER_KEY = "add_time ASC";

    final int start;
    final int limit;
    /** owner_id, person_id, organization_id or filter_id; null when the request has none of them. */
    private final Predicate<Lead> filter;
    /** Inclusive lower bound of update_time; null when the request has none. */
    private final Instant updatedSince;
    private final Comparator<Lead> sort;
    private final String orderKey;

    private LeadQuery(int start, int limit, Predicate<Lead> filter, Instant updatedSince, Sort sort) {
        this.start = start;
        this.limit = limit;
        this.filter = filter;
        this.updatedSince = updatedSince;
        this.sort = sort == null ? null : sort.comparator;
        this.orderKey = sort == null ? DEFAULT_ORDER_KEY : sort.key;
    }

    /** A parsed {@code sort}: the order and a canonical text that is equal for equal orders. */
    private record Sort(Comparator<Lead> comparator, String key) {
    }

    /**
     * @param withUpdatedSince whether {@code updated_since} is a parameter of the operation
     *     (it is not on {@code /leads/archived}, where it is ignored like any unknown parameter)
     */
    static LeadQuery parse(SandboxRequest request, boolean withUpdatedSince) {
        int start = intParam(request, "start", 0);
        if (start < 0) {
            throw ApiException.invalid("\"start\" must be greater than or equal to 0");
        }
        int limit = limit(request);
        Predicate<Lead> filter = null;
        String filterId = request.query("filter_id");
        if (filterId != null && !filterId.isEmpty()) {
            // filter_id takes precedence over owner_id/person_id/organization_id (SPEC)
            int id = intParam(request, "filter_id", 0);
            Predicate<Lead> saved = SavedFilters.byId(id);
            if (saved == null) {
                throw ApiException.badRequest("Filter not found", "Filter with id " + id + " was not found");
            }
            filter = saved;
        } else {
            filter = and(filter, request, "owner_id", lead -> lead.ownerId);
            filter = and(filter, request, "person_id", lead -> lead.personId);
            filter = and(filter, request, "organization_id", lead -> lead.organizationId);
        }
        String updatedSince = request.query("updated_since");
        Instant since = null;
        if (withUpdatedSince && updatedSince != null && !updatedSince.isEmpty()) {
            since = Timestamps.parseLenient(updatedSince).orElseThrow(() -> ApiException.invalid(
                    "\"updated_since\" must be a valid ISO 8601 date-time, e.g. 2025-01-01T10:20:00Z"));
        }
        return new LeadQuery(start, limit, filter, since, parseSort(request.query("sort")));
    }

    static int limit(SandboxRequest request) {
        int limit = intParam(request, "limit", DEFAULT_LIMIT);
        if (limit < 1) {
            throw ApiException.invalid("\"limit\" must be greater than or equal to 1");
        }
        if (limit > MAX_LIMIT) {
            throw ApiException.invalid("\"limit\" must be less than or equal to " + MAX_LIMIT);
        }
        return limit;
    }

    static int intParam(SandboxRequest request, String name, int defaultValue) {
        String raw = request.query(name);
        if (raw == null || raw.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("\"" + name + "\" must be a number");
        }
    }

    private static Predicate<Lead> and(Predicate<Lead> filter, SandboxRequest request, String name,
            Function<Lead, Integer> property) {
        String raw = request.query(name);
        if (raw == null || raw.isEmpty()) {
            return filter;
        }
        Integer wanted = intParam(request, name, 0);
        Predicate<Lead> condition = lead -> Objects.equals(property.apply(lead), wanted);
        return filter == null ? condition : filter.and(condition);
    }

    /**
     * Parses {@code "field ASC, other DESC"}; a bare field means ASC. The final tie-break is
     * always creation order ascending, whatever the direction, so pages are deterministic.
     * The key names the order canonically: clauses as {@code field DIR}, a repeated field dropped
     * (its values are already equal when it is reached, so it never decides), and
     * {@value #DEFAULT_ORDER_KEY} alone is exactly the default order.
     */
    private static Sort parseSort(String sortParam) {
        if (sortParam == null || sortParam.isBlank()) {
            return null;
        }
        List<Comparator<Lead>> parts = new ArrayList<>();
        Set<String> fields = new HashSet<>();
        StringJoiner key = new StringJoiner(",");
        for (String clause : sortParam.split(",")) {
            String[] words = clause.trim().split("\\s+");
            if (words.length == 0 || words[0].isEmpty() || words.length > 2) {
                throw ApiException.invalid("\"sort\" must be field names with an optional ASC or DESC, "
                        + "separated by commas");
            }
            Comparator<Lead> field = SORTABLE.get(words[0]);
            if (field == null) {
                throw ApiException.invalid("\"sort\" field \"" + words[0] + "\" must be one of [id, title, "
                        + "owner_id, creator_id, was_seen, expected_close_date, next_activity_id, add_time, "
                        + "update_time]");
            }
            String direction = words.length == 2 ? words[1].toUpperCase(Locale.ROOT) : "ASC";
            if (!"ASC".equals(direction) && !"DESC".equals(direction)) {
                throw ApiException.invalid("\"sort\" direction must be ASC or DESC");
            }
            parts.add("DESC".equals(direction) ? field.reversed() : field);
            if (fields.add(words[0])) {
                key.add(words[0] + " " + direction);
            }
        }
        Comparator<Lead> combined = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            combined = combined.thenComparing(parts.get(i));
        }
        return new Sort(combined.thenComparingLong(l -> l.seq), key.toString());
    }

    /** Nulls sort as the largest value (PostgreSQL's default), i.e. last in ASC, first in DESC. */
    private static <T> Comparator<Lead> nullsLast(Function<Lead, T> key, Comparator<? super T> order) {
        return Comparator.comparing(key, Comparator.nullsLast(order));
    }

    /** @return whether the lead passes every filter of the request, updated_since included */
    boolean matches(Lead lead) {
        return (filter == null || filter.test(lead))
                && (updatedSince == null || !lead.updateTime.isBefore(updatedSince));
    }

    /** @return the filters other than updated_since, or {@code null} when there are none */
    Predicate<Lead> filter() {
        return filter;
    }

    /** @return the inclusive lower bound of update_time, or {@code null} */
    Instant updatedSince() {
        return updatedSince;
    }

    /** @return the requested order, or {@code null} for the default order */
    Comparator<Lead> sort() {
        return sort;
    }

    /** @return a text equal for requests that ask for the same order ({@value #DEFAULT_ORDER_KEY} for the default) */
    String orderKey() {
        return orderKey;
    }

    /** @return whether update_time ascending is the first sort key: then leads updated since an instant are a suffix */
    boolean updateTimeAscendingFirst() {
        return orderKey.equals("update_time ASC") || orderKey.startsWith("update_time ASC,");
    }
}
