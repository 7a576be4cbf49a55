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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.stream.Stream;

import io.github.camelpipedrive.leads.exception.PipedriveApiException;
import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.HTTP_STATUS;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.RATE_LIMIT_REMAINING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Error responses become a PipedriveApiException carrying status, Pipedrive's error and error_info, operation, method
 * and path, with a readable message; malformed success bodies become a PipedriveLeadsException. Neither the
 * exceptions nor anything the component logs (captured at TRACE) ever contains the API token.
 * <p>
 * The log capture covers the component's own loggers ({@code io.github.camelpipedrive}) and Camel's
 * ({@code org.apache.camel}). It deliberately leaves out Apache HttpClient ({@code org.apache.hc}): at DEBUG its
 * header and wire loggers print every request header verbatim, x-api-token included, which is HttpClient's documented
 * behaviour and must be kept off in production logging configurations.
 */
class ProducerErrorMappingTest extends WireMockTestSupport {

    private static final String CLOUDFLARE_PAGE = """
            <!DOCTYPE html>
            <html lang="en-US">
            <head><title>Attention Required! | Cloudflare</title>
            <style>body{font-family:sans-serif}</style>
            <script>window._cf_chl_opt={cvId:'3'};</script></head>
            <body><div class="cf-wrapper"><h1 data-translate="block_headline">Sorry, you have been blocked</h1>
            <h2>You are unable to access pipedrive.com</h2>
            <p>This website is using a security service to protect itself from online attacks.</p>
            <span class="cf-footer-item">Cloudflare Ray ID: <strong>8c1f2d3e4a5b6c7d</strong></span></div></body>
            </html>
            """;

    private LogCapture logs;

    @BeforeEach
    void captureLogs() {
        logs = LogCapture.of(Level.TRACE, "io.github.camelpipedrive", "org.apache.camel");
    }

    @AfterEach
    void releaseLogs() {
        logs.close();
    }

    static Stream<Arguments> jsonErrors() {
        return Stream.of(
                arguments(400, "provided dataset is not valid", "\"owner_id\" must be a number"),
                arguments(401, "unauthorized access", "Please check developers.pipedrive.com"),
                arguments(402, "Company account is not open", "Please check developers.pipedrive.com"),
                arguments(403, "Scope and URL mismatch", null),
                arguments(404, "requested lead not found", "Object was not found."),
                arguments(410, "Gone", "Old resource permanently unavailable"),
                arguments(429, "Too Many Requests", "Please check developers.pipedrive.com"),
                arguments(500, "Internal server error", null));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @MethodSource("jsonErrors")
    void jsonErrorEnvelopeIsMapped(int status, String error, String errorInfo) {
        String body = "{\"success\":false,\"error\":\"" + error.replace("\"", "\\\"") + "\""
                      + (errorInfo == null ? "" : ",\"error_info\":\"" + errorInfo.replace("\"", "\\\"") + "\"")
                      + ",\"errorCode\":" + status + ",\"data\":null,\"additional_data\":null}";
        wireMock.stubFor(get("/api/v1/leads/" + LEAD_ID).willReturn(json(status, body)
                .withHeader("x-ratelimit-limit", "20").withHeader("x-ratelimit-remaining", "0")
                .withHeader("x-ratelimit-reset", "2")));

        PipedriveApiException e = apiError(send("pipedrive-leads:getLead", null, Map.of(ID, LEAD_ID)));

        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat(e.getError()).isEqualTo(error);
        assertThat(e.getErrorInfo()).isEqualTo(errorInfo);
        assertThat(e.getOperation()).isEqualTo("getLead");
        assertThat(e.getMethod()).isEqualTo("GET");
        assertThat(e.getPath()).isEqualTo("/api/v1/leads/" + LEAD_ID);
        assertThat(e.getMessage())
                .startsWith("Pipedrive getLead (GET /api/v1/leads/" + LEAD_ID + ") failed with HTTP " + status + ": ")
                .contains(error);
        if (errorInfo != null) {
            assertThat(e.getMessage()).contains("(" + errorInfo + ")");
        }
        assertThat(e.getRateLimit().remaining()).isZero();
        assertThat(e.getRateLimit().resetSeconds()).isEqualTo(2);
        assertTokenNowhere(e);
    }

    @Test
    void errorOfAPostNamesTheOperationMethodAndPath() {
        wireMock.stubFor(any(urlPathMatching("/api/v1/leads")).willReturn(json(400,
                "{\"success\":false,\"error\":\"provided dataset is not valid\","
                + "\"error_info\":\"\\\"owner_id\\\" must be a number\"}")));

        PipedriveApiException e = apiError(send("pipedrive-leads:addLead", new AddLeadRequest("ACME").personId(1)));

        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(e.getOperation()).isEqualTo("addLead");
        assertThat(e.getMethod()).isEqualTo("POST");
        assertThat(e.getPath()).isEqualTo("/api/v1/leads");
        assertThat(e.getErrorInfo()).isEqualTo("\"owner_id\" must be a number");
        assertTokenNowhere(e);
    }

    @Test
    void cloudflareHtmlBlockPageBecomesAReadableMessage() {
        wireMock.stubFor(get("/api/v1/leads/" + LEAD_ID).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "text/html; charset=UTF-8").withBody(CLOUDFLARE_PAGE)));

