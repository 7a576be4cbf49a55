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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /v1/leads/search} (offset paging, nested {@code pagination}) and
 * {@code GET /api/v2/leads/search} (cursor paging). Searches titles and text custom fields of all
 * leads, archived ones included (search results carry {@code is_archived}), and the contents of
 * the notes attached to them ({@code fields=notes}). Results are ordered by score, then default order.
 */
final class LeadSearchHandler {

    private static final Set<String> FIELDS = Set.of("custom_fields", "notes", "title");
    private static final String CURSOR_PREFIX = "offset:";

    private final LeadStore store;

    LeadSearchHandler(LeadStore store) {
        this.store = store;
    }

    void register(Router router) {
        router.addSearch("v1", "GET", "leads/search", "searchLeads", 40, (r, p) -> searchV1(r))
                .addSearch("v2", "GET", "leads/search", "searchLeadsV2", 20, (r, p) -> searchV2(r));
    }

    private static final class Hit {
        final Lead lead;
        final double score;
        final List<String> customMatches;
        final List<String> noteMatches;

        Hit(Lead lead, double score, List<String> customMatches, List<String> noteMatches) {
            this.lead = lead;
            this.score = score;
            this.customMatches = customMatches;
            this.noteMatches = noteMatches;
        }
    }

    private SandboxResponse searchV1(SandboxRequest request) {
        int start = LeadQuery.intParam(request, "start", 0);
        if (start < 0) {
            throw ApiException.invalid("\"start\" must be greater than or equal to 0");
        }
        int limit = LeadQuery.limit(request);
        List<Hit> hits = search(request);
        int end = (int) Math.min((long) start + limit, hits.size());
        ObjectNode additional = Json.object();
        ObjectNode pagination = additional.putObject("pagination");
        pagination.put("start", start);
        pagination.put("limit", limit);
        pagination.put("more_items_in_collection", end < hits.size());
        if (end < hits.size()) {
            pagination.put("next_start", end);
        }
        return respond(request, hits, start, end, additional);
    }

    private SandboxResponse searchV2(SandboxRequest request) {
        int limit = LeadQuery.limit(request);
        int start = decodeCursor(request.query("cursor"));
        List<Hit> hits = search(request);
        int end = (int) Math.min((long) start + limit, hits.size());
        ObjectNode additional = Json.object();
        if (end < hits.size()) {
            additional.put("next_cursor", encodeCursor(end));
        } else {
            additional.putNull("next_cursor");
        }
        return respond(request, hits, start, end, additional);
    }

    private SandboxResponse respond(SandboxRequest request, List<Hit> hits, int start, int end, ObjectNode additional) {
        boolean wasSeen = includeWasSeen(request);
        ObjectNode data = Json.object();
        ArrayNode items = data.putArray("items");
        store.read(() -> {
            for (int i = start; i < end; i++) {
                items.add(item(hits.get(i), wasSeen));
            }
            return null;
        });
        return SandboxResponse.json(200, Envelope.singleWithAdditional(Json.bytes(data), Json.bytes(additional)));
    }

    private List<Hit> search(SandboxRequest request) {
        String term = request.query("term");
        if (term == null || term.isBlank()) {
            throw ApiException.invalid("\"term\" is required");
        }
        boolean exact = booleanParam(request, "exact_match");
        String needle = term.trim().toLowerCase(Locale.ROOT);
        if (needle.length() < 2 && !exact) {
            throw ApiException.invalid("\"term\" length must be at least 2 characters long (1 with exact_match)");
        }
        Set<String> fields = fields(request.query("fields"));
        String personParam = request.query("person_id");
        String orgParam = request.query("organization_id");
        Integer personId = personParam == null || personParam.isEmpty() ? null
                : LeadQuery.intParam(request, "person_id", 0);
        Integer orgId = orgParam == null || orgParam.isEmpty() ? null
                : LeadQuery.intParam(request, "organization_id", 0);
        List<Hit> hits = store.read(() -> {
            List<Hit> found = new ArrayList<>();
            Map<String, List<String>> notesByLead = new java.util.HashMap<>();
            if (fields.contains("notes")) {
                for (Note note : store.contacts().notes()) {
                    if (note.leadId != null) {
                        notesByLead.computeIfAbsent(note.leadId, k -> new ArrayList<>()).add(note.content);
                    }
                }
            }
            for (Lead lead : store.ordered()) {
                if (personId != null && !personId.equals(lead.personId)
                        || orgId != null && !orgId.equals(lead.organizationId)) {
                    continue;
                }
                Hit hit = score(lead, needle, exact, fields, notesByLead.getOrDefault(lead.id, List.of()));
                if (hit != null) {
                    found.add(hit);
                }
            }
            return found;
        });
        // stable sort keeps the default order among equal scores
        hits.sort(Comparator.comparingDouble((Hit h) -> h.score).reversed());
        return hits;
    }

