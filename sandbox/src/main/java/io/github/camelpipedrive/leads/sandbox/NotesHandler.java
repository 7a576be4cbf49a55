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
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The v1 notes resource: {@code GET}/{@code POST /v1/notes} (20 / 10 tokens),
 * {@code GET}/{@code PUT}/{@code DELETE /v1/notes/{id}} (2 / 10 / 6). Create answers 200 (SPEC-v1).
 * Lists page by offset with the nested {@code additional_data.pagination} block the SPEC and the
 * client's {@code GetNotesResponse} show (the lead lists' FLAT/NESTED setting does not apply here),
 * in id order unless {@code sort} says otherwise.
 */
final class NotesHandler {

    private static final Map<String, Comparator<Note>> SORTABLE = Map.of(
            "id", Comparator.comparingInt(n -> n.id),
            "user_id", Comparator.comparingInt(n -> n.userId),
            "deal_id", Comparator.comparing(n -> n.dealId, Comparator.nullsLast(Comparator.naturalOrder())),
            "person_id", Comparator.comparing(n -> n.personId, Comparator.nullsLast(Comparator.naturalOrder())),
            "org_id", Comparator.comparing(n -> n.orgId, Comparator.nullsLast(Comparator.naturalOrder())),
            "content", Comparator.comparing(n -> n.content),
            "add_time", Comparator.comparing(n -> n.addTime),
            "update_time", Comparator.comparing(n -> n.updateTime));
    private static final String[] FLAGS = {"pinned_to_lead_flag", "pinned_to_deal_flag",
        "pinned_to_organization_flag", "pinned_to_person_flag", "pinned_to_project_flag", "pinned_to_task_flag"};

    private final LeadStore store;

    NotesHandler(LeadStore store) {
        this.store = store;
    }

    void register(Router router) {
        router.add("v1", "GET", "notes", "getNotes", 20, (r, p) -> list(r))
                .add("v1", "POST", "notes", "addNote", 10, (r, p) -> create(r))
                .add("v1", "GET", "notes/([^/]+)", "getNote", 2, (r, p) -> get(p[0]))
                .add("v1", "PUT", "notes/([^/]+)", "updateNote", 10, (r, p) -> update(r, p[0]))
                .add("v1", "DELETE", "notes/([^/]+)", "deleteNote", 6, (r, p) -> delete(p[0]));
    }

    private SandboxResponse single(Note note) {
        return SandboxResponse.json(200, Envelope.single(Json.bytes(note.json(store.contacts(), store))));
    }

    private SandboxResponse create(SandboxRequest request) {
        JsonNode body = request.jsonBody();
        LeadValidator.requireObject(body);
        if (!body.has("content")) {
            throw ApiException.invalid("\"content\" is required");
        }
        return store.write(() -> {
            NoteChange change = validate(body);
            checkPins(change, null);
            if (change.leadId == null && change.dealId == null && change.personId == null && change.orgId == null) {
                throw ApiException.invalid("\"lead_id\", \"deal_id\", \"person_id\", \"org_id\", \"project_id\" or "
                        + "\"task_id\" is required: a note must be attached to something");
            }
            Note note = store.contacts().newNote(store.now());
            change.applyTo(note);
            if (change.addTime != null) {
                note.addTime = change.addTime;
                note.updateTime = change.addTime;
            }
            return single(note);
        });
    }

    private SandboxResponse get(String rawId) {
        int id = ContactsHandler.id(rawId);
        return store.read(() -> single(existing(id)));
    }

    private SandboxResponse update(SandboxRequest request, String rawId) {
        int id = ContactsHandler.id(rawId);
        JsonNode body = request.jsonBody();
        LeadValidator.requireObject(body);
        return store.write(() -> {
            Note note = existing(id);
            NoteChange change = validate(body);
            checkPins(change, note);
            change.applyTo(note);
            if (change.addTime != null) {
                note.addTime = change.addTime;
            }
            note.updateTime = store.now();
            note.lastUpdateUserId = LeadStore.DEFAULT_USER;
            return single(note);
        });
    }

    private SandboxResponse delete(String rawId) {
        int id = ContactsHandler.id(rawId);
        store.write(() -> {
            existing(id);
            store.contacts().removeNote(id);
        });
        ObjectNode body = Json.object();
        body.put("success", true);
        body.set("data", BooleanNode.TRUE);
        return SandboxResponse.json(200, Json.bytes(body));
    }

    private Note existing(int id) {
        Note note = store.contacts().note(id);
        if (note == null) {
            throw new ApiException(Envelope.error(404, "Note not found", "Object was not found."));
        }
        return note;
    }

    // ---------------------------------------------------------------- body

    /** A validated note body; nothing is applied until every property passed. */
    private static final class NoteChange {
        String content;
        String leadId;
        Integer dealId;
        Integer personId;
        Integer orgId;
        Integer userId;
        Instant addTime;
        final Boolean[] flags = new Boolean[FLAGS.length];

