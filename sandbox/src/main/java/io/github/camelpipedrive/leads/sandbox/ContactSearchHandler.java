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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/v2/persons/search} and {@code GET /api/v2/organizations/search} (cursor paging,
 * 20 tokens each per SPEC-v2, search rate limit). Rules, from the official client's parameter
 * docs: {@code term} at least 2 characters, 1 with {@code exact_match}; {@code exact_match}
 * returns only full matches of a whole field value and is <b>not</b> case sensitive; without it a
 * field matches when it contains the term (case-insensitive). {@code fields} restricts where to
 * look (persons: name, email, phone, notes, custom_fields; organizations: name, address, notes,
 * custom_fields), default all. Phones are compared as written (no normalisation of spaces or
 * {@code +}: the sandbox's pessimistic choice where Pipedrive's behaviour is not documented).
 * Searches see the index, which lags behind changes by {@code searchIndexDelay}.
 */
final class ContactSearchHandler {

    private static final Set<String> PERSON_FIELDS = Set.of("custom_fields", "email", "notes", "phone", "name");
    private static final Set<String> ORGANIZATION_FIELDS = Set.of("address", "custom_fields", "notes", "name");

    private final LeadStore store;

    ContactSearchHandler(LeadStore store) {
        this.store = store;
    }

    void register(Router router) {
        router.addSearch("v2", "GET", "persons/search", "searchPersons", 20, (r, p) -> searchPersons(r))
                .addSearch("v2", "GET", "organizations/search", "searchOrganization", 20,
                        (r, p) -> searchOrganizations(r));
    }

    /** One found item, with its score and what it matched in notes and custom fields. */
    private record Hit(int id, double score, ObjectNode item) {
    }

    /** The parsed common parameters. */
    private record Query(String needle, boolean exact, Set<String> fields, int limit, int start) {
    }

    private static Query query(SandboxRequest request, Set<String> allowedFields, String fieldsList) {
        String term = request.query("term");
        if (term == null || term.isBlank()) {
            throw ApiException.invalid("\"term\" is required");
        }
        boolean exact = booleanParam(request, "exact_match");
        String needle = term.trim().toLowerCase(Locale.ROOT);
        if (needle.length() < 2 && !exact) {
            throw ApiException.invalid("\"term\" length must be at least 2 characters long (1 with exact_match)");
        }
        Set<String> fields = allowedFields;
        String raw = request.query("fields");
        if (raw != null && !raw.isBlank()) {
            fields = new HashSet<>();
            for (String f : raw.split(",")) {
                if (!allowedFields.contains(f.trim())) {
                    throw ApiException.invalid("\"fields\" must be one of [" + fieldsList + "]");
                }
                fields.add(f.trim());
            }
        }
        int limit = LeadQuery.limit(request);
        int start = LeadSearchHandler.decodeCursor(request.query("cursor"));
        return new Query(needle, exact, fields, limit, start);
    }

    private SandboxResponse searchPersons(SandboxRequest request) {
        Query q = query(request, PERSON_FIELDS, "custom_fields, email, notes, phone, name");
        String include = request.query("include_fields");
        if (include != null && !include.isBlank() && !"person.picture".equals(include.trim())) {
            throw ApiException.invalid("\"include_fields\" must be [person.picture]");
        }
        String orgParam = request.query("organization_id");
        Integer orgFilter = orgParam == null || orgParam.isEmpty() ? null
                : LeadQuery.intParam(request, "organization_id", 0);
        List<Hit> hits = store.read(() -> {
            Instant now = store.now();
            Contacts contacts = store.contacts();
            List<Hit> found = new ArrayList<>();
            Map<Integer, List<Note>> notes = q.fields().contains("notes") ? notesBy(contacts, n -> n.personId)
                    : Map.of();
            for (Person person : contacts.persons()) {
                SearchDoc doc = person.index.at(now);
                if (doc == null || orgFilter != null && !orgFilter.equals(doc.orgId())) {
                    continue;
                }
                double score = 0;
                if (q.fields().contains("name")) {
                    score = Math.max(score, score(doc.name(), q));
                }
                if (q.fields().contains("email")) {
                    for (String email : doc.emails()) {
                        score = Math.max(score, score(email, q));
                    }
                }
                if (q.fields().contains("phone")) {
                    for (String phone : doc.phones()) {
                        score = Math.max(score, score(phone, q));
                    }
                }
                List<String> customMatches = customMatches(doc, q);
                List<String> noteMatches = noteMatches(notes.getOrDefault(person.id, List.of()), q);
                if (score == 0 && (!customMatches.isEmpty() || !noteMatches.isEmpty())) {
                    score = 0.25;
                }
                if (score > 0) {
                    found.add(new Hit(person.id, score, personItem(person, doc, contacts, customMatches,
                            noteMatches)));
                }
            }
            return found;
        });
        return respond(hits, q);
    }

