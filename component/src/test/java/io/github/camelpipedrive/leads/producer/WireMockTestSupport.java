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
package io.github.camelpipedrive.leads.producer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared set-up of the producer tests: one WireMock server per test class (reset before each test), the
 * pipedrive-leads component pointed at it with an API token on the component configuration, and helpers to send
 * exchanges, stub Pipedrive responses and inspect what went over the wire.
 */
abstract class WireMockTestSupport extends CamelTestSupport {

    static final String TOKEN = "test-token-SECRET-123";
    static final String LEAD_ID = "adf21080-0e10-11eb-879b-05d71fb426ec";
    static final String OTHER_LEAD_ID = "0b8e1f5a-7c41-4a8e-9f3e-2d6f0c9a1b77";
    static final String LABEL_ID = "f08b42a0-4e75-11ea-9643-03698ef1cfd6";
    /** An enum custom field (key from the API reference's leadFields example). */
    static final String CF_ENUM = "9dc80c50d78a15643bfc4ca79d76156a73a1ca0e";
    /** A monetary custom field: the amount key and its {@code _currency} sub-field. */
    static final String CF_MONEY = "d4de1c15a2b3c4d5e6f708192a3b4c5d6e7f8091";

    static final ObjectMapper JSON = new ObjectMapper();

    static WireMockServer wireMock;

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
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        PipedriveLeadsComponent component = camelContext.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(wireMock.baseUrl());
        component.getConfiguration().setApiToken(TOKEN);
        return camelContext;
    }

    /** The component configured for the test (its configuration holds the component-level defaults). */
    PipedriveLeadsComponent component() {
        return context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
    }

    // ---------------------------------------------------------------- sending

    /** Sends an exchange (InOut) and returns it; a failure is left on {@code exchange.getException()}. */
    Exchange send(String uri, Object body, Map<String, ?> headers) {
        return template.send(uri, ExchangePattern.InOut, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().getHeaders().putAll(headers);
        });
    }

    Exchange send(String uri, Object body) {
        return send(uri, body, Map.of());
    }

    /** Sends an exchange that must succeed and returns it. */
    Exchange call(String uri, Object body, Map<String, ?> headers) {
        Exchange exchange = send(uri, body, headers);
        assertThat(exchange.getException()).as("exception of %s", uri).isNull();
        return exchange;
    }

    Exchange call(String uri, Object body) {
        return call(uri, body, Map.of());
    }

    Exchange call(String uri) {
        return call(uri, null, Map.of());
    }

    // ---------------------------------------------------------------- stubbing

    /** A JSON response of the given status. */
    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** Pipedrive's success envelope around {@code data}. */
    static String success(String data) {
        return "{\"success\":true,\"data\":" + data + "}";
    }

    /** Pipedrive's list envelope: {@code data} plus {@code additional_data}. */
    static String list(String data, String additionalData) {
        return "{\"success\":true,\"data\":" + data + ",\"additional_data\":" + additionalData + "}";
    }

    /** Stubs the request with a JSON response. */
    static void stub(MappingBuilder request, int status, String body) {
        wireMock.stubFor(request.willReturn(json(status, body)));
    }

    // ---------------------------------------------------------------- inspecting the wire

    /** Every request WireMock received in this test, oldest first. */
    static List<LoggedRequest> requests() {
        List<LoggedRequest> requests = new ArrayList<>();
        for (ServeEvent event : wireMock.getAllServeEvents()) {
            requests.add(event.getRequest());
        }
        Collections.reverse(requests);
        return requests;
    }

    /** The single request of the test, checked for credentials: x-api-token header, never in the URL. */
    static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = requests();
        assertThat(requests).as("requests sent").hasSize(1);
        LoggedRequest request = requests.get(0);
        assertAuthenticatedWithApiToken(request);
        return request;
    }

    static void assertAuthenticatedWithApiToken(LoggedRequest request) {
        assertThat(request.getHeader("x-api-token")).as("x-api-token header").isEqualTo(TOKEN);
        assertThat(request.containsHeader("Authorization")).as("Authorization header present").isFalse();
        assertThat(request.getQueryParams()).as("query parameters").doesNotContainKey("api_token");
        assertThat(request.getUrl()).doesNotContain(TOKEN);
    }

    static void assertNoRequestSent() {
        assertThat(wireMock.getAllServeEvents()).as("requests that reached the server").isEmpty();
    }

    /** The names of the query parameters of a request. */
    static Set<String> queryNames(LoggedRequest request) {
        return new TreeSet<>(request.getQueryParams().keySet());
    }

    /** The (single) value of a query parameter, decoded. */
    static String query(LoggedRequest request, String name) {
        return request.queryParameter(name).firstValue();
    }

    /** The JSON body of a request. */
    static JsonNode jsonBody(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (Exception e) {
            throw new AssertionError("request body is not JSON: " + request.getBodyAsString(), e);
        }
    }

    /** The property names of a JSON object, sorted. */
    static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    // ---------------------------------------------------------------- validation

    /**
     * Asserts that the exchange failed with a {@link PipedriveValidationException} for {@code field} whose message
     * names the field and contains every fragment, and that nothing reached the server.
     */
    static PipedriveValidationException assertRejected(Exchange exchange, String field, String... fragments) {
        assertThat(exchange.getException()).as("exception").isInstanceOf(PipedriveValidationException.class);
        PipedriveValidationException e = (PipedriveValidationException) exchange.getException();
        assertThat(e.getField()).isEqualTo(field);
        assertThat(e.getMessage()).startsWith("Invalid " + field + ": ").contains(fragments);
        assertNoRequestSent();
        return e;
    }

    // ---------------------------------------------------------------- fixtures

    /** A lead as Pipedrive returns it, with two custom fields (enum and monetary) and an unknown new property. */
    static String leadJson(String id, String title) {
        return """
                {
                  "id": "%s",
                  "title": "%s",
                  "owner_id": 1,
                  "creator_id": 2,
                  "label_ids": ["%s"],
                  "person_id": 1092,
                  "organization_id": null,
                  "source_name": "API",
                  "origin": "API",
                  "origin_id": "camel-route-42",
                  "channel": 52,
                  "channel_id": "Jun23 Billboards",
                  "source_deal_id": null,
                  "is_archived": false,
                  "was_seen": true,
                  "value": {"amount": 999, "currency": "USD"},
                  "expected_close_date": "2026-03-31",
                  "next_activity_id": 7,
                  "add_time": "2020-10-14T11:30:36.551Z",
                  "update_time": "2020-10-15T08:00:00.000Z",
                  "visible_to": "3",
                  "cc_email": "company+1+leadntPaYKA5QRxXkh6WMNHiGh@dev.pipedrivemail.com",
                  "%s": 190,
                  "%s": 2300,
                  "%s_currency": "EUR",
                  "some_future_field": "kept"
                }
                """.formatted(id, title, LABEL_ID, CF_ENUM, CF_MONEY, CF_MONEY);
    }

    static String leadJson(String id) {
        return leadJson(id, "Jane Doe Lead");
    }

    static String labelJson(String id, String name, String color) {
        return """
                {"id": "%s", "name": "%s", "color": "%s",
                 "add_time": "2020-02-13T15:31:44.000Z", "update_time": "2020-02-14T09:00:00.000Z"}
                """.formatted(id, name, color);
    }
}
