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

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated create/update body: only the properties the client sent, already normalized.
 * A {@code null} value means "unset" (only ever present for nullable properties).
 */
final class LeadChanges {

    private final Map<String, JsonNode> fields = new LinkedHashMap<>();

    void put(String key, JsonNode value) {
        fields.put(key, value == null || value.isNull() ? null : value);
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    JsonNode get(String key) {
        return fields.get(key);
    }

    int size() {
        return fields.size();
    }

    /** Resulting person id if these changes were applied to {@code lead} (or to a new lead). */
    Integer resultingPerson(Lead lead) {
        if (has("person_id")) {
            JsonNode v = get("person_id");
            return v == null ? null : v.asInt();
        }
        return lead == null ? null : lead.personId;
    }

    Integer resultingOrganization(Lead lead) {
        if (has("organization_id")) {
            JsonNode v = get("organization_id");
            return v == null ? null : v.asInt();
        }
        return lead == null ? null : lead.organizationId;
    }

    /** Applies every property except the create-only {@code origin_id} and {@code is_archived}. */
    void applyTo(Lead lead) {
        for (Map.Entry<String, JsonNode> e : fields.entrySet()) {
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "title":
                    lead.title = v.asText();
                    break;
                case "owner_id":
                    lead.ownerId = v.asInt();
                    break;
                case "label_ids":
                    List<String> labels = new ArrayList<>();
                    v.forEach(label -> {
                        if (!labels.contains(label.asText())) {
                            labels.add(label.asText());
                        }
                    });
                    lead.labelIds = labels;
                    break;
                case "person_id":
                    lead.personId = v == null ? null : v.asInt();
                    break;
                case "organization_id":
                    lead.organizationId = v == null ? null : v.asInt();
                    break;
                case "value":
                    lead.valueAmount = v == null ? null : v.get("amount");
                    lead.valueCurrency = v == null ? null : v.get("currency").asText();
                    break;
                case "expected_close_date":
                    lead.expectedCloseDate = v == null ? null : v.asText();
                    break;
                case "visible_to":
                    lead.visibleTo = v.asText();
                    break;
                case "was_seen":
                    lead.wasSeen = v.asBoolean();
                    break;
                case "channel":
                    lead.channel = v == null ? null : v.asInt();
                    break;
                case "channel_id":
                    lead.channelId = v == null ? null : v.asText();
                    break;
                case "is_archived":
                case "origin_id":
                    // handled by the store: archiving has its own rules, origin_id is set at creation
                    break;
                default:
                    if (v == null) {
                        lead.customFields.remove(e.getKey());
                        String currency = e.getKey() + "_currency";
                        if (LeadFieldCatalog.isCustomKey(currency) && !fields.containsKey(currency)) {
                            // a monetary field is one value: clearing its amount clears its currency too
                            lead.customFields.remove(currency);
                        }
                    } else {
                        lead.customFields.put(e.getKey(), v);
                    }
            }
        }
        lead.invalidate();
    }
}
