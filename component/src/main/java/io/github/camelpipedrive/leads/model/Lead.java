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

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Pipedrive lead as returned by the Leads API.
 * <p>
 * Properties the model does not know (new API fields and the company's custom fields, which are root-level properties
 * with 40-character hex keys) are kept in {@link #getAdditionalProperties()} and written back out unchanged, so a
 * lead survives a read-modify-write round trip.
 */
public class Lead extends ExtensibleModel {

    // labelIds and customFieldsByName are created on first use: most leads have no labels, and customFieldsByName
    // is filled only with resolveCustomFieldNames (docs/performance.md, "Allocation per lead"). Null in the field
    // means "empty, no collection yet", also after a setter was given null; the getters never return null.
    private static final VarHandle LABEL_IDS;
    private static final VarHandle CUSTOM_FIELDS_BY_NAME;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            LABEL_IDS = lookup.findVarHandle(Lead.class, "labelIds", List.class);
            CUSTOM_FIELDS_BY_NAME = lookup.findVarHandle(Lead.class, "customFieldsByName", Map.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private String id;
    private String title;
    private Long ownerId;
    private Long creatorId;
    private List<String> labelIds;
    private Long personId;
    private Long organizationId;
    private String sourceName;
    private String origin;
    private String originId;
    private Long channel;
    private String channelId;
    private Long sourceDealId;
    private boolean archived;
    private boolean wasSeen;
    private LeadValue value;
    private LocalDate expectedCloseDate;
    private Long nextActivityId;
    private Instant addTime;
    private Instant updateTime;
    private String visibleTo;
    private String ccEmail;
    private Map<String, Object> customFieldsByName;

    /** The lead id (a UUID). */
    @JsonProperty("id")
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The lead title. */
    @JsonProperty("title")
    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The owner's user id. */
    @JsonProperty("owner_id")
    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    /** The creator's user id. */
    @JsonProperty("creator_id")
    public Long getCreatorId() {
        return creatorId;
    }

    public void setCreatorId(Long creatorId) {
        this.creatorId = creatorId;
    }

    /** Ids of the lead labels attached to this lead (never null; a live, mutable list). */
    @JsonProperty("label_ids")
    @SuppressWarnings("unchecked")
    public List<String> getLabelIds() {
        List<String> list = labelIds;
        if (list != null) {
            return list;
        }
        // compare-and-set: two threads asking at once get the same list, and an add through one is never lost
        List<String> created = new ArrayList<>();
        Object witness = LABEL_IDS.compareAndExchange(this, null, created);
        return witness == null ? created : (List<String>) witness;
    }

    /** Null means no labels: {@link #getLabelIds()} then returns a new empty list. */
    public void setLabelIds(List<String> labelIds) {
        this.labelIds = labelIds;
    }

    /** The linked person, if any. */
    @JsonProperty("person_id")
    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    /** The linked organization, if any. */
    @JsonProperty("organization_id")
    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    /** The lead source name, {@code API} for leads created through the API. */
    @JsonProperty("source_name")
    public String getSourceName() {
        return sourceName;
    }

    public void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    /** How the lead was created, set by Pipedrive. */
    @JsonProperty("origin")
    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    /** Free-form id of the creating integration. */
    @JsonProperty("origin_id")
    public String getOriginId() {
        return originId;
    }

    public void setOriginId(String originId) {
        this.originId = originId;
    }

    /** The marketing channel id. */
    @JsonProperty("channel")
    public Long getChannel() {
        return channel;
    }

    public void setChannel(Long channel) {
        this.channel = channel;
    }

    /** The marketing channel discriminator. */
    @JsonProperty("channel_id")
    public String getChannelId() {
        return channelId;
    }

    public void setChannelId(String channelId) {
        this.channelId = channelId;
    }

    /** The deal this lead was converted from, if any. */
    @JsonProperty("source_deal_id")
    public Long getSourceDealId() {
        return sourceDealId;
    }

    public void setSourceDealId(Long sourceDealId) {
        this.sourceDealId = sourceDealId;
    }

    /** Whether the lead is archived. */
    @JsonProperty("is_archived")
    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    /** Whether the lead was seen by someone in the Pipedrive UI. */
    @JsonProperty("was_seen")
    public boolean isWasSeen() {
        return wasSeen;
    }

    public void setWasSeen(boolean wasSeen) {
        this.wasSeen = wasSeen;
    }

    /** The potential value, or null. */
    @JsonProperty("value")
    public LeadValue getValue() {
        return value;
    }

    public void setValue(LeadValue value) {
        this.value = value;
    }

    /** The expected close date, or null. */
    @JsonProperty("expected_close_date")
    public LocalDate getExpectedCloseDate() {
        return expectedCloseDate;
    }

    public void setExpectedCloseDate(LocalDate expectedCloseDate) {
        this.expectedCloseDate = expectedCloseDate;
    }

    /** The next activity, or null. */
    @JsonProperty("next_activity_id")
    public Long getNextActivityId() {
        return nextActivityId;
    }

    public void setNextActivityId(Long nextActivityId) {
        this.nextActivityId = nextActivityId;
    }

    /** When the lead was created (server time, millisecond precision). */
    @JsonProperty("add_time")
    public Instant getAddTime() {
        return addTime;
    }

    public void setAddTime(Instant addTime) {
        this.addTime = addTime;
    }

    /** When the lead was last updated. */
    @JsonProperty("update_time")
    public Instant getUpdateTime() {
        return updateTime;
    }

    public void setUpdateTime(Instant updateTime) {
        this.updateTime = updateTime;
    }

    /** Visibility: the string {@code "1"}, {@code "3"}, {@code "5"} or {@code "7"}. */
    @JsonProperty("visible_to")
    public String getVisibleTo() {
        return visibleTo;
    }

    public void setVisibleTo(String visibleTo) {
        this.visibleTo = visibleTo;
    }

    /** The lead's BCC e-mail address. */
    @JsonProperty("cc_email")
    public String getCcEmail() {
        return ccEmail;
    }

    public void setCcEmail(String ccEmail) {
        this.ccEmail = ccEmail;
    }


    /** Only the custom fields (40-hex keys and their sub-field keys such as {@code <key>_currency}). */
    @JsonIgnore
    public Map<String, Object> getCustomFields() {
        Map<String, Object> result = new LinkedHashMap<>();
        getAdditionalProperties().forEach((k, v) -> {
            if (CustomFields.isCustomFieldKey(k)) {
                result.put(k, v);
            }
        });
        return result;
    }

    /**
     * Custom fields by their human name, with option labels for enum and set fields. Filled only when the endpoint
     * option resolveCustomFieldNames is on; never sent back.
     */
    @JsonIgnore
    @SuppressWarnings("unchecked")
    public Map<String, Object> getCustomFieldsByName() {
        Map<String, Object> map = customFieldsByName;
        if (map != null) {
            return map;
        }
        Map<String, Object> created = new LinkedHashMap<>();
        Object witness = CUSTOM_FIELDS_BY_NAME.compareAndExchange(this, null, created);
        return witness == null ? created : (Map<String, Object>) witness;
    }

    /** Null means none: {@link #getCustomFieldsByName()} then returns a new empty map. */
    @JsonIgnore
    public void setCustomFieldsByName(Map<String, Object> customFieldsByName) {
        this.customFieldsByName = customFieldsByName;
    }

    /** The value of one custom field by its key, or null. */
    public Object customField(String key) {
        return getAdditionalProperties().get(key);
    }

    @Override
    public String toString() {
        return "Lead[id=" + id + ", title=" + title + ", addTime=" + addTime + ", archived=" + archived + "]";
    }
}