        void applyTo(Note note) {
            if (content != null) {
                note.content = content;
            }
            if (leadId != null) {
                note.leadId = leadId;
            }
            if (dealId != null) {
                note.dealId = dealId;
            }
            if (personId != null) {
                note.personId = personId;
            }
            if (orgId != null) {
                note.orgId = orgId;
            }
            if (userId != null) {
                note.userId = userId;
            }
            if (flags[0] != null) {
                note.pinnedToLead = flags[0];
            }
            if (flags[1] != null) {
                note.pinnedToDeal = flags[1];
            }
            if (flags[2] != null) {
                note.pinnedToOrganization = flags[2];
            }
            if (flags[3] != null) {
                note.pinnedToPerson = flags[3];
            }
        }
    }

    /**
     * Write lock held. {@code AddNoteRequest} allows additional properties, so unknown ones are
     * ignored (unlike the lead endpoints). References must exist; projects and tasks are not
     * emulated, so {@code project_id}/{@code task_id} never exist.
     */
    private NoteChange validate(JsonNode body) {
        NoteChange c = new NoteChange();
        if (body.has("content")) {
            JsonNode v = body.get("content");
            if (!v.isTextual()) {
                throw ApiException.invalid("\"content\" must be a string");
            }
            if (v.asText().isBlank()) {
                throw ApiException.invalid("\"content\" is not allowed to be empty");
            }
            c.content = v.asText();
        }
        if (body.hasNonNull("lead_id")) {
            JsonNode v = body.get("lead_id");
            if (!v.isTextual() || !LeadValidator.UUID.matcher(v.asText()).matches()) {
                throw ApiException.invalid("\"lead_id\" must be a valid GUID");
            }
            if (!store.leadExists(v.asText())) {
                throw ApiException.invalid("Lead with id " + v.asText() + " was not found");
            }
            c.leadId = v.asText();
        }
        c.dealId = reference(body, "deal_id", "Deal", store::liveDeal);
        c.personId = reference(body, "person_id", "Person", store.contacts()::personExists);
        c.orgId = reference(body, "org_id", "Organization", store.contacts()::organizationExists);
        reference(body, "project_id", "Project", id -> false);
        reference(body, "task_id", "Task", id -> false);
        if (body.hasNonNull("user_id")) {
            c.userId = integer(body, "user_id");
        }
        if (body.hasNonNull("add_time")) {
            JsonNode v = body.get("add_time");
            c.addTime = v.isTextual() ? Timestamps.parseLenient(v.asText()).map(Timestamps::millis).orElse(null) : null;
            if (c.addTime == null) {
                throw ApiException.invalid("\"add_time\" must be a date-time in the format YYYY-MM-DD HH:MM:SS");
            }
        }
        for (int i = 0; i < FLAGS.length; i++) {
            if (!body.hasNonNull(FLAGS[i])) {
                continue;
            }
            JsonNode v = body.get(FLAGS[i]);
            boolean on;
            if (v.isBoolean()) {
                on = v.asBoolean();
            } else if (v.isIntegralNumber() && (v.asInt() == 0 || v.asInt() == 1)) {
                on = v.asInt() == 1;
            } else {
                throw ApiException.invalid("\"" + FLAGS[i] + "\" must be one of [0, 1]");
            }
            c.flags[i] = on;
        }
        return c;
    }

    /**
     * SPEC-v1: a pin flag needs its link ("`lead_id` is also required"); checked against the note
     * as it would be after the change ({@code existing} is null on create).
     */
    private static void checkPins(NoteChange c, Note existing) {
        Object[] links = {c.leadId != null ? c.leadId : existing == null ? null : existing.leadId,
            c.dealId != null ? c.dealId : existing == null ? null : existing.dealId,
            c.orgId != null ? c.orgId : existing == null ? null : existing.orgId,
            c.personId != null ? c.personId : existing == null ? null : existing.personId, null, null};
        String[] needs = {"lead_id", "deal_id", "org_id", "person_id", "project_id", "task_id"};
        for (int i = 0; i < FLAGS.length; i++) {
            if (Boolean.TRUE.equals(c.flags[i]) && links[i] == null) {
                throw ApiException.invalid("\"" + FLAGS[i] + "\" needs \"" + needs[i] + "\"");
            }
        }
    }

    private static Integer reference(JsonNode body, String key, String what, Predicate<Integer> exists) {
        if (!body.hasNonNull(key)) {
            return null;
        }
        int id = integer(body, key);
        if (!exists.test(id)) {
            throw ApiException.invalid(what + " with id " + id + " was not found");
        }
        return id;
    }

