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
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The lead as a Webhooks v2 payload carries it in {@code data}/{@code previous}, which is not the
 * REST shape of {@code GET /v1/leads/{id}}: the field list and order follow the captured
 * {@code change.lead} sample of the reference (§7). Differences from the REST shape, by decision:
 * custom fields sit in a {@code custom_fields} object (the v2 format, reference §6) instead of at
 * the root, a monetary field's {@code <key>_currency} companion is folded into
 * {@code {"value": .., "currency": ..}}, and {@code visible_to}, {@code cc_email} and
 * {@code source_deal_id} are left out because the sample does not have them.
 */
final class WebhookLeadShape {

    private static final String CURRENCY_SUFFIX = "_currency";

    private WebhookLeadShape() {
    }

    static ObjectNode of(Lead lead) {
        ObjectNode n = Json.object();
        n.put("id", lead.id);
        n.put("title", lead.title);
        n.put("owner_id", lead.ownerId);
        n.put("creator_id", lead.creatorId);
        n.put("person_id", lead.personId);
        n.put("organization_id", lead.organizationId);
        lead.labelIds.forEach(n.putArray("label_ids")::add);
        if (lead.valueAmount == null) {
            n.putNull("value");
        } else {
            ObjectNode value = n.putObject("value");
            value.set("amount", lead.valueAmount);
            value.put("currency", lead.valueCurrency);
        }
        n.put("expected_close_date", lead.expectedCloseDate);
        n.put("next_activity_id", lead.nextActivityId);
        n.put("is_archived", lead.archived);
        n.put("was_seen", lead.wasSeen);
        n.put("source_name", lead.sourceName);
        n.put("origin", lead.origin);
        n.put("origin_id", lead.originId);
        n.put("channel", lead.channel);
        n.put("channel_id", lead.channelId);
        n.set("custom_fields", customFields(lead.customFields));
        n.put("add_time", Timestamps.format(lead.addTime));
        n.put("update_time", Timestamps.format(lead.updateTime));
        return n;
    }

    private static ObjectNode customFields(Map<String, JsonNode> fields) {
        ObjectNode out = Json.object();
        for (Map.Entry<String, JsonNode> field : fields.entrySet()) {
            String key = field.getKey();
            boolean companion = key.endsWith(CURRENCY_SUFFIX)
                    && fields.containsKey(key.substring(0, key.length() - CURRENCY_SUFFIX.length()));
            if (companion) {
                continue; // folded into its amount below
            }
            JsonNode currency = fields.get(key + CURRENCY_SUFFIX);
            if (currency != null) {
                ObjectNode money = out.putObject(key);
                money.set("value", field.getValue());
                money.set("currency", currency);
            } else {
                out.set(key, field.getValue());
            }
        }
        return out;
    }
}
