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

/** One person's state; mutated only under the store's write lock. */
final class Person {

    final int id;
    Instant addTime;
    Instant updateTime;
    String name;
    int ownerId;
    Integer orgId;
    List<ContactChannel> emails = new ArrayList<>();
    List<ContactChannel> phones = new ArrayList<>();
    List<ContactChannel> im = new ArrayList<>();
    int visibleTo = 3;
    List<Integer> labelIds = new ArrayList<>();
    String marketingStatus;
    JsonNode postalAddress;
    String notes;
    String birthday;
    String jobTitle;
    final Map<String, JsonNode> customFields = new LinkedHashMap<>();
    final SearchDoc.Slot index = new SearchDoc.Slot();

    Person(int id, Instant addTime) {
        this.id = id;
        this.addTime = addTime;
        this.updateTime = addTime;
    }

    SearchDoc searchDoc() {
        List<String> emailValues = new ArrayList<>();
        emails.forEach(e -> emailValues.add(e.value()));
        List<String> phoneValues = new ArrayList<>();
        phones.forEach(p -> phoneValues.add(p.value()));
        return new SearchDoc(name, List.copyOf(emailValues), List.copyOf(phoneValues), orgId, null,
                Contacts.searchableText(customFields));
    }

    /**
     * The v2 {@code Person} shape of the official client. Its properties are optional and none is
     * nullable, so what the person does not have (an organization, a picture) is left out.
     */
    ObjectNode json() {
        ObjectNode node = Json.object();
        node.put("id", id);
        node.put("name", name);
        int space = name.indexOf(' ');
        node.put("first_name", space < 0 ? name : name.substring(0, space));
        node.put("last_name", space < 0 ? "" : name.substring(space + 1));
        node.put("owner_id", ownerId);
        if (orgId != null) {
            node.put("org_id", orgId);
        }
        node.put("add_time", Contacts.v2Time(addTime));
        node.put("update_time", Contacts.v2Time(updateTime));
        channels(node.putArray("emails"), emails);
        channels(node.putArray("phones"), phones);
        node.put("is_deleted", false);
        node.put("visible_to", visibleTo);
        ArrayNode labels = node.putArray("label_ids");
        labelIds.forEach(labels::add);
        if (!im.isEmpty()) {
            channels(node.putArray("im"), im);
        }
        if (postalAddress != null) {
            node.set("postal_address", postalAddress);
        }
        if (notes != null) {
            node.put("notes", notes);
        }
        if (birthday != null) {
            node.put("birthday", birthday);
        }
        if (jobTitle != null) {
            node.put("job_title", jobTitle);
        }
        if (marketingStatus != null) {
            node.put("marketing_status", marketingStatus);
        }
        ObjectNode custom = node.putObject("custom_fields");
        customFields.forEach(custom::set);
        return node;
    }

    private static void channels(ArrayNode target, List<ContactChannel> values) {
        values.forEach(c -> target.add(c.json()));
    }
}
