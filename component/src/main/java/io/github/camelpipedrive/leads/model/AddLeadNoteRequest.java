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

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import io.github.camelpipedrive.leads.producer.Ids;

/**
 * Body of {@code addLeadNote} ({@code POST /v1/notes}): the content and the lead it is attached to. When the body has
 * no {@code lead_id}, the lead id header or the {@code id} option gives it; when it has no
 * {@code pinned_to_lead_flag}, the {@code pinnedToLead} option does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AddLeadNoteRequest {

    @JsonProperty("content")
    @JsonDeserialize(using = StrictStrings.class)
    private String content;
    @JsonProperty("lead_id")
    @JsonDeserialize(using = StrictStrings.class)
    private String leadId;
    @JsonProperty("pinned_to_lead_flag")
    private Integer pinnedToLeadFlag;
    @JsonProperty("user_id")
    private Long userId;
    @JsonProperty("add_time")
    private String addTime;

    public AddLeadNoteRequest() {
    }

    public AddLeadNoteRequest(String content) {
        this.content = content;
    }

    /** Fluent setter of the lead. */
    public AddLeadNoteRequest leadId(String leadId) {
        this.leadId = leadId;
        return this;
    }

    /** Fluent: pins the note to the lead (or not). */
    public AddLeadNoteRequest pinned(boolean pinned) {
        this.pinnedToLeadFlag = pinned ? 1 : 0;
        return this;
    }

    /** The note's content (HTML; required). */
    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    /** The lead (UUID). */
    public String getLeadId() {
        return leadId;
    }

    public void setLeadId(String leadId) {
        this.leadId = leadId;
    }

    /** 1 to pin the note to the lead, 0 not to. */
    public Integer getPinnedToLeadFlag() {
        return pinnedToLeadFlag;
    }

    public void setPinnedToLeadFlag(Integer pinnedToLeadFlag) {
        this.pinnedToLeadFlag = pinnedToLeadFlag;
    }

    /** The author (user id); defaults to the token's user. */
    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    /** Creation time, UTC, YYYY-MM-DD HH:MM:SS (defaults to now). */
    public String getAddTime() {
        return addTime;
    }

    public void setAddTime(String addTime) {
        this.addTime = addTime;
    }

    /** The API's rules, checked on the JSON that would be sent (after lead_id and the pin were filled in). */
    public static void validate(ObjectNode body) {
        JsonNode content = body.get("content");
        if (content == null || !content.isTextual() || content.asText().isBlank()) {
            throw new PipedriveValidationException("body.content", "is required and must be a non-empty string");
        }
        JsonNode lead = body.get("lead_id");
        if (lead == null || !lead.isTextual()) {
            throw new PipedriveValidationException("body.lead_id", "is required: set it in the body, the header "
                    + "CamelPipedriveLeadsId or the option id");
        }
        if (!Ids.isUuid(lead.asText())) {
            throw new PipedriveValidationException("body.lead_id", "must be a lead id (UUID)");
        }
        JsonNode pinned = body.get("pinned_to_lead_flag");
        if (pinned != null && !(pinned.isIntegralNumber() && (pinned.asInt() == 0 || pinned.asInt() == 1))) {
            throw new PipedriveValidationException("body.pinned_to_lead_flag", "must be 0 or 1");
        }
        JsonNode user = body.get("user_id");
        if (user != null && !(user.isIntegralNumber() && user.asLong() > 0)) {
            throw new PipedriveValidationException("body.user_id", "must be a positive whole number");
        }
        JsonNode addTime = body.get("add_time");
        if (addTime != null && !(addTime.isTextual()
                                 && addTime.asText().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"))) {
            throw new PipedriveValidationException("body.add_time", "must be UTC time as YYYY-MM-DD HH:MM:SS");
        }
    }

    @Override
    public String toString() {
        return "AddLeadNoteRequest[leadId=" + leadId + "]";
    }
}
