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
import java.time.Instant;

/**
 * {@code POST /api/v2/persons}, {@code GET}/{@code PATCH /api/v2/persons/{id}} and the same for
 * organizations, with the SPEC-v2 token costs (add 5, get 1, update 5). Creation answers 200, as
 * the SPEC documents. Unknown ids answer the v2 404 body ({@code "Entity was not found"}).
 */
final class ContactsHandler {

    private final LeadStore store;

    ContactsHandler(LeadStore store) {
        this.store = store;
    }

    void register(Router router) {
        router.add("v2", "POST", "persons", "addPerson", 5, (r, p) -> addPerson(r))
                .add("v2", "GET", "persons/([^/]+)", "getPerson", 1, (r, p) -> getPerson(p[0]))
                .add("v2", "PATCH", "persons/([^/]+)", "updatePerson", 5, (r, p) -> updatePerson(r, p[0]))
                .add("v2", "POST", "organizations", "addOrganization", 5, (r, p) -> addOrganization(r))
                .add("v2", "GET", "organizations/([^/]+)", "getOrganization", 1, (r, p) -> getOrganization(p[0]))
                .add("v2", "PATCH", "organizations/([^/]+)", "updateOrganization", 5,
                        (r, p) -> updateOrganization(r, p[0]));
    }

    static int id(String raw) {
        try {
            int id = Integer.parseInt(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw ApiException.invalid("\"id\" must be a positive integer");
    }

    private static SandboxResponse ok(JsonNode data) {
        return SandboxResponse.json(200, Envelope.single(Json.bytes(data)));
    }

    private SandboxResponse addPerson(SandboxRequest request) {
        JsonNode body = request.jsonBody();
        return ok(store.write(() -> {
            Contacts contacts = store.contacts();
            ContactValidator.Change<Person> change = ContactValidator.person(body, true, contacts);
            Instant now = store.now();
            Person person = contacts.newPerson(now);
            change.applyTo(person);
            contacts.reindex(person, now);
            return person.json();
        }));
    }

    private SandboxResponse getPerson(String rawId) {
        int id = id(rawId);
        return ok(store.read(() -> existingPerson(id).json()));
    }

    private SandboxResponse updatePerson(SandboxRequest request, String rawId) {
        int id = id(rawId);
        JsonNode body = request.jsonBody();
        return ok(store.write(() -> {
            Contacts contacts = store.contacts();
            Person person = existingPerson(id);
            ContactValidator.person(body, false, contacts).applyTo(person);
            Instant now = store.now();
            person.updateTime = now;
            contacts.reindex(person, now);
            return person.json();
        }));
    }

    private Person existingPerson(int id) {
        Person person = store.contacts().person(id);
        if (person == null) {
            throw ApiException.entityNotFound();
        }
        return person;
    }

    private SandboxResponse addOrganization(SandboxRequest request) {
        JsonNode body = request.jsonBody();
        return ok(store.write(() -> {
            Contacts contacts = store.contacts();
            ContactValidator.Change<Organization> change = ContactValidator.organization(body, true);
            Instant now = store.now();
            Organization org = contacts.newOrganization(now);
            change.applyTo(org);
            contacts.reindex(org, now);
            return org.json();
        }));
    }

    private SandboxResponse getOrganization(String rawId) {
        int id = id(rawId);
        return ok(store.read(() -> existingOrganization(id).json()));
    }

    private SandboxResponse updateOrganization(SandboxRequest request, String rawId) {
        int id = id(rawId);
        JsonNode body = request.jsonBody();
        return ok(store.write(() -> {
            Contacts contacts = store.contacts();
            Organization org = existingOrganization(id);
            ContactValidator.organization(body, false).applyTo(org);
            Instant now = store.now();
            org.updateTime = now;
            contacts.reindex(org, now);
            return org.json();
        }));
    }

    private Organization existingOrganization(int id) {
        Organization org = store.contacts().organization(id);
        if (org == null) {
            throw ApiException.entityNotFound();
        }
        return org;
    }
}
