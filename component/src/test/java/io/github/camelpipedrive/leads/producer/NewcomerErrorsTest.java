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

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.ARCHIVED_STATUS;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mistakes a newcomer makes, refused before anything is sent with a message that names the key or value they
 * meant: camelCase or mistyped keys in Map and JSON bodies, enum typos, a bare number as the lead value, and the
 * API path in baseUrl. No stubs are registered: any request that slipped through would be recorded by WireMock.
 */
class NewcomerErrorsTest extends WireMockTestSupport {

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "personId|person_id", "'title '|title", "organisation_id|organization_id", "organizationId|organization_id",
            "expectedCloseDate|expected_close_date", "labelIds|label_ids", "visibleTo|visible_to" })
    void aMistypedKeyInAnAddLeadMapIsNamedWithTheKeyItMeant(String typo, String meant) {
        Map<String, Object> map = body("title", "ACME", "person_id", 1, typo, meant.equals("title") ? "x" : 2);
        if (meant.equals("person_id")) {
            map.remove("person_id");
            map.put("organization_id", 5);
        }
        PipedriveValidationException e = assertRejected(send("pipedrive-leads:addLead", map), "body." + typo,
                "'" + typo + "' is not a property of AddLeadRequest", "(did you mean " + meant + "?)", "Nothing was sent");
        assertThat(e.getMessage()).contains("custom fields by their 40-character key");
    }

    @Test
    void theMisleadingPersonOrOrganizationErrorIsGoneForCamelCaseKeys() {
        PipedriveValidationException e = assertRejected(
                send("pipedrive-leads:addLead", body("title", "ACME", "personId", 1092)), "body.personId",
                "did you mean person_id?");
        assertThat(e.getMessage()).doesNotContain("must be linked");
    }

    @Test
    void aJsonStringBodyAndAnUpdateAreCheckedTheSameWay() {
        assertRejected(send("pipedrive-leads:addLead", "{\"title\":\"ACME\",\"person_id\":1,\"ownerId\":3}"),
                "body.ownerId", "did you mean owner_id?");
        assertRejected(send("pipedrive-leads:updateLead", body("isArchived", true), Map.of(ID, LEAD_ID)),
                "body.isArchived", "is not a property of UpdateLeadRequest", "did you mean is_archived?");
        assertRejected(send("pipedrive-leads:addLeadLabel", body("name", "Hot", "colour", "red")),
                "body.colour", "is not a property of AddLeadLabelRequest", "did you mean color?");
    }

    @Test
    void anUnknownKeyWithNothingCloseListsTheProperties() {
        PipedriveValidationException e = assertRejected(
                send("pipedrive-leads:addLead", body("title", "ACME", "person_id", 1, "budget", 5)), "body.budget",
                "'budget' is not a property of AddLeadRequest;", "person_id", "organization_id");
        assertThat(e.getMessage()).doesNotContain("did you mean");
    }

    @Test
    void customFieldKeysStayAllowed() {
        stub(com.github.tomakehurst.wiremock.client.WireMock.post("/api/v1/leads"), 201,
                success(leadJson(LEAD_ID, "ACME")));
        call("pipedrive-leads:addLead", body("title", "ACME", "person_id", 1, CF_ENUM, 12, CF_MONEY, 100,
                CF_MONEY + "_currency", "EUR"));
        assertThat(fieldNames(jsonBody(onlyRequest()))).contains(CF_ENUM, CF_MONEY, CF_MONEY + "_currency");
    }

    @Test
    void aBareNumberAsValueExplainsTheExpectedObject() {
        assertRejected(send("pipedrive-leads:addLead", body("title", "ACME", "person_id", 1, "value", 100)),
                "body.value", "{\"amount\": 100, \"currency\": \"EUR\"}");
        assertRejected(send("pipedrive-leads:addLead", "{\"title\":\"ACME\",\"person_id\":1,\"value\":\"100 EUR\"}"),
                "body.value", "{\"amount\": 100, \"currency\": \"EUR\"}");
        assertRejected(send("pipedrive-leads:updateLead", body("value", 100), Map.of(ID, LEAD_ID)),
                "body.value", "{\"amount\":100,\"currency\":\"EUR\"}");
    }

    @Test
    void enumTyposListTheValidValues() {
        assertRejected(send("pipedrive-leads:addLead", body("title", "ACME", "person_id", 1, "visible_to", "2")),
                "body.visible_to", "\"2\" is not a valid visibility", "\"1\", \"3\", \"5\" or \"7\"");
        assertRejected(send("pipedrive-leads:addLeadLabel", body("name", "Hot", "color", "grey")),
                "body.color", "'grey' is not one of", "gray");
        assertRejected(send("pipedrive-leads:getLeads", null, Map.of(ARCHIVED_STATUS, "archive")),
                "archivedStatus", "'archive' is not valid: must be archived, not_archived or all");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "getLeads?archivedStatus=archive|archivedStatus|archived, not_archived, all",
            "getLeads?feed=created|feed|new, updated",
            "searchLeads?searchApiVersion=v3|searchApiVersion|v1, v2" })
    void enumOptionTyposInTheUriListTheValidValues(String uri, String option, String valid) {
        assertThatThrownBy(() -> context.getEndpoint("pipedrive-leads:" + uri))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().hasMessageContaining(option).hasMessageContaining(valid);
        assertNoRequestSent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "getLeads?limit=abc|limit 'abc'|whole number",
            "getLeads?limit=1.5|limit '1.5'|whole number",
            "getLeads?limit=+20|limit ' 20'|whole number",
            "getLeads?ownerId=me|ownerId 'me'|whole number",
            "getLeads?pageSize=five|pageSize 'five'|whole number",
            "getLeads?connectTimeout=30s|connectTimeout '30s'|whole number",
            "getLeads?ownerId=5m|ownerId '5m'|whole number",
            "getLeads?Limit=abc|Limit 'abc'|whole number",
            "getLeads?page-size=ten|page-size 'ten'|whole number",
            "getLeads?maxResponseSize=5m|maxResponseSize '5m'|whole number",
            "convertLeadToDeal?conversionTimeout=5M|conversionTimeout '5M'|duration",
            // the poll scheduler's options: delay=abc polled without a pause, at a token cost per poll
            "getLeads?delay=abc|delay 'abc'|duration",
            "getLeads?initialDelay=5M|initialDelay '5M'|duration",
            "getLeads?backoffMultiplier=two|backoffMultiplier 'two'|whole number",
            "getLeads?maxMessagesPerPoll=all|maxMessagesPerPoll 'all'|whole number" })
    void numberOptionsThatAreNotNumbersAreRefusedWithTheirText(String uri, String named, String rule) {
        // Camel itself would turn such text into 0 without a word, to fail later as "was 0"
        assertThatThrownBy(() -> context.getEndpoint("pipedrive-leads:" + uri))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().hasMessageContaining(named).hasMessageContaining(rule);
        assertNoRequestSent();
    }

    @Test
    void componentOptionsFromCamelMainPropertiesAreCheckedToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path properties = dir.resolve("application.properties");
        java.nio.file.Files.writeString(properties, String.join("\n",
                "camel.component.pipedrive-leads.api-token=some-token",
                "camel.component.pipedrive-leads.response-timeout=30s",
                "camel.component.pipedrive-leads.max-retries=abc", ""));
        org.apache.camel.main.Main main = new org.apache.camel.main.Main();
        main.setDefaultPropertyPlaceholderLocation("file:" + properties);
        main.configure().addRoutesBuilder(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("direct:leads").to("pipedrive-leads:getLeads");
            }
        });

        try {
            // Camel binds 0 (no retries) and would start without a word
            assertThatThrownBy(main::start).hasStackTraceContaining("camel.component.pipedrive-leads.maxRetries=abc")
                    .hasStackTraceContaining("Invalid maxRetries 'abc': must be a whole number");
        } finally {
            main.stop();
        }
    }

    @Test
    void aProxyHostWithUserInfoIsRefusedWithoutQuotingIt() {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> context.getEndpoint(
                "pipedrive-leads:getLeads?proxyHost=RAW(proxyuser:PROXY-S3CRET@127.0.0.1)").start());

        assertThat(failure).isNotNull();
        java.io.StringWriter trace = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(trace));
        assertThat(trace.toString()).contains("Invalid proxyHost").doesNotContain("PROXY-S3CRET");
        assertNoRequestSent();
    }

    @Test
    void numberOptionsTakeNumbersAndLongOnesCamelsDurations() {
        assertThat(context.getEndpoint("pipedrive-leads:getLeads?limit=20&conversionTimeout=2m&retryMaxDelay=1d"
                                       + "&backfillDelay=1h30m&retryInitialDelay=250ms",
                io.github.camelpipedrive.leads.PipedriveLeadsEndpoint.class).getConfiguration())
                .satisfies(c -> {
                    assertThat(c.getLimit()).isEqualTo(20);
                    assertThat(c.getConversionTimeout()).isEqualTo(120_000L);
                    assertThat(c.getRetryMaxDelay()).isEqualTo(86_400_000L);
                    assertThat(c.getBackfillDelay()).isEqualTo(5_400_000L);
                    assertThat(c.getRetryInitialDelay()).isEqualTo(250L);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://acme.pipedrive.com/api/v1", "https://acme.pipedrive.com/api/v2/",
                             "https://api.pipedrive.com/v1", "https://api.pipedrive.com/v2" })
    void aBaseUrlWithTheApiPathIsRefusedAtEndpointCreationWithAHint(String baseUrl) {
        assertThatThrownBy(() -> context.getEndpoint("pipedrive-leads:getLeadSources?baseUrl=" + baseUrl))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().hasMessageContaining("baseUrl").hasMessageContaining("company URL only")
                .hasMessageContaining(baseUrl.replaceAll("/(api/)?v[12]/?$", ""));
        assertNoRequestSent();
    }

    @Test
    void aTypedModelWithAnUnknownCustomFieldNameIsRefusedToo() {
        assertRejected(send("pipedrive-leads:addLead", new AddLeadRequest("ACME").personId(1).customField("Budget", 5)),
                "body.Budget", "is not a property of AddLeadRequest", "resolveCustomFieldNames=true");
    }
}
