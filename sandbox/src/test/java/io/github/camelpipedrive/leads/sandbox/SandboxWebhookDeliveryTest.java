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
        sandbox = PipedriveSandbox.builder().clock(clock).webhookRetryTimeScale(0.001).build();
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
        await().until(() -> sandbox.webhookDeliveries().size() == 1); // received and logged
        clock.advance(Duration.ofSeconds(5));
        http.patch("/api/v1/leads/" + leadId, "{\"title\":\"Renamed\",\"value\":{\"amount\":10,\"currency\":\"EUR\"}}");
        await().until(() -> sandbox.webhookDeliveries().size() == 2);
        clock.advance(Duration.ofSeconds(5));
        http.delete("/api/v1/leads/" + leadId);
        await().until(() -> sandbox.webhookDeliveries().size() == 3);

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

    /** The sample of docs/sandbox.md ("Faults and observability"), verbatim, then what it promises. */
    @Test
    void faultsAndObservabilitySampleOfTheGuide() {
        PipedriveSandbox sb = sandbox;
        long id = subscribe("create", "");
        sb.webhookFaults().dropShare(0.3)         // 30 % of (event, subscription) pairs never sent at all
                .duplicateShare(0.1)              // 10 % sent twice (same meta.id, each with its own retries)
                .delay(Duration.ofMillis(200))    // extra wait before every attempt (real time, not scaled)
                .seed(7);                         // restarts the seeded sequence of drop/duplicate choices
        sb.webhookFaults().reset();               // back to the builder's settings (seed: the sandbox seed)
        sb.banWebhook(id);                        // ban now, as ten failures would

        List<WebhookSubscription> subs = sb.webhooks();        // id, url, event, version, banned(), bannedUntil(),
                                                               // lastHttpStatus(), consecutiveFirstAttemptFailures() ...
        List<WebhookDelivery> log = sb.webhookDeliveries();    // immutable snapshot, in the order attempts ended
                                                               // (the most recent 100,000 records)
        sb.clearWebhookDeliveries();
        int inFlight = sb.pendingWebhookDeliveries();          // deliveries waiting for an answer or a retry:
                                                               // wait for 0 before counting the log

        assertThat(subs).singleElement().satisfies(s -> assertThat(s.banned()).isTrue());
        assertThat(log).isEmpty();
        assertThat(inFlight).isZero();
        createLead("during the ban");
        await().until(() -> sb.pendingWebhookDeliveries() == 0);
        assertThat(receiver.received()).as("a banned subscription gets nothing").isEmpty();
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

    @Test
    void aFailingReceiverGetsFourAttemptsOnTheScaledScheduleThenNoMore() {
        receiver.answer(500);
        long webhookId = subscribe("create", "");
        String first = createLead("Unlucky");
        await().until(() -> attemptsFor(first).size() == WebhookDeliverer.MAX_ATTEMPTS);
        assertThat(sandbox.pendingWebhookDeliveries()).as("no fifth attempt scheduled").isZero();
        assertThat(receiver.received()).extracting(r -> r.meta().get("attempt").asInt()).containsExactly(1, 2, 3, 4);
        assertThat(receiver.received()).extracting(r -> r.meta().get("id").asText()).containsOnly(
                receiver.received().get(0).meta().get("id").asText());
        assertThat(attemptsFor(first)).allSatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(WebhookDelivery.Outcome.FAILURE);
            assertThat(d.httpStatus()).contains(500);
        });
        // a later event that succeeds marks the end: the first one got no fifth attempt meanwhile
        receiver.answer(204);
        String second = createLead("Lucky");
        await().until(() -> attemptsFor(second).size() == 1);
        assertThat(attemptsFor(second).get(0).succeeded()).isTrue();
        assertThat(attemptsFor(first)).extracting(WebhookDelivery::attempt).containsExactly(1, 2, 3, 4);
        assertThat(sandbox.webhooks()).extracting(WebhookSubscription::id).containsExactly(webhookId);
        assertThat(sandbox.webhooks().get(0).lastHttpStatus()).contains(204);
    }

    private List<WebhookDelivery> attemptsFor(String leadId) {
        return sandbox.webhookDeliveries().stream().filter(d -> d.leadId().equals(leadId))
                .collect(Collectors.toList());
    }

    @Test
    void tenFirstAttemptFailuresInARowBanTheWebhookAndItsEventsAreLost() {
        receiver.answer(503);
        subscribe("create", "");
        for (int i = 0; i < WebhookRegistry.BAN_AFTER_FAILURES; i++) {
            createLead("Failing " + i);
        }
        await().until(() -> sandbox.webhooks().get(0).banned());
        Instant bannedUntil = sandbox.webhooks().get(0).bannedUntil().orElseThrow();
        assertThat(bannedUntil).as("30 min x 0.001").isEqualTo(clock.instant().plusMillis(1800));
        int receivedBefore = receiver.received().size();
        receiver.answer(200);
        String lost = createLead("During the ban");
        assertThat(attemptsFor(lost)).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(WebhookDelivery.Outcome.BANNED);
            assertThat(d.attempt()).isZero();
        });
        clock.advance(Duration.ofMillis(1800));
        assertThat(sandbox.webhooks().get(0).banned()).isFalse();
        String after = createLead("After the ban");
        await().until(() -> attemptsFor(after).stream().anyMatch(WebhookDelivery::succeeded));
        assertThat(receiver.received()).extracting(r -> r.meta().get("entity_id").asText()).doesNotContain(lost);
        assertThat(receiver.received().size()).isGreaterThan(receivedBefore);
        assertThat(sandbox.webhookDeliveries()).filteredOn(d -> d.attempt() == 1)
                .filteredOn(d -> d.outcome() == WebhookDelivery.Outcome.FAILURE)
                .hasSize(WebhookRegistry.BAN_AFTER_FAILURES);
    }

    @Test
    void banWebhookStopsDeliveriesAtOnce() {
        long id = subscribe("*", "");
        sandbox.banWebhook(id);
        String lead = createLead("Banned by hand");
        assertThat(attemptsFor(lead)).extracting(WebhookDelivery::outcome)
                .containsExactly(WebhookDelivery.Outcome.BANNED);
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void aWebhookWithoutASuccessfulDeliveryForThreeDaysIsDeleted() {
        receiver.answer(500);
        subscribe("create", "");
        String lead = createLead("Never delivered");
        await().until(() -> attemptsFor(lead).size() == WebhookDeliverer.MAX_ATTEMPTS);
        clock.advance(Duration.ofDays(3).minusSeconds(1));
        assertThat(sandbox.webhooks()).hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(sandbox.webhooks()).isEmpty();
        assertThat(http.get("/api/v1/webhooks").json().get("data")).isEmpty();
    }

    @Test
    void seededDropAndDuplicateFaultsAreReproducible() {
        List<String> first = runWithFaults();
        List<String> second = runWithFaults();
        assertThat(first).isEqualTo(second);
        long dropped = first.stream().filter(s -> s.endsWith("DROPPED")).count();
        long duplicates = first.stream().filter(s -> s.endsWith("duplicate")).count();
        assertThat(dropped).as("~30% of 40").isBetween(4L, 24L);
        assertThat(duplicates).as("~20% of the rest").isBetween(1L, 20L);
    }

    /** @return per lead, in creation order: "title SUCCESS", "title DROPPED", plus "title duplicate" entries */
    private List<String> runWithFaults() {
        try (PipedriveSandbox faulty = PipedriveSandbox.builder().clock(clock).webhookRetryTimeScale(0.01).build();
            WebhookReceiver sink = new WebhookReceiver()) {
            faulty.webhookFaults().dropShare(0.3).duplicateShare(0.2).seed(11);
            SandboxHttp client = new SandboxHttp(faulty.start(), faulty.apiToken());
            client.post("/api/v1/webhooks", "{\"subscription_url\":\"" + sink.url()
                    + "\",\"event_action\":\"create\",\"event_object\":\"*\",\"name\":\"faulty\"}");
            List<String> titles = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                client.post("/api/v1/leads", "{\"title\":\"L" + i + "\",\"organization_id\":1}");
                titles.add("L" + i);
            }
            long dropped = faulty.webhookDeliveries().stream().filter(WebhookDelivery::dropped).count();
            await().until(() -> faulty.pendingWebhookDeliveries() == 0);
            assertThat(faulty.webhookDeliveries()).as("the receiver answers 200").allMatch(d -> d.succeeded()
                    || d.dropped());
            assertThat(faulty.webhookDeliveries().stream().filter(WebhookDelivery::succeeded).count() + dropped)
                    .isEqualTo(40 + faulty.webhookDeliveries().stream().filter(WebhookDelivery::duplicate).count());
            assertThat(sink.received()).hasSize(faulty.webhookDeliveries().stream()
                    .filter(WebhookDelivery::succeeded).collect(Collectors.toList()).size());
            // a duplicate repeats the original's meta.id
            long distinctIds = sink.received().stream().map(r -> r.meta().get("id").asText()).distinct().count();
            assertThat(distinctIds).isEqualTo(40 - dropped);
            List<String> outcome = new java.util.ArrayList<>();
            for (WebhookDelivery d : faulty.webhookDeliveries()) {
                String title = faulty.leadJson(d.leadId()).map(j -> j.replaceAll(".*\"title\":\"([^\"]+)\".*", "$1"))
                        .orElseThrow();
                outcome.add(title + " " + (d.duplicate() ? "duplicate" : d.outcome().name()));
            }
            outcome.sort(java.util.Comparator.<String>comparingInt(s -> Integer.parseInt(s.substring(1, s.indexOf(' '))))
                    .thenComparing(java.util.Comparator.naturalOrder()));
            return outcome;
        }
    }

    @Test
    void aDelayHoldsDeliveriesBackAndResetRestoresTheBuilderSettings() {
        subscribe("create", "");
        sandbox.webhookFaults().delay(Duration.ofMinutes(10)).dropShare(0.5);
        sandbox.webhookFaults().dropShare(0); // runtime-changeable, last setting wins
        String held = createLead("Held back");
        assertThat(sandbox.pendingWebhookDeliveries()).isEqualTo(1);
        assertThat(receiver.received()).as("not before ten minutes").isEmpty();
        assertThat(attemptsFor(held)).isEmpty();
        sandbox.webhookFaults().reset();
        assertThat(sandbox.webhookFaults().delay()).isZero();
        assertThat(sandbox.webhookFaults().dropShare()).isZero();
        String prompt = createLead("Prompt");
        await().until(() -> attemptsFor(prompt).size() == 1);
        assertThat(receiver.received()).extracting(r -> r.meta().get("entity_id").asText()).containsExactly(prompt);
        sandbox.close();
        assertThat(sandbox.pendingWebhookDeliveries()).as("dropped with the sandbox").isZero();
    }

    @Test
    void v1SubscriptionsGetNoLeadEvents() {
        long v1 = subscribe("*", ",\"version\":\"1.0\"");
        long v2 = subscribe("*", "");
        String lead = createLead("Seen by v2 only");
        http.patch("/api/v1/leads/" + lead, "{\"title\":\"Changed\"}");
        http.delete("/api/v1/leads/" + lead);
        await().until(() -> receiver.received().size() == 3);
        assertThat(receiver.received()).extracting(r -> r.meta().get("webhook_id").asText())
                .containsOnly(String.valueOf(v2));
        assertThat(sandbox.webhookDeliveries()).extracting(WebhookDelivery::webhookId).doesNotContain(v1);
    }

    @Test
    void archivingConversionsAndLabelRemovalAreLeadEventsToo() {
        sandbox.close();
        sandbox = PipedriveSandbox.builder().clock(clock).conversionDelay(Duration.ZERO).webhookRetryTimeScale(0.001)
                .build();
        http = new SandboxHttp(sandbox.start(), sandbox.apiToken());
        subscribe("*", "");
        String lead = createLead("Lifecycle");
        sandbox.archiveLead(lead);
        http.patch("/api/v1/leads/" + lead, "{\"is_archived\":false}");
        http.post("/api/v2/leads/" + lead + "/convert/deal", "");
        http.get("/api/v1/leads"); // the job is applied when the sandbox next touches its state
        http.post("/api/v2/deals/2/convert/lead", "");
        http.get("/api/v1/leads");
        await().until(() -> receiver.received().size() == 5);
        List<String> events = receiver.received().stream().map(r -> r.meta().get("action").asText() + " "
                + r.meta().get("change_source").asText() + " " + describePrevious(r.body))
                .sorted().collect(Collectors.toList());
        assertThat(events).containsExactly("change api is_archived=true", "change app is_archived=false",
                "create api -", "create api -", "delete api full");
        JsonNode fromDeal = receiver.received().stream().filter(r -> r.meta().get("action").asText().equals("create")
                && !r.meta().get("entity_id").asText().equals(lead)).findFirst().orElseThrow().body;
        assertThat(fromDeal.at("/data/origin").asText()).isEqualTo("Deal");
    }

    @Test
    void removingALabelChangesEveryLeadThatCarriedIt() {
        String label = http.get("/api/v1/leadLabels").json().get("data").get(0).get("id").asText();
        String lead = createLead("Labelled");
        http.patch("/api/v1/leads/" + lead, "{\"label_ids\":[\"" + label + "\"]}");
        subscribe("change", "");
        clock.advance(Duration.ofSeconds(1));
        assertThat(http.delete("/api/v1/leadLabels/" + label).status).isEqualTo(200);
        await().until(() -> receiver.received().size() == 1);
        JsonNode change = receiver.received().get(0).body;
        assertThat(change.at("/meta/entity_id").asText()).isEqualTo(lead);
        assertThat(change.at("/data/label_ids")).isEmpty();
        assertThat(change.at("/previous/label_ids/0").asText()).isEqualTo(label);
        assertThat(change.at("/previous/update_time").asText()).as("an edit moves update_time")
                .isNotEmpty().isNotEqualTo(change.at("/data/update_time").asText());
        assertThat(http.get("/api/v1/leads/" + lead).json().at("/data/update_time").asText())
                .isEqualTo(change.at("/data/update_time").asText());
    }

    private static String describePrevious(JsonNode body) {
        JsonNode previous = body.get("previous");
        if (previous.isNull()) {
            return "-";
        }
        if (body.at("/meta/action").asText().equals("delete")) {
            return previous.get("id").asText().equals(body.at("/meta/entity_id").asText()) ? "full" : "other";
        }
        return "is_archived=" + previous.get("is_archived");
    }
}
