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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.producer.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.logging.log4j.Level;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deliveries posted to the webhook route over HTTP (platform-http): authentication, size and shape checks answered
 * with 401, 413 and 400 and nothing delivered, a valid delivery turned into a typed {@link LeadEvent} with headers,
 * a repeated delivery delivered once, and the answer when the route fails.
 */
// one context (three webhook routes) for all tests: each test uses its own lead ids
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class WebhookReceiverTest extends CamelTestSupport {

    private static final String SECRET = "hook-secret-Q7w9-never-logged";
    private static final String USER = "camel-pipedrive-leads";
    private static final String LEAD = "adf21080-0e10-11eb-879b-05d71fb426e0";
    private static WireMockServer wireMock;

    /** What the route saw (the exchange itself is answered, and so changed, after the route). */
    record Seen(LeadEvent event, java.util.Map<String, Object> headers) {
    }

    private final List<Seen> received = new CopyOnWriteArrayList<>();
    private int port;

    @BeforeAll
    static void startWireMock() {
        wireMock = new WireMockServer(wireMockConfig().dynamicPort());
        wireMock.start();
        stubPipedrive();
    }

    @AfterAll
    static void stopWireMock() {
        wireMock.stop();
    }

    /** Stubbed once: the routes start (and register) before each test's own set-up runs. */
    static void stubPipedrive() {
        wireMock.stubFor(get(urlEqualTo("/api/v1/webhooks")).willReturn(json("{\"success\":true,\"data\":[]}")));
        wireMock.stubFor(post(urlEqualTo("/api/v1/webhooks")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"success\":true,\"data\":{\"id\":9}}")));
        wireMock.stubFor(delete(urlPathMatching("/api/v1/webhooks/.*")).willReturn(json("{\"success\":true}")));
        wireMock.stubFor(get(urlPathEqualTo("/api/v1/leads")).willReturn(json("{\"success\":true,\"data\":[],"
                + "\"additional_data\":{\"pagination\":{\"start\":0,\"limit\":500,\"more_items_in_collection\":false}}}")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        port = WebhookServerSupport.addHttpServer(camelContext);
        PipedriveLeadsComponent component = camelContext.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(wireMock.baseUrl());
        component.getConfiguration().setAllowInsecureHttp(true);
        component.getConfiguration().setApiToken("receiver-token");
        return camelContext;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        String common = "webhookComponentName=platform-http&webhookExternalUrl=http://localhost:" + port
                        + "&feed=updated&startFrom=beginning&backfillDelay=3600000&webhookAuthPassword=" + SECRET;
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:pipedrive-leads:getLeads?webhookPath=/pd&webhookMaxBodySize=4096&" + common)
                        .routeId("push").process(e -> received.add(new Seen(
                                e.getMessage().getBody(LeadEvent.class),
                                new java.util.HashMap<>(e.getMessage().getHeaders()))));
                from("webhook:pipedrive-leads:getLeads?webhookPath=/pd-failing&stateKey=failing&" + common)
                        .routeId("failing").throwException(new IllegalStateException("route broke"));
                from("webhook:pipedrive-leads:getLeads?webhookPath=/pd-retry&stateKey=retry"
                     + "&webhookRetryOnFailure=true&" + common)
                        .routeId("retrying").throwException(new IllegalStateException("route broke"));
            }
        };
    }

    @org.junit.jupiter.api.BeforeEach
    void forgetReceived() {
        received.clear();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aValidDeliveryBecomesATypedEventWithHeaders() throws Exception {
        int status = WebhookServerSupport.post(url("/pd"), WebhookServerSupport.basic(USER, SECRET),
                WebhookServerSupport.changePayload(LEAD, "e-1", 1));

        assertThat(status).isEqualTo(200);
        assertThat(received).hasSize(1);
        LeadEvent event = received.get(0).event();
        assertThat(event.getAction()).isEqualTo(LeadEventAction.CHANGE);
        assertThat(event.getSource()).isEqualTo(LeadEventSource.PUSH);
        assertThat(event.getLeadId()).isEqualTo(LEAD);
        assertThat(event.getLead().getTitle()).isEqualTo("Lead Title");
        assertThat(event.getLead().getValue().getAmount()).isEqualByComparingTo("123");
        assertThat(event.getLead().getUpdateTime()).isEqualTo(Instant.parse("2025-06-19T16:07:36.753Z"));
        assertThat(event.getChangedFields()).containsExactlyInAnyOrder("update_time", "value");
        assertThat(event.getMeta().getAttempt()).isEqualTo(1);
        assertThat(event.getMeta().getCorrelationId()).isEqualTo("c0ffee00-0000-4000-8000-000000000001");
        assertThat(event.getMeta().getChangeSource()).isEqualTo("app");
        assertThat(event.getMeta().getWebhookId()).isEqualTo("12345678");
        var headers = received.get(0).headers();
        assertThat(headers).containsEntry(PipedriveLeadsConstants.ID, LEAD)
                .containsEntry(PipedriveLeadsConstants.EVENT_ACTION, "change")
                .containsEntry(PipedriveLeadsConstants.EVENT_SOURCE, "push")
                .containsEntry(PipedriveLeadsConstants.EVENT_ID, "e-1")
                .containsEntry(PipedriveLeadsConstants.CORRELATION_ID, "c0ffee00-0000-4000-8000-000000000001")
                .containsEntry(PipedriveLeadsConstants.CHANGE_SOURCE, "app")
                .containsEntry(PipedriveLeadsConstants.DELIVERY_ATTEMPT, 1)
                .containsEntry(PipedriveLeadsConstants.WEBHOOK_ID, "12345678")
                .containsEntry(PipedriveLeadsConstants.FEED, "updated")
                .containsEntry(PipedriveLeadsConstants.UPDATE_TIME, Instant.parse("2025-06-19T16:07:36.753Z"))
                .containsEntry(PipedriveLeadsConstants.EVENT_TIMESTAMP, Instant.parse("2025-06-19T16:07:36.754Z"));
        assertThat(headers.keySet()).noneMatch(k -> k.equalsIgnoreCase("Authorization"));
    }

    @Test
    void aRepeatedDeliveryOfTheSameVersionIsDeliveredOnce() throws Exception {
        String auth = WebhookServerSupport.basic(USER, SECRET);
        assertThat(WebhookServerSupport.post(url("/pd"), auth, WebhookServerSupport.changePayload(LEAD.replace("e0", "e1"), "e-2", 1)))
                .isEqualTo(200);
        assertThat(WebhookServerSupport.post(url("/pd"), auth, WebhookServerSupport.changePayload(LEAD.replace("e0", "e1"), "e-2", 2)))
                .isEqualTo(200);
        assertThat(received).hasSize(1);
    }

    @Test
    void wrongOrMissingBasicAuthIs401AndNothingIsDeliveredOrLogged() throws Exception {
        try (LogCapture logs = LogCapture.of(Level.TRACE, "io.github.camelpipedrive", "org.apache.camel")) {
            String body = WebhookServerSupport.changePayload(LEAD.replace("e0", "e2"), "e-3", 1);
            assertThat(WebhookServerSupport.post(url("/pd"), null, body)).isEqualTo(401);
            assertThat(WebhookServerSupport.post(url("/pd"), WebhookServerSupport.basic(USER, "wrong-guess-77"), body))
                    .isEqualTo(401);
            assertThat(WebhookServerSupport.post(url("/pd"), WebhookServerSupport.basic("intruder", SECRET), body))
                    .isEqualTo(401);
            assertThat(WebhookServerSupport.post(url("/pd"), "Bearer " + SECRET, body)).isEqualTo(401);
            assertThat(WebhookServerSupport.post(url("/pd"), WebhookServerSupport.basic(USER, SECRET) + "x", body))
                    .isEqualTo(401);

            assertThat(received).isEmpty();
            assertThat(logs.events()).isNotEmpty();
            assertThat(String.join("\n", logs.events())).doesNotContain(SECRET).doesNotContain("wrong-guess-77")
                    .doesNotContain(WebhookServerSupport.basic(USER, SECRET).substring(6));
        }
    }

    @Test
    void malformedJsonIs400WithOneWarn() throws Exception {
        try (LogCapture logs = LogCapture.of(Level.WARN, "io.github.camelpipedrive.leads.webhook")) {
            int status = WebhookServerSupport.post(url("/pd"), WebhookServerSupport.basic(USER, SECRET),
                    "{\"meta\": {\"action\": \"change\", oops");
            assertThat(status).isEqualTo(400);
            assertThat(logs.events()).hasSize(1);
            assertThat(logs.events().get(0)).contains("400").doesNotContain("Exception:");
        }
        assertThat(WebhookServerSupport.post(url("/pd"), WebhookServerSupport.basic(USER, SECRET), "[1,2]"))
                .isEqualTo(400);
        assertThat(WebhookServerSupport.post(url("/pd"), WebhookServerSupport.basic(USER, SECRET),
                "{\"meta\":{\"action\":\"change\",\"entity\":\"lead\"}}")).isEqualTo(400);
        assertThat(received).isEmpty();
    }

    @Test
    void aLeadIdThatIsNoIdAndControlCharactersNeverReachTheRouteOrTheLog() throws Exception {
        String auth = WebhookServerSupport.basic(USER, SECRET);
        try (LogCapture logs = LogCapture.of(Level.DEBUG, "io.github.camelpipedrive.leads.webhook")) {
            // a delete names its lead in meta.entity_id only: a path, a query and a line break where the id belongs
            String hostileDelete = WebhookServerSupport.changePayload(LEAD, "e-9", 1)
                    .replace("\"action\":\"change\"", "\"action\":\"delete\"")
                    .replace("\"entity_id\":\"" + LEAD + "\"", "\"entity_id\":\"../../deals/1?x=%0d%0aEvil\\nFORGED\"");
            assertThat(WebhookServerSupport.post(url("/pd"), auth, hostileDelete)).isEqualTo(400);
            // a body that breaks with an escape character, which Jackson's reason quotes
            assertThat(WebhookServerSupport.post(url("/pd"), auth, "{\"meta\": tru\u001b[31m")).isEqualTo(400);

            assertThat(logs.text()).doesNotContain("\u001b").doesNotContain("\nFORGED").doesNotContain("../../deals");
        }
        assertThat(received).isEmpty();
    }

    @Test
    void anOversizedBodyIs413() throws Exception {
        String padded = WebhookServerSupport.changePayload(LEAD.replace("e0", "e4"), "e-4", 1)
                .replace("\"Lead Title\"", "\"" + "x".repeat(5000) + "\"");
        assertThat(WebhookServerSupport.post(url("/pd"), WebhookServerSupport.basic(USER, SECRET), padded))
                .isEqualTo(413);
        assertThat(received).isEmpty();
    }

    @Test
    void aFailingRouteIsAnswered200UnlessRetryOnFailureAsksFor500() throws Exception {
        String auth = WebhookServerSupport.basic(USER, SECRET);
        assertThat(WebhookServerSupport.post(url("/pd-failing"), auth, WebhookServerSupport.changePayload(LEAD.replace("e0", "e5"), "e-5",
                1))).isEqualTo(200);
        assertThat(WebhookServerSupport.post(url("/pd-retry"), auth, WebhookServerSupport.changePayload(LEAD.replace("e0", "e5"), "e-6",
                1))).isEqualTo(500);
        // not remembered as delivered: Pipedrive's retry (or the backfill) delivers it again
        assertThat(WebhookServerSupport.post(url("/pd-retry"), auth, WebhookServerSupport.changePayload(LEAD.replace("e0", "e5"), "e-6",
                2))).isEqualTo(500);
    }

    @Test
    void eventsOfOtherObjectsAreAnswered200AndNotDelivered() throws Exception {
        String deal = WebhookServerSupport.changePayload(LEAD.replace("e0", "e6"), "e-7", 1).replace("\"entity\":\"lead\"",
                "\"entity\":\"deal\"");
        assertThat(WebhookServerSupport.post(url("/pd"), WebhookServerSupport.basic(USER, SECRET), deal))
                .isEqualTo(200);
        Awaitility.await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5))
                .until(received::isEmpty);
    }
}
