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

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One person or organization found by {@code GET /api/v2/persons/search} or {@code /api/v2/organizations/search}.
 */
public class ContactSearchItem extends ExtensibleModel {

    @JsonProperty("id")
    private Long id;
    @JsonProperty("type")
    private String type;
    @JsonProperty("name")
    private String name;
    @JsonProperty("emails")
    private List<String> emails;
    @JsonProperty("phones")
    private List<String> phones;
    @JsonProperty("organization")
    private ContactReference organization;
    @JsonProperty("address")
    private Object address;

    /** The person or organization id. */
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** person or organization. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** The name. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** A person's e-mail addresses. */
    public List<String> getEmails() {
        return emails;
    }

    public void setEmails(List<String> emails) {
        this.emails = emails;
    }

    /** A person's phone numbers. */
    public List<String> getPhones() {
        return phones;
    }

    public void setPhones(List<String> phones) {
        this.phones = phones;
    }

    /** A person's organization, or null. */
    public ContactReference getOrganization() {
        return organization;
    }

    public void setOrganization(ContactReference organization) {
        this.organization = organization;
    }

    /** An organization's address (a string in search results). */
    public Object getAddress() {
        return address;
    }

    public void setAddress(Object address) {
        this.address = address;
    }
}
