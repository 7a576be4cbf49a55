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
package io.github.camelpipedrive.leads.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One lead's state. Mutated only under the store's write lock; every mutation must call
 * {@link #invalidate()} so the cached wire bytes are rebuilt on the next read. (The store's sorted
 * lead lists, {@link SortedLeads}, need nothing: every write drops them.)
 */
final class Lead {

    final String id;
    /** Creation sequence: the stable tie-break when add_time values are equal. */
    final long seq;
    final Instant addTime;
    final int creatorId;
    final String sourceName;
    final String origin;
    final String originId;
    final String ccEmail;
    final Integer sourceDealId;

    String title;
    int ownerId;
    List<String> labelIds = new ArrayList<>();
    Integer personId;
    Integer organizationId;
    Integer channel;
    String channelId;
    boolean archived;
    boolean wasSeen;
    /** Amount exactly as the client sent it (int or decimal); null together with currency. */
    JsonNode valueAmount;
    String valueCurrency;
    String expectedCloseDate;
    Integer nextActivityId;
    Instant updateTime;
    String visibleTo = "3";
    final Map<String, JsonNode> customFields = new LinkedHashMap<>();

    /** Wire bytes, rebuilt lazily; a benign race between readers only builds it twice. */
    private volatile byte[] cachedJson;

    Lead(String id, long seq, Instant addTime, int creatorId, String sourceName, String origin, String originId,
            String ccEmail, Integer sourceDealId) {
        this.id = id;
        this.seq = seq;
        this.addTime = addTime;
        this.updateTime = addTime;
        this.creatorId = creatorId;
        this.sourceName = sourceName;
        this.origin = origin;
        this.originId = originId;
        this.ccEmail = ccEmail;
        this.sourceDealId = sourceDealId;
    }

    void invalidate() {
        cachedJson = null;
    }

    boolean hasValue() {
        return valueAmount != null;
    }

    byte[] json() {
        byte[] json = cachedJson;
        if (json == null) {
            json = Json.write(this::writeTo);
            cachedJson = json;
        }
        return json;
    }

    /** Field order follows the reference's example payload (§10.1). */
    private void writeTo(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("title", title);
        g.writeNumberField("owner_id", ownerId);
        g.writeNumberField("creator_id", creatorId);
        g.writeArrayFieldStart("label_ids");
        for (String label : labelIds) {
            g.writeString(label);
        }
        g.writeEndArray();
        writeNullableInt(g, "person_id", personId);
        writeNullableInt(g, "organization_id", organizationId);
        g.writeStringField("source_name", sourceName);
        g.writeStringField("origin", origin);
        writeNullableString(g, "origin_id", originId);
        writeNullableInt(g, "channel", channel);
        writeNullableString(g, "channel_id", channelId);
        writeNullableInt(g, "source_deal_id", sourceDealId);
        g.writeBooleanField("is_archived", archived);
        g.writeBooleanField("was_seen", wasSeen);
        if (valueAmount == null) {
            g.writeNullField("value");
        } else {
            g.writeObjectFieldStart("value");
            g.writeFieldName("amount");
            g.writeTree(valueAmount);
            g.writeStringField("currency", valueCurrency);
            g.writeEndObject();
        }
        writeNullableString(g, "expected_close_date", expectedCloseDate);
        writeNullableInt(g, "next_activity_id", nextActivityId);
        g.writeStringField("add_time", Timestamps.format(addTime));
        g.writeStringField("update_time", Timestamps.format(updateTime));
        g.writeStringField("visible_to", visibleTo);
        g.writeStringField("cc_email", ccEmail);
        // custom fields sit at the root and only when set (reference §6)
        for (Map.Entry<String, JsonNode> field : customFields.entrySet()) {
            g.writeFieldName(field.getKey());
            g.writeTree(field.getValue());
        }
        g.writeEndObject();
    }

    private static void writeNullableInt(JsonGenerator g, String name, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    private static void writeNullableString(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }
}
