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
package io.github.camelpipedrive.leads.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;

/**
 * A person to find or create: the body of {@code findOrCreatePerson} and the {@code person} of an {@code addLead}
 * intake. Matched by e-mail address, then phone number (see the option {@code personMatchFields}); created with
 * {@code POST /api/v2/persons} when nothing matches.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class PersonRequest {

    @JsonProperty("name")
    @JsonDeserialize(using = StrictStrings.class)
    private String name;
    @JsonProperty("emails")
    @JsonDeserialize(contentUsing = StrictStrings.class)
    private List<String> emails = new ArrayList<>();
    @JsonProperty("phones")
    @JsonDeserialize(contentUsing = StrictStrings.class)
    private List<String> phones = new ArrayList<>();

    public PersonRequest() {
    }

    public PersonRequest(String name) {
        this.name = name;
    }

    /** Fluent: adds an e-mail address (the first one is the primary). */
    public PersonRequest email(String email) {
        emails.add(email);
        return this;
    }

    /** Fluent: adds a phone number (the first one is the primary). */
    public PersonRequest phone(String phone) {
        phones.add(phone);
        return this;
    }

    /** The person's name (required to create one). */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** E-mail addresses, the first is the primary. */
    public List<String> getEmails() {
        return emails;
    }

    public void setEmails(List<String> emails) {
        this.emails = emails == null ? new ArrayList<>() : new ArrayList<>(emails);
    }

    /** Phone numbers, the first is the primary. */
    public List<String> getPhones() {
        return phones;
    }

    public void setPhones(List<String> phones) {
        this.phones = phones == null ? new ArrayList<>() : new ArrayList<>(phones);
    }

    /**
     * The body of {@code POST /api/v2/persons}: {@code emails}/{@code phones} as {@code {value, primary, label}}
     * objects, the first one primary, and {@code org_id} when the person belongs to an organization.
     */
    public ObjectNode toCreateBody(Long organizationId) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("name", name.trim());
        if (!emails.isEmpty()) {
            body.set("emails", details(emails));
        }
        if (!phones.isEmpty()) {
            body.set("phones", details(phones));
        }
        if (organizationId != null) {
            body.put("org_id", organizationId);
        }
        return body;
    }

    private static ArrayNode details(List<String> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < values.size(); i++) {
            array.addObject().put("value", values.get(i).trim()).put("primary", i == 0).put("label", "work");
        }
        return array;
    }

    /** The rules of a person, checked on its JSON; {@code field} is where it is (body, body.person). */
    public static void validate(JsonNode person, String field) {
        if (person == null || !person.isObject()) {
            throw new PipedriveValidationException(field, "must be an object with name, emails and phones");
        }
        JsonNode name = person.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            throw new PipedriveValidationException(field + ".name", "is required and must be a non-empty string");
        }
        if (name.asText().length() > 255) {
            throw new PipedriveValidationException(field + ".name", "must be at most 255 characters");
        }
        eachText(person, "emails", field, e -> e.matches("[^@\\s]+@[^@\\s]+"),
                "must be an e-mail address such as jane@example.com");
        eachText(person, "phones", field, p -> p.replaceAll("[^0-9]", "").length() >= 3,
                "must be a phone number with at least 3 digits");
    }

    /** Validates the findOrCreatePerson body. */
    public static void validateBody(ObjectNode body) {
        validate(body, "body");
    }

    private static void eachText(JsonNode person, String property, String field,
            java.util.function.Predicate<String> rule, String ruleText) {
        JsonNode values = person.get(property);
        if (values == null || values.isNull()) {
            return;
        }
        if (!values.isArray()) {
            throw new PipedriveValidationException(field + "." + property, "must be an array of strings");
        }
        for (int i = 0; i < values.size(); i++) {
            JsonNode value = values.get(i);
            String at = field + "." + property + "[" + i + "]";
            if (!value.isTextual()) {
                throw new PipedriveValidationException(at, "must be a string");
            }
            if (!rule.test(value.asText().trim())) {
                throw new PipedriveValidationException(at, ruleText);
            }
        }
    }

    /**
     * A property this model does not have is refused rather than dropped: {@code "email": "..."} instead of
     * {@code "emails": [...]} would otherwise create a contact without its address.
     */
    @JsonAnySetter
    public void rejectUnknown(String property, Object value) {
        throw new IllegalArgumentException("unknown property '" + property + "' (known: name, emails, phones)");
    }

    @Override
    public String toString() {
        // no e-mail addresses or phone numbers in logs
        return "PersonRequest[emails=" + emails.size() + ", phones=" + phones.size() + "]";
    }
}
