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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code addLead}. Null properties are never sent: Pipedrive rejects JSON nulls on create.
 * <p>
 * A lead needs a title and a person or an organization (or both): existing ones by {@code person_id} /
 * {@code organization_id}, or, for a lead intake, a {@code person} / {@code organization} that the component finds or
 * creates first (see docs/lead-intake.md). Custom fields are set with
 * {@link #customField(String, Object)} using their 40-character keys.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AddLeadRequest {

    private String title;
    private Long ownerId;
    private List<String> labelIds;
    private Long personId;
    private Long organizationId;
    private PersonRequest person;
    private OrganizationRequest organization;
    private LeadValue value;
    private LocalDate expectedCloseDate;
    private String visibleTo;
    private Boolean wasSeen;
    private String originId;
    private Long channel;
    private String channelId;
    private final Map<String, Object> customFields = new LinkedHashMap<>();

    public AddLeadRequest() {
    }

    public AddLeadRequest(String title) {
        this.title = title;
    }

    /** Fluent setter for the person. */
    public AddLeadRequest personId(long personId) {
        this.personId = personId;
        return this;
    }

    /** Fluent setter for the organization. */
    public AddLeadRequest organizationId(long organizationId) {
        this.organizationId = organizationId;
        return this;
    }

    /** Fluent: the person to find or create (lead intake), instead of a person_id. */
    public AddLeadRequest person(PersonRequest person) {
        this.person = person;
        return this;
    }

    /** Fluent: the organization to find or create (lead intake), instead of an organization_id. */
    public AddLeadRequest organization(OrganizationRequest organization) {
        this.organization = organization;
        return this;
    }

    /**
     * Lead intake: the person to find (by e-mail address, then phone number) or create, instead of a person_id. The
     * component replaces it by the person_id before the lead is sent; it is never sent to Pipedrive as is.
     */
    @JsonProperty("person")
    public PersonRequest getPerson() {
        return person;
    }

    public void setPerson(PersonRequest person) {
        this.person = person;
    }

    /**
     * Lead intake: the organization to find (by exact name) or create, instead of an organization_id. Replaced by the
     * organization_id before the lead is sent.
     */
    @JsonProperty("organization")
    public OrganizationRequest getOrganization() {
        return organization;
    }

    public void setOrganization(OrganizationRequest organization) {
        this.organization = organization;
    }

    /** Fluent setter for the value. */
    public AddLeadRequest value(LeadValue value) {
        this.value = value;
        return this;
    }

    /** Fluent setter for the labels. */
    public AddLeadRequest labelIds(List<String> labelIds) {
        this.labelIds = labelIds;
        return this;
    }

    /** Fluent setter for one custom field (40-hex key). */
    public AddLeadRequest customField(String key, Object value) {
        setCustomField(key, value);
        return this;
    }

    /** The lead title (required). */
    @JsonProperty("title")
    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The owner; defaults to the user the token belongs to. */
    @JsonProperty("owner_id")
    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    /** Lead label ids. */
    @JsonProperty("label_ids")
    public List<String> getLabelIds() {
        return labelIds;
    }

    public void setLabelIds(List<String> labelIds) {
        this.labelIds = labelIds;
    }

    /** The existing person to link; required unless an organization is given. */
    @JsonProperty("person_id")
    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    /** The existing organization to link; required unless a person is given. */
    @JsonProperty("organization_id")
    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    /** The potential value; amount and currency both required when given. */
    @JsonProperty("value")
    public LeadValue getValue() {
        return value;
    }

    public void setValue(LeadValue value) {
        this.value = value;
    }

    /** Expected close date. */
    @JsonProperty("expected_close_date")
    public LocalDate getExpectedCloseDate() {
        return expectedCloseDate;
    }

    public void setExpectedCloseDate(LocalDate expectedCloseDate) {
        this.expectedCloseDate = expectedCloseDate;
    }

    /** Visibility: {@code "1"}, {@code "3"}, {@code "5"} or {@code "7"}. */
    @JsonProperty("visible_to")
    public String getVisibleTo() {
        return visibleTo;
    }

    public void setVisibleTo(String visibleTo) {
        this.visibleTo = visibleTo;
    }

    /** Whether the lead counts as seen. */
    @JsonProperty("was_seen")
    public Boolean getWasSeen() {
        return wasSeen;
    }

    public void setWasSeen(Boolean wasSeen) {
        this.wasSeen = wasSeen;
    }

    /** Free-form id of the creating integration (only settable on create). */
    @JsonProperty("origin_id")
    public String getOriginId() {
        return originId;
    }

    public void setOriginId(String originId) {
        this.originId = originId;
    }

    /** Marketing channel id. */
    @JsonProperty("channel")
    public Long getChannel() {
        return channel;
    }

    public void setChannel(Long channel) {
        this.channel = channel;
    }

    /** Marketing channel discriminator. */
    @JsonProperty("channel_id")
    public String getChannelId() {
        return channelId;
    }

    public void setChannelId(String channelId) {
        this.channelId = channelId;
    }

    /** Custom fields by key; null values are dropped because the API rejects nulls on create. */
    @JsonAnyGetter
    public Map<String, Object> getCustomFields() {
        return customFields;
    }

    /** Sets one custom field (or any property the model does not know). */
    @JsonAnySetter
    public void setCustomField(String key, Object value) {
        if (value == null) {
            customFields.remove(key);
        } else {
            customFields.put(key, value);
        }
    }

    @Override
    public String toString() {
        return "AddLeadRequest[title=" + title + ", personId=" + personId + ", organizationId=" + organizationId + "]";
    }
}