    private static Hit score(Lead lead, String needle, boolean exact, Set<String> fields, List<String> notes) {
        double score = 0;
        if (fields.contains("title") && lead.title != null) {
            String title = lead.title.toLowerCase(Locale.ROOT);
            if (title.equals(needle)) {
                score = 1.0;
            } else if (!exact && title.startsWith(needle)) {
                score = 0.75;
            } else if (!exact && title.contains(needle)) {
                score = 0.5;
            }
        }
        List<String> customMatches = new ArrayList<>();
        if (fields.contains("custom_fields")) {
            for (Map.Entry<String, JsonNode> field : lead.customFields.entrySet()) {
                if (!LeadFieldCatalog.isSearchable(field.getKey())) {
                    continue;
                }
                String value = field.getValue().asText();
                String lower = value.toLowerCase(Locale.ROOT);
                if (exact ? lower.equals(needle) : lower.contains(needle)) {
                    customMatches.add(value);
                }
            }
            if (score == 0 && !customMatches.isEmpty()) {
                score = 0.25;
            }
        }
        List<String> noteMatches = new ArrayList<>();
        for (String content : notes) {
            String lower = content.toLowerCase(Locale.ROOT);
            if (exact ? lower.equals(needle) : lower.contains(needle)) {
                noteMatches.add(content);
            }
        }
        if (score == 0 && !noteMatches.isEmpty()) {
            score = 0.25;
        }
        return score == 0 ? null : new Hit(lead, score, customMatches, noteMatches);
    }

    /**
     * Search-result shape of reference §1.9 (flat value, integer visible_to), following the
     * official client's {@code LeadSearchItemItem} model: every property is optional and none is
     * nullable, so a lead without a person, organization or value leaves those keys out rather
     * than sending {@code null}.
     */
    private ObjectNode item(Hit hit, boolean wasSeen) {
        Lead lead = hit.lead;
        ObjectNode result = Json.object();
        result.put("result_score", hit.score);
        ObjectNode item = result.putObject("item");
        item.put("id", lead.id);
        item.put("type", "lead");
        item.put("title", lead.title);
        item.putObject("owner").put("id", lead.ownerId);
        if (lead.personId != null) {
            item.putObject("person").put("id", lead.personId).put("name", store.personName(lead.personId));
        }
        if (lead.organizationId != null) {
            item.putObject("organization").put("id", lead.organizationId)
                    .put("name", store.organizationName(lead.organizationId));
        }
        item.putArray("phones");
        item.putArray("emails");
        ArrayNode custom = item.putArray("custom_fields");
        hit.customMatches.forEach(custom::add);
        ArrayNode notes = item.putArray("notes");
        hit.noteMatches.forEach(notes::add);
        if (lead.valueAmount != null) {
            item.set("value", lead.valueAmount);
            item.put("currency", lead.valueCurrency);
        }
        item.put("visible_to", Integer.parseInt(lead.visibleTo));
        item.put("is_archived", lead.archived);
        if (wasSeen) {
            item.put("was_seen", lead.wasSeen);
        }
        return result;
    }

    private static Set<String> fields(String param) {
        if (param == null || param.isBlank()) {
            return FIELDS;
        }
        Set<String> chosen = new java.util.HashSet<>();
        for (String f : param.split(",")) {
            String field = f.trim();
            if (!FIELDS.contains(field)) {
                throw ApiException.invalid("\"fields\" must be one of [custom_fields, notes, title]");
            }
            chosen.add(field);
        }
        return chosen;
    }

    private static boolean includeWasSeen(SandboxRequest request) {
        String include = request.query("include_fields");
        if (include == null || include.isBlank()) {
            return false;
        }
        for (String f : include.split(",")) {
            if (!"lead.was_seen".equals(f.trim())) {
                throw ApiException.invalid("\"include_fields\" must be [lead.was_seen]");
            }
        }
        return true;
    }

    private static boolean booleanParam(SandboxRequest request, String name) {
        String raw = request.query(name);
        if (raw == null || raw.isEmpty()) {
            return false;
        }
        if ("true".equalsIgnoreCase(raw) || "1".equals(raw)) {
            return true;
        }
        if ("false".equalsIgnoreCase(raw) || "0".equals(raw)) {
            return false;
        }
        throw ApiException.invalid("\"" + name + "\" must be a boolean");
    }

    /** Cursors are opaque to clients; inside they are just a base64 offset. */
    static String encodeCursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    static int decodeCursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(CURSOR_PREFIX)) {
                int offset = Integer.parseInt(decoded.substring(CURSOR_PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the validation error
        }
        throw ApiException.invalid("\"cursor\" is not a valid cursor");
    }
}
