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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST/GET/DELETE /v1/webhooks}: shapes, validation, the 40-per-user limit, token costs and auth. */
class SandboxWebhooksTest {

    private static final String URL = "https://hooks.example.com/pipedrive";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T10:00:00Z"));
    private PipedriveSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void start() {
        sandbox = PipedriveSandbox.builder().clock(clock).build();
        http = new SandboxHttp(sandbox.start(), sandbox.apiToken());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static String body(String action, String object, String name, String extra) {
        return "{\"subscription_url\":\"" + URL + "\",\"event_action\":\"" + action + "\",\"event_object\":\""
                + object + "\",\"name\":\"" + name + "\"" + extra + "}";
    }

    @Test
    void createdWebhookHasTheOfficialClientsShapeAndDefaultsToVersion2() {
        long before = sandbox.tokensCharged();
        SandboxHttp.Resp resp = http.post("/api/v1/webhooks", body("*", "lead", "Leads", ""));
        assertThat(resp.status).as(resp.body).isEqualTo(201);
        assertThat(sandbox.tokensCharged() - before).as("addWebhook costs 10").isEqualTo(10);
        JsonNode json = resp.json();
        assertThat(json.get("status").asText()).isEqualTo("ok");
        assertThat(json.get("success").asBoolean()).isTrue();
        JsonNode data = json.get("data");
        List<String> keys = new ArrayList<>();
        data.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "company_id", "owner_id", "user_id", "event_action", "event_object",
                "subscription_url", "version", "is_active", "add_time", "remove_time", "type", "http_auth_user",
                "http_auth_password", "additional_data", "remove_reason", "last_delivery_time", "last_http_status",
                "admin_id", "name");
        assertThat(data.get("id").asLong()).isEqualTo(1);
        assertThat(data.get("version").asText()).isEqualTo("2.0");
        assertThat(data.get("is_active").asInt()).isEqualTo(1);
        assertThat(data.get("type").asText()).isEqualTo("general");
        assertThat(data.get("user_id").asInt()).isEqualTo(1);
        assertThat(data.get("add_time").asText()).isEqualTo("2026-05-04T10:00:00.000Z");
        assertThat(data.get("http_auth_user").isNull()).isTrue();
        assertThat(data.get("last_http_status").isNull()).isTrue();

        SandboxHttp.Resp v1 = http.post("/v1/webhooks", body("create", "deal", "Deals",
                ",\"version\":\"1.0\",\"user_id\":7,\"http_auth_user\":\"u\",\"http_auth_password\":\"p\""));
        assertThat(v1.status).isEqualTo(201);
        assertThat(v1.json().at("/data/version").asText()).isEqualTo("1.0");
        assertThat(v1.json().at("/data/user_id").asInt()).isEqualTo(7);
        assertThat(v1.json().at("/data/owner_id").asInt()).isEqualTo(1);
        assertThat(v1.json().at("/data/http_auth_user").asText()).isEqualTo("u");

        before = sandbox.tokensCharged();
        SandboxHttp.Resp list = http.get("/api/v1/webhooks");
        assertThat(sandbox.tokensCharged() - before).as("getWebhooks costs 10").isEqualTo(10);
        assertThat(list.json().get("status").asText()).isEqualTo("ok");
        assertThat(list.json().get("data")).extracting(n -> n.get("name").asText()).containsExactly("Leads", "Deals");
        assertThat(sandbox.webhooks()).extracting(WebhookSubscription::eventObject).containsExactly("lead", "deal");
        assertThat(sandbox.webhooks().get(1).toString()).doesNotContain("p]").contains("auth=basic");
        assertThat(sandbox.webhooks().get(1).hasHttpAuthPassword()).isTrue();
    }

    @Test
    void deleteRemovesAndAnUnknownIdIs404() {
        long id = http.post("/api/v1/webhooks", body("*", "*", "All", "")).json().at("/data/id").asLong();
        long before = sandbox.tokensCharged();
        SandboxHttp.Resp deleted = http.delete("/api/v1/webhooks/" + id);
        assertThat(sandbox.tokensCharged() - before).as("deleteWebhook costs 6").isEqualTo(6);
        assertThat(deleted.status).isEqualTo(200);
        assertThat(deleted.json().get("success").asBoolean()).isTrue();
        assertThat(deleted.json().get("status").asText()).isEqualTo("ok");
        assertThat(sandbox.webhooks()).isEmpty();
        SandboxHttp.Resp again = http.delete("/api/v1/webhooks/" + id);
        assertThat(again.status).isEqualTo(404);
        assertThat(again.json().get("success").asBoolean()).isFalse();
        assertThat(again.json().get("error").asText()).isEqualTo("Webhook not found");
        assertThat(http.delete("/api/v1/webhooks/abc").status).isEqualTo(400);
    }

