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

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A note (v1 {@code Note}) attached to a lead by {@code addLeadNote} and listed by {@code getLeadNotes}.
 */
public class Note extends ExtensibleModel {

    @JsonProperty("id")
    private Long id;
    @JsonProperty("content")
    private String content;
    @JsonProperty("lead_id")
    private String leadId;
    @JsonProperty("deal_id")
    private Long dealId;
    @JsonProperty("person_id")
    private Long personId;
    @JsonProperty("org_id")
    private Long orgId;
    @JsonProperty("user_id")
    private Long userId;
    @JsonProperty("active_flag")
    private Boolean activeFlag;
    @JsonProperty("pinned_to_lead_flag")
    private Boolean pinnedToLeadFlag;
    @JsonProperty("add_time")
    private String addTime;
    @JsonProperty("update_time")
    private String updateTime;

    /** The note id. */
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The content (HTML). */
    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    /** The lead the note is attached to. */
    public String getLeadId() {
        return leadId;
    }

    public void setLeadId(String leadId) {
        this.leadId = leadId;
    }

    /** The deal, if any. */
    public Long getDealId() {
        return dealId;
    }

    public void setDealId(Long dealId) {
        this.dealId = dealId;
    }

    /** The person, if any. */
    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    /** The organization, if any. */
    public Long getOrgId() {
        return orgId;
    }

    public void setOrgId(Long orgId) {
        this.orgId = orgId;
    }

    /** The author (user id). */
    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    /** Whether the note is active. */
    public Boolean getActiveFlag() {
        return activeFlag;
    }

    public void setActiveFlag(Boolean activeFlag) {
        this.activeFlag = activeFlag;
    }

    /** Whether the note is pinned to the lead (not in the published model; read when the API sends it). */
    public Boolean getPinnedToLeadFlag() {
        return pinnedToLeadFlag;
    }

    public void setPinnedToLeadFlag(Boolean pinnedToLeadFlag) {
        this.pinnedToLeadFlag = pinnedToLeadFlag;
    }

    /** When the note was created (UTC, YYYY-MM-DD HH:MM:SS). */
    public String getAddTime() {
        return addTime;
    }

    public void setAddTime(String addTime) {
        this.addTime = addTime;
    }

    /** When the note was last updated. */
    public String getUpdateTime() {
        return updateTime;
    }

    public void setUpdateTime(String updateTime) {
        this.updateTime = updateTime;
    }
}
