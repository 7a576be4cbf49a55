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
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Something that happened to one lead, captured under the store's write lock at the moment it
 * happened: the lead in the webhook's lead shape ({@link WebhookLeadShape}) before and after. The
 * webhook deliverer turns it into one Webhooks v2 payload per matching subscription.
 */
final class LeadEvent {

    /** Who caused the event, as {@code meta.change_source} reports it. */
    static final String SOURCE_API = "api";
    static final String SOURCE_APP = "app";

    /** The v2 event actions; the wire value is the lower-case name. */
    enum Action {
        CREATE, CHANGE, DELETE;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Receives events; called with the store's write lock held, so it must only enqueue. */
    interface Listener {
        /**
         * @return whether anyone could receive an event now; when not, the store skips building
         *     events at all (the lead snapshots would cost every write for nothing)
         */
        boolean listening();

        void onLeadEvent(LeadEvent event);
    }

    static final Listener NONE = new Listener() {
        @Override
        public boolean listening() {
            return false;
        }

        @Override
        public void onLeadEvent(LeadEvent event) {
            // nobody listens
        }
    };

    final Action action;
    final String leadId;
    /** The lead now; null for delete. */
    final ObjectNode data;
    /** Null for create; the old values of the changed fields for change; the last state for delete. */
    final ObjectNode previous;
    final Instant timestamp;
    final String changeSource;
    final List<Integer> permittedUserIds;

    private LeadEvent(Action action, String leadId, ObjectNode data, ObjectNode previous, Instant timestamp,
            String changeSource, List<Integer> permittedUserIds) {
        this.action = action;
        this.leadId = leadId;
        this.data = data;
        this.previous = previous;
        this.timestamp = timestamp;
        this.changeSource = changeSource;
        this.permittedUserIds = List.copyOf(permittedUserIds);
    }

    static LeadEvent created(Lead lead, Instant at, String source) {
        return new LeadEvent(Action.CREATE, lead.id, WebhookLeadShape.of(lead), null, at, source, permitted(lead));
    }

    /**
     * @param before the lead's webhook shape before the change
     * @return the change event, or null when no field changed (nothing to tell)
     */
    static LeadEvent changed(ObjectNode before, Lead lead, Instant at, String source) {
        ObjectNode after = WebhookLeadShape.of(lead);
        ObjectNode previous = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = before.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().equals(after.get(field.getKey()))) {
                previous.set(field.getKey(), field.getValue());
            }
        }
        if (previous.isEmpty()) {
            return null;
        }
        return new LeadEvent(Action.CHANGE, lead.id, after, previous, at, source, permitted(lead));
    }

    static LeadEvent deleted(Lead lead, Instant at, String source) {
        return new LeadEvent(Action.DELETE, lead.id, null, WebhookLeadShape.of(lead), at, source, permitted(lead));
    }

    /** The same users {@code GET /leads/{id}/permittedUsers} lists: owner, then creator if different. */
    private static List<Integer> permitted(Lead lead) {
        return lead.creatorId == lead.ownerId ? List.of(lead.ownerId) : List.of(lead.ownerId, lead.creatorId);
    }
}
