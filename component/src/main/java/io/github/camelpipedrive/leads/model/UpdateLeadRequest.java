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
import java.util.List;
import java.util.Map;

/**
 * Body of {@code updateLead} (PATCH). Only what is set is sent; a property set to {@code null} is sent as
 * {@code null}, which makes Pipedrive unset it (for example {@code value}, {@code person_id} or
 * {@code organization_id}).
 *
 * <pre>{@code
 * new UpdateLeadRequest().title("Renamed").value(null);   // sends {"title":"Renamed","value":null}
 * }</pre>
 */
public class UpdateLeadRequest extends PatchRequest {

    /** Properties of a lead that the API lets a PATCH change (custom fields aside). */
    public static final List<String> UPDATABLE = List.of("title", "owner_id", "label_ids", "person_id",
            "organization_id", "is_archived", "value", "expected_close_date", "visible_to", "was_seen", "channel",
            "channel_id");

    /**
     * An update that writes back every updatable property and custom field of a lead read earlier, for
     * read-modify-write flows.
     */
    public static UpdateLeadRequest from(Lead lead, com.fasterxml.jackson.databind.ObjectMapper mapper) {
        UpdateLeadRequest request = new UpdateLeadRequest();
        @SuppressWarnings("unchecked")
        Map<String, Object> all = mapper.convertValue(lead, Map.class);
        all.forEach((key, value) -> {
            if (UPDATABLE.contains(key) || CustomFields.isCustomFieldKey(key)) {
                request.set(key, value);
            }
        });
        return request;
    }

    public UpdateLeadRequest title(String title) {
        set("title", title);
        return this;
    }

    public UpdateLeadRequest ownerId(Long ownerId) {
        set("owner_id", ownerId);
        return this;
    }

    public UpdateLeadRequest labelIds(List<String> labelIds) {
        set("label_ids", labelIds);
        return this;
    }

    public UpdateLeadRequest personId(Long personId) {
        set("person_id", personId);
        return this;
    }

    public UpdateLeadRequest organizationId(Long organizationId) {
        set("organization_id", organizationId);
        return this;
    }

    public UpdateLeadRequest archived(Boolean archived) {
        set("is_archived", archived);
        return this;
    }

    public UpdateLeadRequest value(LeadValue value) {
        set("value", value);
        return this;
    }

    public UpdateLeadRequest expectedCloseDate(LocalDate date) {
        set("expected_close_date", date);
        return this;
    }

    public UpdateLeadRequest visibleTo(String visibleTo) {
        set("visible_to", visibleTo);
        return this;
    }

    public UpdateLeadRequest wasSeen(Boolean wasSeen) {
        set("was_seen", wasSeen);
        return this;
    }

    public UpdateLeadRequest channel(Long channel) {
        set("channel", channel);
        return this;
    }

    public UpdateLeadRequest channelId(String channelId) {
        set("channel_id", channelId);
        return this;
    }

    /** Sets (or, with null, unsets) a custom field by its 40-hex key. */
    public UpdateLeadRequest customField(String key, Object value) {
        set(key, value);
        return this;
    }
}
