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

import java.util.function.Supplier;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.exception.PipedriveApiException;
import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import io.github.camelpipedrive.leads.exception.PipedriveRateLimitException;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer's fault-injection matrix (docs/reliability-and-security.md): every fault once, then a healthy answer,
 * for an idempotent call (getLead) and a create (addLead). Each cell asserts the exact outcome and how many requests
 * reached the server.
 */
class FaultMatrixProducerTest extends WireMockTestSupport {

    enum Outcome { RETRIED_AND_SUCCEEDED, RATE_LIMIT_DAILY, API_ERROR, TRANSPORT_ERROR, MALFORMED }

    private static final String LEAD_JSON = "{\"success\":true,\"data\":{\"id\":\"" + LEAD_ID
                                            + "\",\"title\":\"ok\",\"person_id\":1,\"add_time\":"
                                            + "\"2026-01-01T00:00:00.000Z\",\"update_time\":\"2026-01-01T00:00:00.000Z\"}}";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PipedriveLeadsConfiguration c = context.getComponent("pipedrive-leads",
                io.github.camelpipedrive.leads.PipedriveLeadsComponent.class).getConfiguration();
        c.setRetryInitialDelay(10);
        c.setRetryMaxDelay(20);
        // generous: the first request of a fresh JVM on a loaded 2-core machine can take over a second; the
        // read-timeout cell delays its answer well past it
        c.setResponseTimeout(2000);
        return context;
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                cell("429 burst", () -> aResponse().withStatus(429).withHeader("x-ratelimit-limit", "20")
                        .withHeader("x-ratelimit-remaining", "0").withHeader("x-ratelimit-reset", "1")
                        .withBody("{\"success\":false,\"error\":\"Too Many Requests\"}"),
                        Outcome.RETRIED_AND_SUCCEEDED, Outcome.RETRIED_AND_SUCCEEDED),
                cell("429 daily budget", () -> aResponse().withStatus(429)
                        .withHeader("x-daily-ratelimit-token-remaining", "0")
                        .withBody("{\"success\":false,\"error\":\"Too Many Requests\"}"),
                        Outcome.RATE_LIMIT_DAILY, Outcome.RATE_LIMIT_DAILY),
                cell("500", () -> errorJson(500, "Internal server error"), Outcome.API_ERROR, Outcome.API_ERROR),
                cell("502", () -> errorJson(502, "Bad gateway"), Outcome.RETRIED_AND_SUCCEEDED, Outcome.API_ERROR),
                cell("503", () -> errorJson(503, "Service unavailable"), Outcome.RETRIED_AND_SUCCEEDED, Outcome.API_ERROR),
                cell("504", () -> errorJson(504, "Gateway timeout"), Outcome.RETRIED_AND_SUCCEEDED, Outcome.API_ERROR),
                cell("connection reset", () -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                        Outcome.RETRIED_AND_SUCCEEDED, Outcome.TRANSPORT_ERROR),
                cell("read timeout", () -> aResponse().withStatus(200).withFixedDelay(4000).withBody(LEAD_JSON),
                        Outcome.RETRIED_AND_SUCCEEDED, Outcome.TRANSPORT_ERROR),
                cell("malformed JSON", () -> aResponse().withStatus(200).withHeader("Content-Type",
                        "application/json").withBody("{\"success\":true,\"data\":{"),
                        Outcome.MALFORMED, Outcome.MALFORMED),
                cell("truncated body", () -> aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK),
                        Outcome.RETRIED_AND_SUCCEEDED, Outcome.TRANSPORT_ERROR),
                cell("HTML 403", () -> aResponse().withStatus(403).withHeader("Content-Type", "text/html")
                        .withBody("<html><head><title>Attention Required! | Cloudflare</title></head></html>"),
                        Outcome.API_ERROR, Outcome.API_ERROR),
                cell("401", () -> errorJson(401, "unauthorized access"), Outcome.API_ERROR, Outcome.API_ERROR),
                cell("402", () -> errorJson(402, "Company account is not open"), Outcome.API_ERROR, Outcome.API_ERROR),
                cell("404", () -> errorJson(404, "requested lead not found"), Outcome.API_ERROR, Outcome.API_ERROR));
    }

    private static Arguments cell(String fault, Supplier<ResponseDefinitionBuilder> response, Outcome idempotent,
            Outcome create) {
        return Arguments.of(fault, response, idempotent, create);
    }

    private static ResponseDefinitionBuilder errorJson(int status, String error) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"success\":false,\"error\":\"" + error + "\",\"error_info\":\"x\",\"data\":null}");
    }

    @ParameterizedTest(name = "{0}: getLead {2}, addLead {3}")
    @MethodSource("matrix")
    void faultOnceThenHealthy(String fault, Supplier<ResponseDefinitionBuilder> faulty, Outcome onGet,
            Outcome onCreate) {
        long getStarted = System.currentTimeMillis();
        failOnceThen(() -> get(urlPathEqualTo("/api/v1/leads/" + LEAD_ID)), faulty, aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(LEAD_JSON));
        Exchange read = template.request("pipedrive-leads:getLead", e -> e.getMessage()
                .setHeader("CamelPipedriveLeadsId", LEAD_ID));
        assertOutcome(fault, read, onGet, "GET", getStarted);

        wireMock.resetAll();
        long postStarted = System.currentTimeMillis();
        failOnceThen(() -> post(urlPathEqualTo("/api/v1/leads")), faulty, aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(LEAD_JSON));
        Exchange create = template.request("pipedrive-leads:addLead", e -> e.getMessage()
                .setBody(new AddLeadRequest("x").personId(1)));
        assertOutcome(fault, create, onCreate, "POST", postStarted);
    }

    private void failOnceThen(Supplier<MappingBuilder> request, Supplier<ResponseDefinitionBuilder> faulty,
            ResponseDefinitionBuilder healthy) {
        wireMock.stubFor(request.get().inScenario("fault").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(faulty.get()).willSetStateTo("healthy"));
        wireMock.stubFor(request.get().inScenario("fault").whenScenarioStateIs("healthy").willReturn(healthy));
    }

    private void assertOutcome(String fault, Exchange exchange, Outcome expected, String method, long since) {
        // a delayed answer of an earlier cell can land in the journal late: count requests that arrived in this cell
        int requests = (int) wireMock.getAllServeEvents().stream()
                .filter(ev -> ev.getRequest().getLoggedDate().getTime() >= since).count();
        Exception e = exchange.getException();
        switch (expected) {
            case RETRIED_AND_SUCCEEDED -> {
                assertThat(e).as("%s on %s", fault, method).isNull();
                assertThat(exchange.getMessage().getBody(Lead.class).getId()).isEqualTo(LEAD_ID);
                // a read timeout can repeat while the server still holds the delayed answer; never more than the
                // retry budget allows
                assertThat(requests).as("requests for %s on %s", fault, method).isBetween(2, 4);
            }
            case RATE_LIMIT_DAILY -> {
                assertThat(e).isInstanceOfSatisfying(PipedriveRateLimitException.class,
                        r -> assertThat(r.isDailyBudgetExhausted()).isTrue());
                assertThat(requests).isEqualTo(1);
            }
            case API_ERROR -> {
                assertThat(e).as("%s on %s", fault, method).isInstanceOf(PipedriveApiException.class)
                        .hasMessageNotContaining(TOKEN).hasMessageNotContaining("<");
                assertThat(requests).as("requests for %s on %s", fault, method).isEqualTo(1);
            }
            case TRANSPORT_ERROR -> {
                assertThat(e).as("%s on %s", fault, method).isInstanceOf(PipedriveLeadsException.class)
                        .isNotInstanceOf(PipedriveApiException.class).hasMessageNotContaining(TOKEN);
                assertThat(requests).as("a POST that may have been processed is never repeated").isEqualTo(1);
            }
            case MALFORMED -> {
                assertThat(e).isInstanceOf(PipedriveLeadsException.class).hasMessageContaining("malformed JSON");
                assertThat(requests).isEqualTo(1);
            }
        }
    }
}