    @Test
    void validationErrorsNameTheFieldAndTheRule() {
        assertInvalid("{\"event_action\":\"*\",\"event_object\":\"lead\",\"name\":\"n\"}", "subscription_url",
                "is required");
        assertInvalid("{\"subscription_url\":\"ftp://x/y\",\"event_action\":\"*\",\"event_object\":\"lead\","
                + "\"name\":\"n\"}", "subscription_url", "must be a full, valid http(s) URL");
        assertInvalid(body("added", "lead", "n", ""), "event_action", "must be one of [create, change, delete, *]");
        assertInvalid(body("*", "leads", "n", ""), "event_object", "must be one of");
        assertInvalid("{\"subscription_url\":\"" + URL + "\",\"event_action\":\"*\",\"event_object\":\"lead\"}",
                "name", "is required");
        assertInvalid(body("*", "lead", "x".repeat(256), ""), "name",
                "length must be less than or equal to 255 characters long");
        assertThat(http.post("/api/v1/webhooks", body("*", "lead", "x".repeat(255), "")).status).isEqualTo(201);
        assertInvalid(body("*", "lead", "n", ",\"version\":\"3.0\""), "version", "must be one of [1.0, 2.0]");
        assertInvalid(body("*", "lead", "n", ",\"user_id\":\"me\""), "user_id", "must be a positive integer");
        assertInvalid(body("*", "lead", "n", ",\"http_auth_user\":5"), "http_auth_user", "must be a string");
        assertThat(sandbox.webhooks()).as("nothing half-created").hasSize(1);
    }

    private void assertInvalid(String json, String field, String rule) {
        SandboxHttp.Resp resp = http.post("/api/v1/webhooks", json);
        assertThat(resp.status).as(resp.body).isEqualTo(400);
        JsonNode body = resp.json();
        assertThat(body.get("success").asBoolean()).isFalse();
        assertThat(body.get("error").asText()).startsWith("Validation failed: " + field + " " + rule);
        assertThat(body.at("/errors/" + field + "/0").asText()).startsWith(field + " " + rule);
    }

    @Test
    void aUserHasAtMost40Webhooks() {
        for (int i = 1; i <= WebhookRegistry.MAX_PER_USER; i++) {
            assertThat(http.post("/api/v1/webhooks", body("*", "lead", "hook " + i, "")).status).isEqualTo(201);
        }
        SandboxHttp.Resp refused = http.post("/api/v1/webhooks", body("*", "lead", "hook 41", ""));
        assertThat(refused.status).isEqualTo(422);
        assertThat(refused.json().get("success").asBoolean()).isFalse();
        assertThat(refused.json().get("error").asText()).contains("40");
        assertThat(http.post("/api/v1/webhooks", body("*", "lead", "other user", ",\"user_id\":2")).status)
                .as("the limit is per user").isEqualTo(201);
        http.delete("/api/v1/webhooks/1");
        assertThat(http.post("/api/v1/webhooks", body("*", "lead", "after a delete", "")).status).isEqualTo(201);
        assertThat(sandbox.webhooks()).hasSize(41);
    }

    @Test
    void webhooksNeedTheTokenAndObeyTheRateLimit() {
        SandboxHttp anonymous = SandboxHttp.anonymous(sandbox.baseUrl());
        assertThat(anonymous.get("/api/v1/webhooks").status).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/webhooks", body("*", "lead", "n", "")).status).isEqualTo(401);
        assertThat(sandbox.webhooks()).isEmpty();
        try (PipedriveSandbox limited = PipedriveSandbox.builder().clock(clock).dailyTokenBudget(20).build()) {
            SandboxHttp limitedHttp = new SandboxHttp(limited.start(), limited.apiToken());
            assertThat(limitedHttp.get("/api/v1/webhooks").status).isEqualTo(200);
            assertThat(limitedHttp.get("/api/v1/webhooks").status).isEqualTo(200);
            assertThat(limitedHttp.get("/api/v1/webhooks").status).as("20 tokens, 10 each").isEqualTo(429);
        }
    }

    @Test
    void theJavaApiRejectsAnUnknownWebhook() {
        assertThatThrownBy(() -> sandbox.banWebhook(99)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99");
    }
}