    private static int integer(JsonNode body, String key) {
        JsonNode v = body.get(key);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw ApiException.invalid("\"" + key + "\" must be a number");
        }
        return v.asInt();
    }

    // ---------------------------------------------------------------- list

    private SandboxResponse list(SandboxRequest request) {
        int start = LeadQuery.intParam(request, "start", 0);
        if (start < 0) {
            throw ApiException.invalid("\"start\" must be greater than or equal to 0");
        }
        int limit = LeadQuery.limit(request);
        Predicate<Note> filter = filter(request);
        Comparator<Note> order = sort(request.query("sort"));
        return store.read(() -> {
            List<Note> matching = store.contacts().notesOf(filter);
            matching.sort(order);
            int end = (int) Math.min((long) start + limit, matching.size());
            List<byte[]> items = new ArrayList<>();
            for (int i = start; i < end; i++) {
                items.add(Json.bytes(matching.get(i).json(store.contacts(), store)));
            }
            return SandboxResponse.json(200, Envelope.list(items,
                    Envelope.offsetPaging(PaginationShape.NESTED, start, limit, end < matching.size())));
        });
    }

    private static Predicate<Note> filter(SandboxRequest request) {
        Predicate<Note> filter = n -> true;
        String lead = request.query("lead_id");
        if (lead != null && !lead.isEmpty()) {
            if (!LeadValidator.UUID.matcher(lead).matches()) {
                throw ApiException.invalid("\"lead_id\" must be a valid GUID");
            }
            filter = filter.and(n -> lead.equals(n.leadId));
        }
        filter = byId(filter, request, "user_id", n -> n.userId);
        filter = byId(filter, request, "deal_id", n -> n.dealId);
        filter = byId(filter, request, "person_id", n -> n.personId);
        filter = byId(filter, request, "org_id", n -> n.orgId);
        filter = byFlag(filter, request, "pinned_to_lead_flag", n -> n.pinnedToLead);
        filter = byFlag(filter, request, "pinned_to_deal_flag", n -> n.pinnedToDeal);
        filter = byFlag(filter, request, "pinned_to_organization_flag", n -> n.pinnedToOrganization);
        filter = byFlag(filter, request, "pinned_to_person_flag", n -> n.pinnedToPerson);
        String startDate = request.query("start_date");
        if (startDate != null && !startDate.isEmpty()) {
            Instant from = date(startDate, "start_date").atStartOfDay(ZoneOffset.UTC).toInstant();
            filter = filter.and(n -> !n.addTime.isBefore(from));
        }
        String endDate = request.query("end_date");
        if (endDate != null && !endDate.isEmpty()) {
            Instant until = date(endDate, "end_date").plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            filter = filter.and(n -> n.addTime.isBefore(until));
        }
        String updatedSince = request.query("updated_since");
        if (updatedSince != null && !updatedSince.isEmpty()) {
            Instant since = Timestamps.parseLenient(updatedSince).orElseThrow(() -> ApiException.invalid(
                    "\"updated_since\" must be a valid RFC3339 date-time, e.g. 2025-01-01T10:20:00Z"));
            filter = filter.and(n -> !n.updateTime.isBefore(since));
        }
        return filter;
    }

    private static LocalDate date(String raw, String name) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("\"" + name + "\" must be a date in the format YYYY-MM-DD");
        }
    }

    private static Predicate<Note> byId(Predicate<Note> filter, SandboxRequest request, String name,
            Function<Note, Integer> property) {
        String raw = request.query(name);
        if (raw == null || raw.isEmpty()) {
            return filter;
        }
        Integer wanted = LeadQuery.intParam(request, name, 0);
        return filter.and(n -> Objects.equals(property.apply(n), wanted));
    }

    private static Predicate<Note> byFlag(Predicate<Note> filter, SandboxRequest request, String name,
            Predicate<Note> property) {
        String raw = request.query(name);
        if (raw == null || raw.isEmpty()) {
            return filter;
        }
        if (!"0".equals(raw) && !"1".equals(raw)) {
            throw ApiException.invalid("\"" + name + "\" must be one of [0, 1]");
        }
        boolean wanted = "1".equals(raw);
        return filter.and(n -> property.test(n) == wanted);
    }

    /** {@code "field ASC, other DESC"}; ties end in id order so pages are deterministic. */
    private static Comparator<Note> sort(String raw) {
        Comparator<Note> byId = Comparator.comparingInt(n -> n.id);
        if (raw == null || raw.isBlank()) {
            return byId;
        }
        Comparator<Note> combined = null;
        for (String clause : raw.split(",")) {
            String[] words = clause.trim().split("\\s+");
            Comparator<Note> field = words.length == 0 ? null : SORTABLE.get(words[0]);
            if (field == null || words.length > 2) {
                throw ApiException.invalid("\"sort\" must be fields of [id, user_id, deal_id, person_id, org_id, "
                        + "content, add_time, update_time] with an optional ASC or DESC, separated by commas");
            }
            String direction = words.length == 2 ? words[1].toUpperCase(Locale.ROOT) : "ASC";
            if (!"ASC".equals(direction) && !"DESC".equals(direction)) {
                throw ApiException.invalid("\"sort\" direction must be ASC or DESC");
            }
            Comparator<Note> part = "DESC".equals(direction) ? field.reversed() : field;
            combined = combined == null ? part : combined.thenComparing(part);
        }
        return combined.thenComparing(byId);
    }
}
