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

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.PipedriveLeadsEndpoint;
import io.github.camelpipedrive.leads.producer.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.component.webhook.WebhookEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The exact wire of the webhook subscription: what registering sends (GET first, then POST with the v2 lead body),
 * when an existing subscription of ours is reused or replaced, what unregistering deletes and what it keeps.
 */
class WebhookRegistrationWireTest extends CamelTestSupport {

    private static final String TOKEN = "wire-token-SECRET-42";
    private static final String HOOK_URL = "https://leads.example.test/hooks/pipedrive";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer wireMock;

    @BeforeAll
    static void startWireMock() {
        wireMock = new WireMockServer(wireMockConfig().dynamicPort());
        wireMock.start();
    }

    @AfterAll
    static void stopWireMock() {
        wireMock.stop();
    }

    @BeforeEach
    void resetWireMock() {
        wireMock.resetAll();
        wireMock.stubFor(post(urlEqualTo("/api/v1/webhooks")).willReturn(json(201, "{\"success\":true,\"data\":"
                                                                                   + "{\"id\":501}}")));
        wireMock.stubFor(delete(urlPathMatching("/api/v1/webhooks/\\d+")).willReturn(json(200,
                "{\"success\":true,\"data\":{\"id\":501}}")));
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        PipedriveLeadsComponent component = camelContext.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(wireMock.baseUrl());
        component.getConfiguration().setAllowInsecureHttp(true);
        component.getConfiguration().setApiToken(TOKEN);
        return camelContext;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private void existing(String data) {
        wireMock.stubFor(get(urlEqualTo("/api/v1/webhooks")).willReturn(json(200, "{\"success\":true,\"data\":"
                                                                                  + data + "}")));
    }

    private static String hook(long id, String url, String name, String action, String user, String password) {
        return "{\"id\":" + id + ",\"event_action\":\"" + action + "\",\"event_object\":\"lead\",\"subscription_url\":\""
               + url + "\",\"version\":\"2.0\",\"is_active\":1,\"name\":\"" + name + "\",\"http_auth_user\":"
               + (user == null ? "null" : "\"" + user + "\"") + ",\"http_auth_password\":"
               + (password == null ? "null" : "\"" + password + "\"") + "}";
    }

    /** The pipedrive-leads endpoint behind a webhook endpoint whose registration the test drives by hand. */
    private PipedriveLeadsEndpoint endpoint(String options) {
        WebhookEndpoint webhook = (WebhookEndpoint) context.getEndpoint(
                "webhook:pipedrive-leads:getLeads?webhookAutoRegister=false&webhookExternalUrl=https://leads.example.test"
                + "&webhookPath=/hooks/pipedrive" + (options.isEmpty() ? "" : "&" + options));
        return (PipedriveLeadsEndpoint) webhook.getEndpoint();
    }

    private static JsonNode body(LoggedRequest request) throws Exception {
        return JSON.readTree(request.getBodyAsString());
    }

    @Test
    void registersWithTheV2LeadBodyAfterListingAndDeletesOnUnregister() throws Exception {
        existing("[]");
        PipedriveLeadsEndpoint endpoint = endpoint("");
        List<String> logged;
        try (LogCapture logs = LogCapture.of(Level.TRACE, "io.github.camelpipedrive", "org.apache.camel")) {
            endpoint.registerWebhook();
            logged = logs.events();
        }

        wireMock.verify(1, getRequestedFor(urlEqualTo("/api/v1/webhooks")));
        List<LoggedRequest> posts = wireMock.findAll(postRequestedFor(urlEqualTo("/api/v1/webhooks")));
        assertThat(posts).hasSize(1);
        JsonNode sent = body(posts.get(0));
        assertThat(sent.get("subscription_url").asText()).isEqualTo(HOOK_URL);
        assertThat(sent.get("event_action").asText()).isEqualTo("create");
        assertThat(sent.get("event_object").asText()).isEqualTo("lead");
        assertThat(sent.get("version").asText()).isEqualTo("2.0");
        assertThat(sent.get("name").asText()).isEqualTo("camel-pipedrive-leads pipedrive-leads/new");
        assertThat(sent.get("http_auth_user").asText()).isEqualTo("camel-pipedrive-leads");
        String secret = sent.get("http_auth_password").asText();
        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
        assertThat(logged).isNotEmpty();
        assertThat(String.join("\n", logged)).doesNotContain(secret).doesNotContain(TOKEN);
        assertThat(sent.properties()).hasSize(7);
        assertThat(posts.get(0).getHeader("x-api-token")).isEqualTo(TOKEN);
        assertThat(endpoint.webhookSubscription().getSubscriptionId()).isEqualTo(501L);

        endpoint.unregisterWebhook();
        wireMock.verify(1, deleteRequestedFor(urlEqualTo("/api/v1/webhooks/501")));
    }

    @Test
    void eachRegistrationGeneratesAnotherSecret() throws Exception {
        existing("[]");
        endpoint("").registerWebhook();
        endpoint("stateKey=other").registerWebhook();
        List<LoggedRequest> posts = wireMock.findAll(postRequestedFor(urlEqualTo("/api/v1/webhooks")));
        assertThat(body(posts.get(0)).get("http_auth_password").asText())
                .isNotEqualTo(body(posts.get(1)).get("http_auth_password").asText());
    }

    @Test
    void updatedFeedSubscribesToAllLeadEventsAndOptionsChooseTheAction() throws Exception {
        existing("[]");
        endpoint("feed=updated").registerWebhook();
        endpoint("feed=updated&webhookEventAction=change&webhookName=my-hook").registerWebhook();
        List<LoggedRequest> posts = wireMock.findAll(postRequestedFor(urlEqualTo("/api/v1/webhooks")));
        assertThat(body(posts.get(0)).get("event_action").asText()).isEqualTo("*");
        assertThat(body(posts.get(1)).get("event_action").asText()).isEqualTo("change");
        assertThat(body(posts.get(1)).get("name").asText()).isEqualTo("my-hook");
    }

    @Test
    void reusesOurSubscriptionForTheSameUrlWhenItsConfiguredCredentialsMatch() throws Exception {
        existing("[" + hook(42, HOOK_URL, "camel-pipedrive-leads pipedrive-leads/new", "create",
                "camel-pipedrive-leads", "configured-pass") + ","
                 + hook(43, "https://elsewhere.test/hook", "camel-pipedrive-leads pipedrive-leads/new", "create",
                         "camel-pipedrive-leads", "configured-pass") + ","
                 + hook(44, HOOK_URL, "someone else's", "*", null, null) + "]");
        PipedriveLeadsEndpoint endpoint = endpoint("webhookAuthPassword=configured-pass");
        endpoint.registerWebhook();

        wireMock.verify(0, postRequestedFor(urlEqualTo("/api/v1/webhooks")));
        wireMock.verify(0, deleteRequestedFor(urlPathMatching("/api/v1/webhooks/.*")));
        assertThat(endpoint.webhookSubscription().getSubscriptionId()).isEqualTo(42L);
        endpoint.unregisterWebhook();
        wireMock.verify(1, deleteRequestedFor(urlEqualTo("/api/v1/webhooks/42")));
        wireMock.verify(1, deleteRequestedFor(urlPathMatching("/api/v1/webhooks/.*")));
    }

    @Test
    void replacesOurSubscriptionWhoseGeneratedSecretIsUnknownAndRemovesDuplicates() throws Exception {
        existing("[" + hook(42, HOOK_URL, "camel-pipedrive-leads pipedrive-leads/new", "create",
                "camel-pipedrive-leads", "from-an-earlier-run") + ","
                 + hook(45, HOOK_URL, "camel-pipedrive-leads old", "*", "camel-pipedrive-leads", "x") + "]");
        PipedriveLeadsEndpoint endpoint = endpoint("");
        endpoint.registerWebhook();

        wireMock.verify(1, deleteRequestedFor(urlEqualTo("/api/v1/webhooks/42")));
        wireMock.verify(1, deleteRequestedFor(urlEqualTo("/api/v1/webhooks/45")));
        wireMock.verify(1, postRequestedFor(urlEqualTo("/api/v1/webhooks")));
        assertThat(endpoint.webhookSubscription().getSubscriptionId()).isEqualTo(501L);
    }

    @Test
    void replacesOurSubscriptionWithAnotherPasswordOrAction() throws Exception {
        existing("[" + hook(42, HOOK_URL, "camel-pipedrive-leads pipedrive-leads/new", "create",
                "camel-pipedrive-leads", "old-pass") + "]");
        endpoint("webhookAuthPassword=new-pass").registerWebhook();
        wireMock.verify(1, deleteRequestedFor(urlEqualTo("/api/v1/webhooks/42")));
        wireMock.verify(1, postRequestedFor(urlEqualTo("/api/v1/webhooks")));
    }

    @Test
    void aListedSubscriptionWithoutAUsableIdIsLeftAlone() throws Exception {
        // found by the security re-probe: an id that is not a number was read as 0, and DELETE webhooks/0 was sent
        existing("[" + hook(0, HOOK_URL, "camel-pipedrive-leads pipedrive-leads/new", "create", "camel-pipedrive-leads",
                "configured-pass").replace("\"id\":0", "\"id\":\"not-a-number\"") + "]");
        PipedriveLeadsEndpoint endpoint = endpoint("webhookAuthPassword=configured-pass");
        endpoint.registerWebhook();

        wireMock.verify(0, deleteRequestedFor(urlPathMatching("/api/v1/webhooks/.*")));
        wireMock.verify(1, postRequestedFor(urlEqualTo("/api/v1/webhooks")));
        assertThat(endpoint.webhookSubscription().getSubscriptionId()).isEqualTo(501L);
    }

    @Test
    void keepOnStopLeavesTheSubscription() throws Exception {
        existing("[]");
        PipedriveLeadsEndpoint endpoint = endpoint("webhookKeepOnStop=true&webhookAuthPassword=kept-pass");
        endpoint.registerWebhook();
        endpoint.unregisterWebhook();
        wireMock.verify(0, deleteRequestedFor(urlPathMatching("/api/v1/webhooks/.*")));
    }

    @Test
    void aFailedRegistrationFailsWithPipedrivesErrorAndNoSecret() throws Exception {
        existing("[]");
        wireMock.stubFor(post(urlEqualTo("/api/v1/webhooks")).willReturn(json(400,
                "{\"success\":false,\"error\":\"Subscription url is not valid\"}")));
        PipedriveLeadsEndpoint endpoint = endpoint("webhookAuthPassword=never-shown-pass");
        assertThatThrownBy(endpoint::registerWebhook)
                .hasMessageContaining("400")
                .satisfies(e -> assertThat(e.toString()).doesNotContain("never-shown-pass").doesNotContain(TOKEN));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        // an error quoting the list it failed on, with the configured password and another app's
        "500|{\"success\":false,\"error\":\"internal (while listing {'http_auth_password':'never-shown-pass'},"
        + " {'http_auth_password':'other-apps-pass'})\"}",
        // a list cut short: its JSON breaks after the passwords
        "200|{\"success\":true,\"data\":[{\"id\":7,\"http_auth_password\":\"other-apps-pass\"},"
        + "{\"http_auth_password\":\"never-shown-pass\",\"name\":\"cut",
    })
    void aFailedListingNeverShowsTheWebhookPasswordsItCarries(String answer) {
        wireMock.stubFor(get(urlEqualTo("/api/v1/webhooks")).willReturn(json(Integer.parseInt(answer.substring(0, 3)),
                answer.substring(4))));
        PipedriveLeadsEndpoint endpoint = endpoint("webhookAuthPassword=never-shown-pass");

        assertThatThrownBy(endpoint::registerWebhook).hasMessageContaining("getWebhooks").satisfies(e -> {
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertThat(t.toString()).doesNotContain("never-shown-pass");
                if (answer.startsWith("200")) {
                    assertThat(t.toString()).as("a member named as a password").doesNotContain("other-apps-pass");
                }
            }
        });
    }
}
