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

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;

/**
 * An organization to find or create: the body of {@code findOrCreateOrganization} and the {@code organization} of an
 * {@code addLead} intake. Matched by its exact name; created with {@code POST /api/v2/organizations}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class OrganizationRequest {

    @JsonProperty("name")
    @JsonDeserialize(using = StrictStrings.class)
    private String name;
    @JsonProperty("address")
    @JsonDeserialize(using = StrictStrings.class)
    private String address;

    public OrganizationRequest() {
    }

    public OrganizationRequest(String name) {
        this.name = name;
    }

    /** Fluent setter of the address. */
    public OrganizationRequest address(String address) {
        this.address = address;
        return this;
    }

    /** The organization's name (required; also what it is matched on). */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The address as one line; sent as the address object's {@code value} when the organization is created. */
    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    /** The body of {@code POST /api/v2/organizations}. */
    public ObjectNode toCreateBody() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("name", name.trim());
        if (address != null && !address.isBlank()) {
            body.putObject("address").put("value", address.trim());
        }
        return body;
    }

    /** The rules of an organization, checked on its JSON; {@code field} is where it is (body, body.organization). */
    public static void validate(JsonNode organization, String field) {
        if (organization == null || !organization.isObject()) {
            throw new PipedriveValidationException(field, "must be an object with name and address");
        }
        JsonNode name = organization.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            throw new PipedriveValidationException(field + ".name", "is required and must be a non-empty string");
        }
        if (name.asText().length() > 255) {
            throw new PipedriveValidationException(field + ".name", "must be at most 255 characters");
        }
        JsonNode address = organization.get("address");
        if (address != null && !address.isNull() && !address.isTextual()) {
            throw new PipedriveValidationException(field + ".address", "must be a string");
        }
    }

    /** Validates the findOrCreateOrganization body. */
    public static void validateBody(ObjectNode body) {
        validate(body, "body");
    }

    /**
     * A property this model does not have is refused rather than dropped: {@code "email": "..."} instead of
     * {@code "emails": [...]} would otherwise create a contact without its address.
     */
    @JsonAnySetter
    public void rejectUnknown(String property, Object value) {
        throw new IllegalArgumentException("unknown property '" + property + "' (known: name, address)");
    }

    @Override
    public String toString() {
        return "OrganizationRequest[name=" + name + "]";
    }
}
