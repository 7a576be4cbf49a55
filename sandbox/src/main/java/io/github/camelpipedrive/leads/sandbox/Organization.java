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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One organization's state; mutated only under the store's write lock. */
final class Organization {

    final int id;
    Instant addTime;
    Instant updateTime;
    String name;
    int ownerId;
    int visibleTo = 3;
    List<Integer> labelIds = new ArrayList<>();
    /** The address object ({@code value} plus components), or null. */
    ObjectNode address;
    String website;
    String linkedin;
    JsonNode industry;
    JsonNode annualRevenue;
    JsonNode employeeCount;
    final Map<String, JsonNode> customFields = new LinkedHashMap<>();
    final SearchDoc.Slot index = new SearchDoc.Slot();

    Organization(int id, Instant addTime) {
        this.id = id;
        this.addTime = addTime;
        this.updateTime = addTime;
    }

    String addressText() {
        return address == null || !address.hasNonNull("value") ? null : address.get("value").asText();
    }

    SearchDoc searchDoc() {
        return new SearchDoc(name, List.of(), List.of(), null, addressText(), Contacts.searchableText(customFields));
    }

    /** The v2 {@code OrganizationItem} shape; {@code website} etc. are declared nullable there. */
    ObjectNode json() {
        ObjectNode node = Json.object();
        node.put("id", id);
        node.put("name", name);
        node.put("owner_id", ownerId);
        node.put("add_time", Contacts.v2Time(addTime));
        node.put("update_time", Contacts.v2Time(updateTime));
        node.put("is_deleted", false);
        node.put("visible_to", visibleTo);
        if (address != null) {
            node.set("address", address);
        }
        ArrayNode labels = node.putArray("label_ids");
        labelIds.forEach(labels::add);
        node.put("website", website);
        node.put("linkedin", linkedin);
        node.set("industry", nullable(industry));
        node.set("annual_revenue", nullable(annualRevenue));
        node.set("employee_count", nullable(employeeCount));
        ObjectNode custom = node.putObject("custom_fields");
        customFields.forEach(custom::set);
        return node;
    }

    private static JsonNode nullable(JsonNode value) {
        return value == null ? Json.MAPPER.nullNode() : value;
    }
}
