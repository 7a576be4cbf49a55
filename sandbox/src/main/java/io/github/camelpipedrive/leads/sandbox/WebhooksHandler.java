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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code /v1/webhooks} resource (token costs per the reference §7: add 10, list 10, delete 6).
 * Responses carry {@code "status": "ok"} next to {@code success}, as the API reference's examples
 * for this resource show; creation answers 201.
 */
final class WebhooksHandler {

    private final WebhookRegistry registry;

    WebhooksHandler(WebhookRegistry registry) {
        this.registry = registry;
    }

    void register(Router router) {
        router.add("v1", "POST", "webhooks", "addWebhook", 10, (r, p) -> add(r))
                .add("v1", "GET", "webhooks", "getWebhooks", 10, (r, p) -> list())
                .add("v1", "DELETE", "webhooks/([^/]+)", "deleteWebhook", 6, (r, p) -> delete(p[0]));
    }

    private SandboxResponse add(SandboxRequest request) {
        WebhookRegistry.Entry entry = registry.add(request.jsonBody(), LeadStore.DEFAULT_USER);
        ObjectNode body = ok();
        body.set("data", entry.json());
        return SandboxResponse.json(201, Json.bytes(body));
    }

    private SandboxResponse list() {
        ObjectNode body = ok();
        ArrayNode data = body.putArray("data");
        registry.listJson().forEach(data::add);
        return SandboxResponse.json(200, Json.bytes(body));
    }

    private SandboxResponse delete(String id) {
        long webhookId;
        try {
            webhookId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw WebhookRegistry.invalid("id", "must be an integer");
        }
        registry.remove(webhookId);
        return SandboxResponse.json(200, Json.bytes(ok()));
    }

    private static ObjectNode ok() {
        ObjectNode body = Json.object();
        body.put("status", "ok");
        body.put("success", true);
        return body;
    }
}
