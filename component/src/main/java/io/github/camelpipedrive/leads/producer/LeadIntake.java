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
package io.github.camelpipedrive.leads.producer;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelpipedrive.leads.OperationRequest;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.PipedriveLeadsOperation;
import io.github.camelpipedrive.leads.exception.PipedriveIntakeException;
import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import io.github.camelpipedrive.leads.model.OrganizationRequest;
import io.github.camelpipedrive.leads.model.PersonRequest;
import org.apache.camel.Message;

/**
 * The find-or-create operations and the lead intake around {@link ContactFinder}: reads the validated body the
 * request factory built, resolves the contacts (the organization first, so that a new person is created already
 * belonging to it: nothing is left half-linked) and says on the message what was found and what was created.
 */
public final class LeadIntake {

    private final ContactFinder finder;
    private final ObjectMapper mapper;

    public LeadIntake(ContactFinder finder, ObjectMapper mapper) {
        this.finder = finder;
        this.mapper = mapper;
    }

    /** The lead request once its intake contacts are ids, and what the intake created (for failure reports). */
    public record Resolved(OperationRequest request, Long createdPersonId, Long createdOrganizationId) {

        /** Whether the intake created a contact that a later failure must report. */
        public boolean createdAnything() {
            return createdPersonId != null || createdOrganizationId != null;
        }

        /** The failure of the lead's own request, naming what the intake had created. */
        public RuntimeException failed(RuntimeException cause) {
            return createdAnything()
                    ? PipedriveIntakeException.failedAfter("the lead", createdPersonId, createdOrganizationId, cause)
                    : cause;
        }
    }

    /** A find-or-create operation on its own: the person or organization, or null when none and none created. */
    public Object findOrCreate(PipedriveLeadsOperation op, OperationRequest built, Message message,
            PipedriveLeadsConfiguration configuration) {
        ObjectNode body = validatedBody(built);
        ContactFinder.Outcome outcome;
        clearReport(message);
        boolean person = PersonRequest.class.equals(op.bodyType());
        if (person) {
            outcome = finder.person(op, mapper.convertValue(body, PersonRequest.class), null, configuration);
        } else {
            outcome = finder.organization(op, mapper.convertValue(body, OrganizationRequest.class), configuration);
        }
        if (outcome == null) {
            return null;
        }
        report(message, outcome, person);
        return outcome.result();
    }

    /**
     * Resolves the body's {@code organization} and {@code person} into {@code organization_id} and {@code person_id}.
     * A body with ids only is left as it is: no search at all.
     */
    public Resolved resolve(PipedriveLeadsOperation op, OperationRequest built, Message message,
            PipedriveLeadsConfiguration configuration) {
        clearReport(message);
        ObjectNode validated = validatedBody(built);
        if (!validated.has("person") && !validated.has("organization")) {
            return new Resolved(built, null, null);
        }
        ObjectNode body = validated.deepCopy(); // the request's own tree stays as it was validated
        JsonNode personNode = body.remove("person");
        JsonNode organizationNode = body.remove("organization");
        if (personNode == null && organizationNode == null) {
            return new Resolved(built, null, null);
        }
        Long createdOrganization = null;
        Long createdPerson = null;
        String step = "the organization";
        try {
            Long organizationId = body.hasNonNull("organization_id") ? body.get("organization_id").asLong() : null;
            if (organizationNode != null) {
                ContactFinder.Outcome organization = finder.organization(op.row().intakeOrganization(),
                        mapper.treeToValue(organizationNode, OrganizationRequest.class), configuration);
                if (organization == null) {
                    throw new PipedriveIntakeException("No organization matches body.organization and "
                                                       + "createMissingContacts=false: no lead was created");
                }
                report(message, organization, false);
                createdOrganization = organization.created() ? organization.id() : null;
                organizationId = organization.id();
                body.put("organization_id", organizationId);
            }
            if (personNode != null) {
                step = "the person";
                ContactFinder.Outcome person = finder.person(op.row().intakePerson(),
                        mapper.treeToValue(personNode, PersonRequest.class), organizationId, configuration);
                if (person == null) {
                    throw new PipedriveIntakeException("No person matches body.person and "
                                                       + "createMissingContacts=false: no lead was created");
                }
                report(message, person, true);
                createdPerson = person.created() ? person.id() : null;
                body.put("person_id", person.id());
            }
            return new Resolved(built.withBody(mapper.writeValueAsBytes(body)), createdPerson, createdOrganization);
        } catch (PipedriveIntakeException e) {
            if (createdOrganization == null) {
                throw e;
            }
            throw PipedriveIntakeException.failedAfter(step, null, createdOrganization, e);
        } catch (RuntimeException e) {
            throw PipedriveIntakeException.failedAfter(step, createdPerson, createdOrganization, e);
        } catch (IOException e) {
            throw PipedriveIntakeException.failedAfter(step, createdPerson, createdOrganization,
                    new PipedriveLeadsException("Cannot read the intake contacts: " + e.getMessage(), e));
        }
    }

    /** Headers of an earlier intake on the same message must not pass for this one's. */
    private static void clearReport(Message message) {
        message.removeHeader(PipedriveLeadsConstants.FOUND_PERSON_ID);
        message.removeHeader(PipedriveLeadsConstants.CREATED_PERSON_ID);
        message.removeHeader(PipedriveLeadsConstants.FOUND_ORGANIZATION_ID);
        message.removeHeader(PipedriveLeadsConstants.CREATED_ORGANIZATION_ID);
        message.removeHeader(PipedriveLeadsConstants.LINKED_PERSON_ID);
    }

    private static void report(Message message, ContactFinder.Outcome outcome, boolean person) {
        if (outcome.created()) {
            message.setHeader(person ? PipedriveLeadsConstants.CREATED_PERSON_ID
                    : PipedriveLeadsConstants.CREATED_ORGANIZATION_ID, outcome.id());
        } else {
            message.setHeader(person ? PipedriveLeadsConstants.FOUND_PERSON_ID
                    : PipedriveLeadsConstants.FOUND_ORGANIZATION_ID, outcome.id());
        }
        if (outcome.linked()) {
            message.setHeader(PipedriveLeadsConstants.LINKED_PERSON_ID, outcome.id());
        }
    }

    /** The body's validated tree, kept by the request when it was built; parsed from the bytes otherwise. */
    private ObjectNode validatedBody(OperationRequest built) {
        return built.bodyTree() != null ? built.bodyTree() : read(built.bodyJson());
    }

    private ObjectNode read(byte[] json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (IOException | ClassCastException e) {
            throw new PipedriveLeadsException("Cannot read the validated body: " + e.getMessage(), e);
        }
    }
}
