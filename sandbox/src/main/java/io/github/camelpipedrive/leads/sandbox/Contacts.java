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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Persons, organizations and notes: the part of the store that lead intake needs. Lives inside
 * {@link LeadStore} and is guarded by its lock; every method expects the caller to hold it.
 *
 * <p>Seeded persons ({@code Person n}) and organizations ({@code Organization n}) have ids
 * 1..N, no emails or phones, and are searchable from the start. Entities created or changed later
 * become visible to search only {@code searchIndexDelay} after the change, by the sandbox clock
 * (Pipedrive's search index is eventually consistent); GET by id always sees the current state.
 */
final class Contacts {

    private static final DateTimeFormatter V1_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Map<Integer, Person> persons = new TreeMap<>();
    private final Map<Integer, Organization> organizations = new TreeMap<>();
    private final Map<Integer, Note> notes = new TreeMap<>();
    private final Duration indexDelay;
    private int nextPersonId;
    private int nextOrganizationId;
    private int nextNoteId = 1;

    Contacts(int seedPersons, int seedOrganizations, Duration indexDelay, Instant now) {
        this.indexDelay = indexDelay;
        for (int id = 1; id <= seedOrganizations; id++) {
            Organization org = new Organization(id, now);
            org.name = "Organization " + id;
            org.ownerId = LeadStore.DEFAULT_USER;
            org.index.update(org.searchDoc(), now, Duration.ZERO);
            organizations.put(id, org);
        }
        for (int id = 1; id <= seedPersons; id++) {
            Person person = new Person(id, now);
            person.name = "Person " + id;
            person.ownerId = LeadStore.DEFAULT_USER;
            person.index.update(person.searchDoc(), now, Duration.ZERO);
            persons.put(id, person);
        }
        nextPersonId = seedPersons + 1;
        nextOrganizationId = seedOrganizations + 1;
    }

    // ---------------------------------------------------------------- formats

    /** v2 timestamps: {@code 2021-01-01T00:00:00Z} (SPEC-v2 examples), whole seconds. */
    static String v2Time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** v1 note timestamps: {@code 2019-12-09 13:59:21} UTC (SPEC-v1 notes example). */
    static String v1Time(Instant instant) {
        return V1_TIME.format(instant);
    }

    /** Custom field values that search can match, as text (objects such as monetary values by their parts). */
    static Map<String, String> searchableText(Map<String, JsonNode> customFields) {
        Map<String, String> text = new LinkedHashMap<>();
        customFields.forEach((key, value) -> {
            if (value != null && (value.isTextual() || value.isNumber())) {
                text.put(key, value.asText());
            } else if (value != null && value.isObject() && value.has("value")) {
                text.put(key, value.get("value").asText());
            }
        });
        return Map.copyOf(text);
    }

    // ---------------------------------------------------------------- persons

    boolean personExists(int id) {
        return persons.containsKey(id);
    }

    Person person(int id) {
        return persons.get(id);
    }

    String personName(int id) {
        Person p = persons.get(id);
        return p == null ? null : p.name;
    }

    Collection<Person> persons() {
        return persons.values();
    }

    Person newPerson(Instant now) {
        Person person = new Person(nextPersonId++, now);
        person.ownerId = LeadStore.DEFAULT_USER;
        persons.put(person.id, person);
        return person;
    }

    /** Call after every change of a person: the search index picks it up after the delay. */
    void reindex(Person person, Instant now) {
        person.index.update(person.searchDoc(), now, indexDelay);
    }

    // ---------------------------------------------------------------- organizations

    boolean organizationExists(int id) {
        return organizations.containsKey(id);
    }

    Organization organization(int id) {
        return organizations.get(id);
    }

    String organizationName(int id) {
        Organization o = organizations.get(id);
        return o == null ? null : o.name;
    }

    Collection<Organization> organizations() {
        return organizations.values();
    }

    Organization newOrganization(Instant now) {
        Organization org = new Organization(nextOrganizationId++, now);
        org.ownerId = LeadStore.DEFAULT_USER;
        organizations.put(org.id, org);
        return org;
    }

    void reindex(Organization org, Instant now) {
        org.index.update(org.searchDoc(), now, indexDelay);
    }

    // ---------------------------------------------------------------- notes

    Note newNote(Instant now) {
        Note note = new Note(nextNoteId++, now);
        notes.put(note.id, note);
        return note;
    }

    Note note(int id) {
        return notes.get(id);
    }

    Collection<Note> notes() {
        return notes.values();
    }

    void removeNote(int id) {
        notes.remove(id);
    }

    /**
     * A deleted lead takes the notes that hang on it alone with it; a note also linked to a
     * person, organization or deal stays there and only loses its lead link (and lead pin).
     */
    void leadDeleted(String leadId) {
        Iterator<Note> it = notes.values().iterator();
        while (it.hasNext()) {
            Note note = it.next();
            if (leadId.equals(note.leadId)) {
                note.leadId = null;
                note.pinnedToLead = false;
                if (!note.linked()) {
                    it.remove();
                }
            }
        }
    }

    /** "Related entities (notes, ...) are moved to the new entity" (SPEC-v2 conversion). */
    void leadConverted(String leadId, int dealId) {
        for (Note note : notes.values()) {
            if (leadId.equals(note.leadId)) {
                note.leadId = null;
                note.dealId = dealId;
                note.pinnedToDeal = note.pinnedToDeal || note.pinnedToLead;
                note.pinnedToLead = false;
            }
        }
    }

    void dealConverted(int dealId, String leadId) {
        for (Note note : notes.values()) {
            if (Integer.valueOf(dealId).equals(note.dealId)) {
                note.dealId = null;
                note.leadId = leadId;
                note.pinnedToLead = note.pinnedToLead || note.pinnedToDeal;
                note.pinnedToDeal = false;
            }
        }
    }

    List<Note> notesOf(java.util.function.Predicate<Note> filter) {
        List<Note> result = new ArrayList<>();
        for (Note note : notes.values()) {
            if (filter.test(note)) {
                result.add(note);
            }
        }
        return result;
    }
}
