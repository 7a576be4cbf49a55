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

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.leads.model.Lead;

/**
 * Reads a Webhooks v2 delivery ({@code meta}, {@code data}, {@code previous}) into a {@link LeadEvent}.
 */
final class WebhookPayloads {

    /** A lead id as Pipedrive writes them (a UUID), liberally: letters, digits, dashes and underscores. */
    private static final java.util.regex.Pattern LEAD_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,100}");

    /** A delivery read: the event, or why it is not one for this endpoint (then it is answered 2xx and dropped). */
    record Parsed(LeadEvent event, String ignoredBecause) {
    }

    /** The body is not a v2 delivery at all: answered 400. The message names what is wrong, never the content. */
    static final class MalformedPayloadException extends Exception {
        MalformedPayloadException(String message) {
            super(message);
        }
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    WebhookPayloads(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Parsed parse(byte[] body) throws MalformedPayloadException {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedPayloadException("the body is not JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new MalformedPayloadException("the body cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedPayloadException("the body is not a JSON object");
        }
        JsonNode metaNode = root.get("meta");
        if (metaNode == null || !metaNode.isObject()) {
            throw new MalformedPayloadException("the body has no meta object (not a Webhooks v2 delivery)");
        }
        LeadEventMeta meta;
        Lead lead = null;
        Map<String, Object> previous = null;
        try {
            meta = mapper.treeToValue(metaNode, LeadEventMeta.class);
            JsonNode data = root.get("data");
            if (data != null && data.isObject()) {
                lead = mapper.treeToValue(data, Lead.class);
            }
            JsonNode prev = root.get("previous");
            if (prev != null && prev.isObject()) {
                previous = mapper.convertValue(prev, MAP);
            }
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedPayloadException("meta, data or previous does not have the expected shape ("
                                                + e.getClass().getSimpleName() + ")");
        }
        String entity = meta.getEntity();
        if (entity != null && !"lead".equalsIgnoreCase(entity)) {
            return new Parsed(null, "it is about a " + entity + ", not a lead");
        }
        LeadEventAction action = LeadEventAction.parse(meta.getAction());
        if (action == null) {
            return new Parsed(null, "its action '" + meta.getAction() + "' is not create, change or delete");
        }
        String leadId = meta.getEntityId();
        if (leadId == null && lead != null) {
            leadId = lead.getId();
        }
        if (leadId == null && previous != null && previous.get("id") instanceof String id) {
            leadId = id;
        }
        if (leadId == null) {
            throw new MalformedPayloadException("the delivery names no lead (no meta.entity_id, data.id or previous.id)");
        }
        if (!LEAD_ID.matcher(leadId).matches()) {
            // the id goes into a header, logs and maybe a request path: only the shape of an id gets that far
            throw new MalformedPayloadException("the lead id is not an id (" + leadId.length() + " characters, not"
                                                + " letters, digits and dashes)");
        }
        if (action == LeadEventAction.DELETE) {
            lead = null;
        } else if (lead == null) {
            throw new MalformedPayloadException("a " + action.wireName() + " delivery has no data object");
        } else if (lead.getId() == null) {
            lead.setId(leadId);
        }
        return new Parsed(new LeadEvent(action, leadId, lead, previous, meta, LeadEventSource.PUSH), null);
    }
}
