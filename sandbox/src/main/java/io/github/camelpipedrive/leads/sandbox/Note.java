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

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One note; mutated only under the store's write lock. */
final class Note {

    final int id;
    Instant addTime;
    Instant updateTime;
    String content;
    String leadId;
    Integer dealId;
    Integer personId;
    Integer orgId;
    int userId = LeadStore.DEFAULT_USER;
    Integer lastUpdateUserId;
    boolean pinnedToLead;
    boolean pinnedToDeal;
    boolean pinnedToOrganization;
    boolean pinnedToPerson;

    Note(int id, Instant addTime) {
        this.id = id;
        this.addTime = addTime;
        this.updateTime = addTime;
    }

    boolean linked() {
        return leadId != null || dealId != null || personId != null || orgId != null;
    }

    /**
     * The v1 {@code Note} shape. The client's model declares the links and the related objects
     * nullable, so a missing link is sent as {@code null}. It has no {@code pinned_to_lead_flag},
     * but the SPEC's example carries one, so it is sent too.
     */
    ObjectNode json(Contacts names, DealTitles deals) {
        ObjectNode node = Json.object();
        node.put("id", id);
        node.put("user_id", userId);
        putNullable(node, "deal_id", dealId);
        putNullable(node, "person_id", personId);
        putNullable(node, "org_id", orgId);
        node.put("lead_id", leadId);
        node.putNull("project_id");
        node.putNull("task_id");
        node.put("content", content);
        node.put("add_time", Contacts.v1Time(addTime));
        node.put("update_time", Contacts.v1Time(updateTime));
        node.put("active_flag", true);
        node.put("pinned_to_lead_flag", pinnedToLead);
        node.put("pinned_to_deal_flag", pinnedToDeal);
        node.put("pinned_to_organization_flag", pinnedToOrganization);
        node.put("pinned_to_person_flag", pinnedToPerson);
        node.put("pinned_to_project_flag", false);
        node.put("pinned_to_task_flag", false);
        putNullable(node, "last_update_user_id", lastUpdateUserId);
        String orgName = orgId == null ? null : names.organizationName(orgId);
        if (orgName == null) {
            node.putNull("organization");
        } else {
            node.putObject("organization").put("name", orgName);
        }
        String personName = personId == null ? null : names.personName(personId);
        if (personName == null) {
            node.putNull("person");
        } else {
            node.putObject("person").put("name", personName);
        }
        String dealTitle = dealId == null ? null : deals.dealTitle(dealId);
        if (dealTitle == null) {
            node.putNull("deal");
        } else {
            node.putObject("deal").put("title", dealTitle);
        }
        node.putNull("project");
        node.putNull("task");
        ObjectNode user = node.putObject("user");
        user.put("email", "user" + userId + "@sandbox.invalid");
        user.put("name", "User " + userId);
        user.putNull("icon_url");
        user.put("is_you", userId == LeadStore.DEFAULT_USER);
        return node;
    }

    private static void putNullable(ObjectNode node, String name, Integer value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
