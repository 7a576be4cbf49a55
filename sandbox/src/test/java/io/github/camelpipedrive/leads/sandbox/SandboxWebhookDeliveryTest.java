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

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks v2 deliveries of lead events to a local receiver: the {@code {meta, data, previous}}
 * payload per action, Basic auth, the retry schedule with a time scale, the ban, the seeded drop
 * and duplicate faults and the silence towards v1 subscriptions.
 */
class SandboxWebhookDeliveryTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T10:00:00Z"));
    private PipedriveSandbox sandbox;
    private SandboxHttp http;
    private WebhookReceiver receiver;

    @BeforeEach
    void start() {
        sandbox = PipedriveSandbox.builder().clock(clock).webhookRetryTimeScale(0.01).build();
        http = new SandboxHttp(sandbox.start(), sandbox.apiToken());
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.close();
    }

    private static ConditionFactory await() {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20));
    }

    private long subscribe(String action, String extraJson) {
        SandboxHttp.Resp resp = http.post("/api/v1/webhooks", "{\"subscription_url\":\"" + receiver.url()
                + "\",\"event_action\":\"" + action + "\",\"event_object\":\"lead\",\"name\":\"test\"" + extraJson
                + "}");
        assertThat(resp.status).as(resp.body).isEqualTo(201);
        return resp.json().get("data").get("id").asLong();
    }

    private String createLead(String title) {
        SandboxHttp.Resp resp = http.post("/api/v1/leads", "{\"title\":\"" + title + "\",\"person_id\":3}");
        assertThat(resp.status).as(resp.body).isEqualTo(201);
        return resp.json().get("data").get("id").asText();
    }

    @Test
    void createChangeAndDeleteArriveAsV2PayloadsWithBasicAuth() {
        long webhookId = subscribe("*", ",\"http_auth_user\":\"hook\",\"http_auth_password\":\"s3cret\"");
        String leadId = createLead("First");
        await().until(() -> receiver.received().size() == 1);
        clock.advance(Duration.ofSeconds(5));
        http.patch("/api/v1/leads/" + leadId, "{\"title\":\"Renamed\",\"value\":{\"amount\":10,\"currency\":\"EUR\"}}");
        await().until(() -> receiver.received().size() == 2);
        clock.advance(Duration.ofSeconds(5));
        http.delete("/api/v1/leads/" + leadId);
        await().until(() -> receiver.received().size() == 3);

        List<WebhookReceiver.Received> got = receiver.received();
        String basic = "Basic " + Base64.getEncoder().encodeToString("hook:s3cret".getBytes(StandardCharsets.UTF_8));
        assertThat(got).allSatisfy(r -> {
            assertThat(r.authorization).isEqualTo(basic);
            assertThat(r.contentType).startsWith("application/json");
        });

        JsonNode create = got.get(0).body;
        JsonNode meta = create.get("meta");
        assertThat(meta.get("action").asText()).isEqualTo("create");
        assertThat(meta.get("entity").asText()).isEqualTo("lead");
        assertThat(meta.get("entity_id").asText()).isEqualTo(leadId);
        assertThat(meta.get("version").asText()).isEqualTo("2.0");
        assertThat(meta.get("webhook_id").asText()).isEqualTo(String.valueOf(webhookId));
        assertThat(meta.get("webhook_owner_id").asText()).isEqualTo("1");
        assertThat(meta.get("company_id").asText()).isEqualTo("1");
        assertThat(meta.get("user_id").asText()).isEqualTo("1");
        assertThat(meta.get("change_source").asText()).isEqualTo("api");
        assertThat(meta.get("is_bulk_edit").asBoolean()).isFalse();
        assertThat(meta.get("attempt").asInt()).isEqualTo(1);
        assertThat(meta.get("timestamp").asText()).isEqualTo("2026-05-04T10:00:00.000Z");
        assertThat(meta.get("permitted_user_ids")).hasSize(1);
        assertThat(meta.get("permitted_user_ids").get(0).asText()).isEqualTo("1");
        assertThat(meta.get("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(meta.get("correlation_id").asText()).matches("[0-9a-f-]{36}");
        assertThat(List.of("type", "host")).allSatisfy(f -> assertThat(meta.has(f)).as(f).isTrue());
        JsonNode data = create.get("data");
        assertThat(data.get("id").asText()).isEqualTo(leadId);
        assertThat(data.get("title").asText()).isEqualTo("First");
        assertThat(data.get("person_id").asInt()).isEqualTo(3);
        assertThat(data.get("origin").asText()).isEqualTo("API");
        assertThat(data.get("custom_fields").isObject()).isTrue();
        assertThat(data.has("cc_email")).as("not in the webhook lead shape").isFalse();
        assertThat(create.get("previous").isNull()).isTrue();

        JsonNode change = got.get(1).body;
        assertThat(change.get("meta").get("action").asText()).isEqualTo("change");
        assertThat(change.get("data").get("title").asText()).isEqualTo("Renamed");
        assertThat(change.get("data").get("value").get("currency").asText()).isEqualTo("EUR");
        JsonNode previous = change.get("previous");
        assertThat(fieldNames(previous)).containsExactlyInAnyOrder("title", "value", "update_time");
        assertThat(previous.get("title").asText()).isEqualTo("First");
        assertThat(previous.get("value").isNull()).isTrue();
        assertThat(previous.get("update_time").asText()).isEqualTo("2026-05-04T10:00:00.000Z");
        assertThat(change.get("meta").get("id").asText()).isNotEqualTo(meta.get("id").asText());

        JsonNode delete = got.get(2).body;
        assertThat(delete.get("meta").get("action").asText()).isEqualTo("delete");
        assertThat(delete.get("data").isNull()).isTrue();
        assertThat(delete.get("previous").get("id").asText()).isEqualTo(leadId);
        assertThat(delete.get("previous").get("title").asText()).isEqualTo("Renamed");

        assertThat(sandbox.webhookDeliveries()).extracting(WebhookDelivery::action)
                .containsExactly("create", "change", "delete");
        assertThat(sandbox.webhookDeliveries()).allMatch(WebhookDelivery::succeeded);
        assertThat(sandbox.webhooks().get(0).lastHttpStatus()).contains(200);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void onlyMatchingActionsAreDeliveredAndTheJavaApiCountsAsTheApp() {
        subscribe("create", "");
        String manual = sandbox.createLead("Walk-in", 1, null);
        sandbox.updateLeadTitle(manual, "Walk-in 2");
        createLead("Via API");
        await().until(() -> receiver.received().size() == 2);
        List<String> sources = receiver.received().stream()
                .map(r -> r.meta().get("action").asText() + "/" + r.meta().get("change_source").asText())
                .sorted().collect(Collectors.toList());
        assertThat(sources).containsExactly("create/api", "create/app");
        assertThat(sandbox.webhookDeliveries()).extracting(WebhookDelivery::action).containsOnly("create");
    }
}