        PipedriveApiException e = apiError(send("pipedrive-leads:getLead", null, Map.of(ID, LEAD_ID)));

        assertThat(e.getStatusCode()).isEqualTo(403);
        assertThat(e.getError()).as("the page title").isEqualTo("Attention Required! | Cloudflare");
        assertThat(e.getErrorInfo()).isNull();
        assertThat(e.getMessage()).contains("HTTP 403", "Attention Required! | Cloudflare")
                .doesNotContain("<", ">", "<script", "window._cf_chl_opt", "font-family");
        assertThat(e.getMessage().length()).isLessThan(400);
        assertTokenNowhere(e);
    }

    @Test
    void htmlWithoutTitleIsReducedToItsText() {
        wireMock.stubFor(get("/api/v1/leads/" + LEAD_ID).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>Service Unavailable</h1><p>Scheduled maintenance</p></body></html>")));

        PipedriveApiException e = apiError(send("pipedrive-leads:getLead", null, Map.of(ID, LEAD_ID)));

        assertThat(e.getError()).isEqualTo("Service Unavailable Scheduled maintenance");
        assertTokenNowhere(e);
    }

    @Test
    void emptyErrorBodyGivesTheReasonPhrase() {
        wireMock.stubFor(get("/api/v1/leads/" + LEAD_ID).willReturn(aResponse().withStatus(401)));

        PipedriveApiException e = apiError(send("pipedrive-leads:getLead", null, Map.of(ID, LEAD_ID)));

        assertThat(e.getStatusCode()).isEqualTo(401);
        assertThat(e.getError()).isEqualTo("Unauthorized");
        assertTokenNowhere(e);
    }

    @Test
    void failureLoggedByACamelRouteContainsNoToken() {
        stub(get("/api/v1/leads/" + LEAD_ID), 401, "{\"success\":false,\"error\":\"unauthorized access\"}");

        Exchange exchange = send("direct:getLead", null, Map.of(ID, LEAD_ID));

        assertThat(apiError(exchange).getStatusCode()).isEqualTo(401);
        assertThat(logs.text()).as("Camel's error handler logged the failure")
                .contains("ERROR org.apache.camel", "failed with HTTP 401: unauthorized access");
        assertTokenNowhere(exchange.getException());
    }

    // ---------------------------------------------------------------- 404 as empty body

    @Test
    void notFoundAsEmptyBodyTurnsA404OnGetLeadIntoANullBody() {
        wireMock.stubFor(get("/api/v1/leads/" + LEAD_ID).willReturn(json(404,
                "{\"success\":false,\"error\":\"requested lead not found\",\"error_info\":\"Object was not found.\"}")
                .withHeader("x-ratelimit-remaining", "38")));

        Exchange exchange = send("pipedrive-leads:getLead?notFoundAsEmptyBody=true", "previous body", Map.of(ID, LEAD_ID));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isNull();
        assertThat(exchange.getMessage().getHeader(HTTP_STATUS)).isEqualTo(404);
        assertThat(exchange.getMessage().getHeader(RATE_LIMIT_REMAINING)).isEqualTo(38);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void a404OnGetLeadIsAnExceptionByDefault() {
        stub(get("/api/v1/leads/" + LEAD_ID), 404, "{\"success\":false,\"error\":\"requested lead not found\"}");

        assertThat(apiError(send("pipedrive-leads:getLead", null, Map.of(ID, LEAD_ID))).getStatusCode())
                .isEqualTo(404);
    }

    @Test
    void notFoundAsEmptyBodyOnlyAppliesToGetLead() {
        stub(delete("/api/v1/leads/" + LEAD_ID), 404, "{\"success\":false,\"error\":\"requested lead not found\"}");

        assertThat(apiError(send("pipedrive-leads:deleteLead?notFoundAsEmptyBody=true", null, Map.of(ID, LEAD_ID)))
                .getStatusCode()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- malformed success bodies

    @Test
    void malformedJsonOnSuccessIsAReadableComponentException() {
        stub(get("/api/v1/leads/" + LEAD_ID), 200, "{\"success\":true,\"data\":{\"id\":\"" + LEAD_ID + "\",");

        PipedriveLeadsException e = componentError(send("pipedrive-leads:getLead", null, Map.of(ID, LEAD_ID)));

        assertThat(e.getMessage()).contains("getLead", "GET /api/v1/leads/" + LEAD_ID, "HTTP 200", "malformed JSON");
        assertTokenNowhere(e);
    }

    @Test
    void htmlOnSuccessIsAReadableComponentException() {
        wireMock.stubFor(get("/api/v1/leadSources").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody(CLOUDFLARE_PAGE)));

        PipedriveLeadsException e = componentError(send("pipedrive-leads:getLeadSources", null));

        assertThat(e.getMessage()).contains("getLeadSources", "HTTP 200", "Attention Required! | Cloudflare")
                .doesNotContain("<script");
        assertTokenNowhere(e);
    }

    @Test
    void jsonOfTheWrongShapeIsAReadableComponentException() {
        stub(get("/api/v1/leads/" + LEAD_ID), 200, success("[1,2,3]"));

        PipedriveLeadsException e = componentError(send("pipedrive-leads:getLead", null, Map.of(ID, LEAD_ID)));

        assertThat(e.getMessage()).contains("Cannot read the getLead response as Lead");
        assertTokenNowhere(e);
    }

    // ---------------------------------------------------------------- helpers

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:getLead").to("pipedrive-leads:getLead");
            }
        };
    }

    private static PipedriveApiException apiError(Exchange exchange) {
        assertThat(exchange.getException()).isInstanceOf(PipedriveApiException.class);
        return (PipedriveApiException) exchange.getException();
    }

    private static PipedriveLeadsException componentError(Exchange exchange) {
        assertThat(exchange.getException()).isInstanceOf(PipedriveLeadsException.class)
                .isNotInstanceOf(PipedriveApiException.class)
                .isNotInstanceOf(PipedriveValidationException.class);
        return (PipedriveLeadsException) exchange.getException();
    }

    /** The token is in no part of the exception (message, stack trace, causes) nor in anything logged. */
    private void assertTokenNowhere(Exception e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(TOKEN);
        assertThat(e.toString()).doesNotContain(TOKEN);
        assertThat(logs.events()).as("captured log events").isNotEmpty();
        assertThat(logs.text()).doesNotContain(TOKEN);
    }
}
