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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.leads.client.ApiRequest;
import io.github.camelpipedrive.leads.client.ApiResult;
import io.github.camelpipedrive.leads.client.ApiVersion;
import io.github.camelpipedrive.leads.client.PipedriveApiClient;
import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates, finds and deletes this component's webhook subscription ({@code POST/GET/DELETE /v1/webhooks}). These are
 * Pipedrive's webhook administration calls, not lead operations, so they are not rows of the operation table.
 * <p>
 * A subscription is "ours" when its URL is this endpoint's and its name is the configured name or starts with
 * {@link #NAME_PREFIX}. Registering reuses one of ours only when it can be trusted to send what this endpoint checks:
 * lead events of the configured action, version 2.0, active, the configured user, and a password that survives
 * restarts (configured, not generated). Any other of ours is deleted, so restarts never pile up subscriptions
 * (Pipedrive allows 40 per user).
 */
final class WebhookRegistrar {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRegistrar.class);
    /** Names of the subscriptions this component creates start with this. */
    static final String NAME_PREFIX = "camel-pipedrive-leads";
    /** Token costs of Pipedrive's API reference. */
    private static final int LIST_COST = 10;
    private static final int ADD_COST = 10;
    private static final int DELETE_COST = 6;

    /** What to subscribe to. The password is used for the request body only; it is never logged. */
    record Wanted(String url, String name, WebhookEventAction action, String user, String password,
                  boolean passwordConfigured) {
        @Override
        public String toString() {
            return "Wanted[" + url + ", " + name + ", " + action + "]";
        }
    }

    /** The subscription in place after registering: its id and whether an existing one was reused. */
    record Registration(long id, boolean reused) {
    }

    private final PipedriveApiClient client;
    private final ObjectMapper mapper;

    WebhookRegistrar(PipedriveApiClient client, ObjectMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    Registration register(Wanted wanted) {
        List<JsonNode> ours = new ArrayList<>();
        for (JsonNode hook : list()) {
            if (isOurs(hook, wanted)) {
                ours.add(hook);
            }
        }
        JsonNode reusable = null;
        for (JsonNode hook : ours) {
            if (reusable == null && reusable(hook, wanted)) {
                reusable = hook;
            }
        }
        for (JsonNode hook : ours) {
            if (hook != reusable) {
                long id = hook.path("id").asLong();
                LOG.info("Deleting webhook subscription {} for {}: {}", id, wanted.url(), whyNotReused(hook, wanted));
                delete(id);
            }
        }
        if (reusable != null) {
            long id = reusable.path("id").asLong();
            LOG.info("Reusing webhook subscription {} for {} ({}.lead)", id, wanted.url(), wanted.action().wire());
            return new Registration(id, true);
        }
        long id = add(wanted);
        LOG.info("Created webhook subscription {} for {} ({}.lead, version 2.0)", id, wanted.url(),
                wanted.action().wire());
        return new Registration(id, false);
    }

    /** Deletes a subscription; one already gone (404) counts as deleted. */
    void delete(long id) {
        ApiRequest request = new ApiRequest("deleteWebhook", "DELETE", ApiVersion.V1,
                "webhooks/" + id, Map.of(), null, DELETE_COST);
        try {
            client.call(request, 200);
        } catch (io.github.camelpipedrive.leads.exception.PipedriveApiException e) {
            if (e.getStatusCode() != 404) {
                throw e;
            }
        }
    }

    /** Every subscription of the user, as Pipedrive lists them. */
    List<JsonNode> list() {
        ApiRequest request = new ApiRequest("getWebhooks", "GET", ApiVersion.V1, "webhooks", Map.of(), null,
                LIST_COST);
        ApiResult result = client.call(request, 200);
        List<JsonNode> hooks = new ArrayList<>();
        JsonNode data = result.data();
        if (data.isArray()) {
            data.forEach(hooks::add);
        }
        return hooks;
    }

    private long add(Wanted wanted) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subscription_url", wanted.url());
        body.put("event_action", wanted.action().wire());
        body.put("event_object", "lead");
        body.put("name", wanted.name());
        body.put("version", "2.0");
        body.put("http_auth_user", wanted.user());
        body.put("http_auth_password", wanted.password());
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new PipedriveLeadsException("Cannot write the webhook subscription request", e);
        }
        ApiRequest request = new ApiRequest("addWebhook", "POST", ApiVersion.V1, "webhooks", Map.of(), json,
                ADD_COST);
        JsonNode id = client.call(request, 201).data().path("id");
        if (!id.canConvertToLong()) {
            throw new PipedriveLeadsException("Pipedrive created the webhook subscription for " + wanted.url()
                                              + " but its answer holds no id");
        }
        return id.asLong();
    }

    private static boolean isOurs(JsonNode hook, Wanted wanted) {
        String name = hook.path("name").asText("");
        // a subscription without a usable id can be neither reused nor deleted (DELETE webhooks/0 would be sent)
        return hook.path("id").asLong() > 0 && wanted.url().equals(hook.path("subscription_url").asText())
               && (name.startsWith(NAME_PREFIX) || name.equals(wanted.name()));
    }

    private static boolean reusable(JsonNode hook, Wanted wanted) {
        return whyNotReused(hook, wanted) == null;
    }

    /** Why one of ours cannot be reused, or null when it can. */
    private static String whyNotReused(JsonNode hook, Wanted wanted) {
        if (!"lead".equals(hook.path("event_object").asText())) {
            return "not a lead subscription";
        }
        if (!wanted.action().wire().equals(hook.path("event_action").asText())) {
            return "another event_action (" + hook.path("event_action").asText() + ")";
        }
        if (!hook.path("version").asText("2.0").startsWith("2")) {
            return "not a Webhooks v2 subscription";
        }
        JsonNode active = hook.get("is_active");
        if (active != null && !active.isNull() && !(active.asBoolean() || active.asInt() == 1)) {
            return "inactive (banned or disabled)";
        }
        if (!wanted.user().equals(hook.path("http_auth_user").asText())) {
            return "another http_auth_user";
        }
        if (!wanted.passwordConfigured()) {
            return "its password was generated by an earlier run and is unknown now";
        }
        JsonNode password = hook.get("http_auth_password");
        if (password != null && password.isTextual() && !password.asText().contains("*")
            && !java.security.MessageDigest.isEqual(password.asText().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    wanted.password().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            return "another http_auth_password";
        }
        return reusedName(hook, wanted);
    }

    private static String reusedName(JsonNode hook, Wanted wanted) {
        return wanted.name().equals(hook.path("name").asText()) ? null : "another name";
    }
}
