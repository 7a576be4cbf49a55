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
package io.github.camelpipedrive.leads.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code meta} object of a Webhooks v2 delivery. Ids are kept as strings: Pipedrive sends some as numbers and
 * some as strings. Unknown fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class LeadEventMeta {

    @JsonProperty("id")
    private String id;
    @JsonProperty("action")
    private String action;
    @JsonProperty("entity")
    private String entity;
    @JsonProperty("entity_id")
    private String entityId;
    @JsonProperty("version")
    private String version;
    @JsonProperty("company_id")
    private String companyId;
    @JsonProperty("user_id")
    private String userId;
    @JsonProperty("correlation_id")
    private String correlationId;
    @JsonProperty("timestamp")
    private Instant timestamp;
    @JsonProperty("type")
    private String type;
    @JsonProperty("is_bulk_edit")
    private Boolean bulkEdit;
    @JsonProperty("webhook_id")
    private String webhookId;
    @JsonProperty("webhook_owner_id")
    private String webhookOwnerId;
    @JsonProperty("change_source")
    private String changeSource;
    @JsonProperty("permitted_user_ids")
    private List<String> permittedUserIds = new ArrayList<>();
    @JsonProperty("attempt")
    private Integer attempt;
    @JsonProperty("host")
    private String host;

    /** The id of this event (the same on every retry of it). */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** create, change or delete. */
    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    /** The object type: lead. */
    public String getEntity() {
        return entity;
    }

    public void setEntity(String entity) {
        this.entity = entity;
    }

    /** The lead's id. */
    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    /** The webhook version, 2.0. */
    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getCompanyId() {
        return companyId;
    }

    public void setCompanyId(String companyId) {
        this.companyId = companyId;
    }

    /** The user who made the change. */
    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    /** Ties together the events of one change. */
    public String getCorrelationId() {
        return correlationId;
    }

    public void setCorrelationId(String correlationId) {
        this.correlationId = correlationId;
    }

    /** When the event was emitted. */
    public Instant getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Instant timestamp) {
        this.timestamp = timestamp;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Boolean getBulkEdit() {
        return bulkEdit;
    }

    public void setBulkEdit(Boolean bulkEdit) {
        this.bulkEdit = bulkEdit;
    }

    /** The subscription that delivered the event. */
    public String getWebhookId() {
        return webhookId;
    }

    public void setWebhookId(String webhookId) {
        this.webhookId = webhookId;
    }

    public String getWebhookOwnerId() {
        return webhookOwnerId;
    }

    public void setWebhookOwnerId(String webhookOwnerId) {
        this.webhookOwnerId = webhookOwnerId;
    }

    /** Where the change was made, for example app or api. */
    public String getChangeSource() {
        return changeSource;
    }

    public void setChangeSource(String changeSource) {
        this.changeSource = changeSource;
    }

    public List<String> getPermittedUserIds() {
        return permittedUserIds;
    }

    public void setPermittedUserIds(List<String> permittedUserIds) {
        this.permittedUserIds = permittedUserIds;
    }

    /** The delivery attempt, 1 for the first. */
    public Integer getAttempt() {
        return attempt;
    }

    public void setAttempt(Integer attempt) {
        this.attempt = attempt;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }
}
