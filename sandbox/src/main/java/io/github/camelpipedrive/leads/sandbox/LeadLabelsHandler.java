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
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The {@code /v1/leadLabels} resource. POST answers 200, not 201, as the SPEC documents. */
final class LeadLabelsHandler {

    private final LeadStore store;

    LeadLabelsHandler(LeadStore store) {
        this.store = store;
    }

    void register(Router router) {
        router.add("v1", "GET", "leadLabels", "getLeadLabels", 10, (r, p) -> list())
                .add("v1", "POST", "leadLabels", "addLeadLabel", 10, (r, p) -> create(r))
                .add("v1", "PATCH", "leadLabels/([^/]+)", "updateLeadLabel", 10, (r, p) -> update(r, p[0]))
                .add("v1", "DELETE", "leadLabels/([^/]+)", "deleteLeadLabel", 6, (r, p) -> delete(p[0]));
    }

    /** No pagination: all labels, always (reference §1.10). */
    private SandboxResponse list() {
        List<byte[]> items = store.read(() -> {
            List<byte[]> all = new ArrayList<>();
            store.labels().forEach(label -> all.add(label.json()));
            return all;
        });
        return SandboxResponse.json(200, Envelope.list(items, null));
    }

    private SandboxResponse create(SandboxRequest request) {
        JsonNode body = request.jsonBody();
        validate(body);
        if (!body.has("name")) {
            throw ApiException.invalid("\"name\" is required");
        }
        if (!body.has("color")) {
            throw ApiException.invalid("\"color\" is required");
        }
        byte[] json = store.write(() -> {
            LeadLabel label = new LeadLabel(store.newUuid(), body.get("name").asText(), body.get("color").asText(),
                    store.now());
            store.putLabel(label);
            return label.json();
        });
        return SandboxResponse.json(200, Envelope.single(json));
    }

    private SandboxResponse update(SandboxRequest request, String id) {
        LeadsHandler.requireUuid(id);
        JsonNode body = request.jsonBody();
        validate(body);
        byte[] json = store.write(() -> {
            LeadLabel label = store.label(id);
            if (label == null) {
                throw ApiException.labelNotFound();
            }
            if (body.has("name")) {
                label.name = body.get("name").asText();
            }
            if (body.has("color")) {
                label.color = body.get("color").asText();
            }
            label.updateTime = store.now();
            return label.json();
        });
        return SandboxResponse.json(200, Envelope.single(json));
    }

    private SandboxResponse delete(String id) {
        LeadsHandler.requireUuid(id);
        store.removeLabel(id);
        return SandboxResponse.json(200, Envelope.single(LeadsHandler.idObject(id)));
    }

    private static void validate(JsonNode body) {
        LeadValidator.requireObject(body);
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode v = field.getValue();
            switch (field.getKey()) {
                case "name":
                    if (!v.isTextual()) {
                        throw ApiException.invalid("\"name\" must be a string");
                    }
                    if (v.asText().isBlank()) {
                        throw ApiException.invalid("\"name\" is not allowed to be empty");
                    }
                    break;
                case "color":
                    if (!v.isTextual() || !LeadLabel.COLORS.contains(v.asText())) {
                        throw ApiException.invalid("\"color\" must be one of [" + String.join(", ", LeadLabel.COLORS)
                                + "]");
                    }
                    break;
                default:
                    throw ApiException.invalid("\"" + field.getKey() + "\" is not allowed");
            }
        }
    }
}