    private SandboxResponse searchOrganizations(SandboxRequest request) {
        Query q = query(request, ORGANIZATION_FIELDS, "address, custom_fields, notes, name");
        List<Hit> hits = store.read(() -> {
            Instant now = store.now();
            Contacts contacts = store.contacts();
            List<Hit> found = new ArrayList<>();
            Map<Integer, List<Note>> notes = q.fields().contains("notes") ? notesBy(contacts, n -> n.orgId)
                    : Map.of();
            for (Organization org : contacts.organizations()) {
                SearchDoc doc = org.index.at(now);
                if (doc == null) {
                    continue;
                }
                double score = 0;
                if (q.fields().contains("name")) {
                    score = Math.max(score, score(doc.name(), q));
                }
                if (q.fields().contains("address") && doc.address() != null) {
                    score = Math.max(score, score(doc.address(), q) * 0.9);
                }
                List<String> customMatches = customMatches(doc, q);
                List<String> noteMatches = noteMatches(notes.getOrDefault(org.id, List.of()), q);
                if (score == 0 && (!customMatches.isEmpty() || !noteMatches.isEmpty())) {
                    score = 0.25;
                }
                if (score > 0) {
                    found.add(new Hit(org.id, score, organizationItem(org, doc, customMatches, noteMatches)));
                }
            }
            return found;
        });
        return respond(hits, q);
    }

    /** 1 for the whole value, 0.75 for a prefix, 0.5 anywhere else; exact_match keeps only the first. */
    private static double score(String value, Query q) {
        if (value == null) {
            return 0;
        }
        String lower = value.trim().toLowerCase(Locale.ROOT);
        if (lower.equals(q.needle())) {
            return 1.0;
        }
        if (q.exact()) {
            return 0;
        }
        if (lower.startsWith(q.needle())) {
            return 0.75;
        }
        return lower.contains(q.needle()) ? 0.5 : 0;
    }

    private static List<String> customMatches(SearchDoc doc, Query q) {
        List<String> matches = new ArrayList<>();
        if (q.fields().contains("custom_fields")) {
            for (Map.Entry<String, String> field : doc.customFields().entrySet()) {
                if (score(field.getValue(), q) > 0) {
                    matches.add(field.getValue());
                }
            }
        }
        return matches;
    }

    /** Notes grouped by the person or organization they are attached to (one pass per search). */
    private static Map<Integer, List<Note>> notesBy(Contacts contacts, java.util.function.Function<Note, Integer> link) {
        Map<Integer, List<Note>> byId = new java.util.HashMap<>();
        for (Note note : contacts.notes()) {
            Integer id = link.apply(note);
            if (id != null) {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(note);
            }
        }
        return byId;
    }

    private static List<String> noteMatches(List<Note> notes, Query q) {
        List<String> matches = new ArrayList<>();
        for (Note note : notes) {
            if (score(note.content, q) > 0) {
                matches.add(note.content);
            }
        }
        return matches;
    }

    /**
     * The client's person search item: every property optional, none nullable, so a person
     * without an organization has no {@code organization} key. The values come from the index.
     */
    private static ObjectNode personItem(Person person, SearchDoc doc, Contacts contacts, List<String> custom,
            List<String> notes) {
        ObjectNode item = Json.object();
        item.put("id", person.id);
        item.put("type", "person");
        item.put("name", doc.name());
        ArrayNode phones = item.putArray("phones");
        doc.phones().forEach(phones::add);
        ArrayNode emails = item.putArray("emails");
        doc.emails().forEach(emails::add);
        item.put("visible_to", person.visibleTo);
        item.putObject("owner").put("id", person.ownerId);
        if (doc.orgId() != null) {
            ObjectNode org = item.putObject("organization");
            org.put("id", doc.orgId());
            String name = contacts.organizationName(doc.orgId());
            if (name != null) {
                org.put("name", name);
            }
        }
        ArrayNode customFields = item.putArray("custom_fields");
        custom.forEach(customFields::add);
        ArrayNode noteArray = item.putArray("notes");
        notes.forEach(noteArray::add);
        return item;
    }

    /** The client's organization search item; {@code address} is a string there, left out when there is none. */
    private static ObjectNode organizationItem(Organization org, SearchDoc doc, List<String> custom,
            List<String> notes) {
        ObjectNode item = Json.object();
        item.put("id", org.id);
        item.put("type", "organization");
        item.put("name", doc.name());
        if (doc.address() != null) {
            item.put("address", doc.address());
        }
        item.put("visible_to", org.visibleTo);
        item.putObject("owner").put("id", org.ownerId);
        ArrayNode customFields = item.putArray("custom_fields");
        custom.forEach(customFields::add);
        ArrayNode noteArray = item.putArray("notes");
        notes.forEach(noteArray::add);
        return item;
    }

    private static SandboxResponse respond(List<Hit> hits, Query q) {
        hits.sort(Comparator.comparingDouble((Hit h) -> h.score()).reversed().thenComparingInt(Hit::id));
        int end = (int) Math.min((long) q.start() + q.limit(), hits.size());
        ObjectNode data = Json.object();
        ArrayNode items = data.putArray("items");
        for (int i = q.start(); i < end; i++) {
            ObjectNode result = items.addObject();
            result.put("result_score", hits.get(i).score());
            result.set("item", hits.get(i).item());
        }
        ObjectNode additional = Json.object();
        if (end < hits.size()) {
            additional.put("next_cursor", LeadSearchHandler.encodeCursor(end));
        } else {
            additional.putNull("next_cursor");
        }
        return SandboxResponse.json(200, Envelope.singleWithAdditional(Json.bytes(data), Json.bytes(additional)));
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
}
