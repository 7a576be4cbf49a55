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

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import io.github.camelpipedrive.leads.model.AddLeadLabelRequest;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.LeadValue;
import io.github.camelpipedrive.leads.model.UpdateLeadLabelRequest;
import io.github.camelpipedrive.leads.model.UpdateLeadRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.ARCHIVED_STATUS;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.LIMIT;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.OPERATION;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.OWNER_ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.SORT;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.START;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.UPDATED_SINCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every input rule: a request the API would reject (or that would be unsafe to send) fails with a
 * PipedriveValidationException naming the field and the rule, and nothing reaches the server. No stubs are
 * registered, so any request that slipped through would be recorded by WireMock.
 */
class ProducerValidationTest extends WireMockTestSupport {

    private static final AddLeadRequest VALID_LEAD = new AddLeadRequest("ACME").personId(1092);

    // ---------------------------------------------------------------- ids

    @ParameterizedTest
    @ValueSource(strings = { "getLead", "updateLead", "deleteLead", "updateLeadLabel", "deleteLeadLabel" })
    void operationsOnOneItemNeedAnId(String operation) {
        assertRejected(send("pipedrive-leads:" + operation, new UpdateLeadRequest().title("x")),
                "id", "is required", ID);
    }

    @ParameterizedTest
    @ValueSource(strings = { "not-a-uuid", "../x", "a?b=c", "%2F", "..%2F..%2Fusers", LEAD_ID + "/../x",
                             LEAD_ID + "?limit=1", LEAD_ID + "#x", LEAD_ID + "\r\nX-Injected: 1",
                             "adf21080-0e10-11eb-879b-05d71fb426e\n", "adf21080 0e10 11eb 879b 05d71fb426ec" })
    void idMustBeAUuid(String id) {
        Exception e = assertRejected(send("pipedrive-leads:getLead", null, Map.of(ID, id)), "id", "must be a UUID");
        assertThat(e.getMessage()).as("a crafted id must not inject log lines").doesNotContain("\r", "\n");
    }

    @Test
    void idOptionIsValidatedLikeTheHeader() {
        assertRejected(send("pipedrive-leads:deleteLead?id=..%2Fx", null), "id", "must be a UUID");
    }

    // ---------------------------------------------------------------- addLead

    @Test
    void addLeadNeedsATitle() {
        assertRejected(send("pipedrive-leads:addLead", new AddLeadRequest().personId(1)),
                "body.title", "is required");
        assertRejected(send("pipedrive-leads:addLead", Map.of("title", "  ", "person_id", 1)),
                "body.title", "non-empty string");
    }

    @Test
    void addLeadNeedsAPersonOrAnOrganization() {
        assertRejected(send("pipedrive-leads:addLead", new AddLeadRequest("No links")),
                "body.person_id", "person_id or an organization_id");
    }

    @Test
    void addLeadValueNeedsBothAmountAndCurrency() {
        assertRejected(send("pipedrive-leads:addLead",
                new AddLeadRequest("ACME").personId(1).value(new LeadValue(BigDecimal.TEN, null))),
                "body.value", "amount and a currency");
        assertRejected(send("pipedrive-leads:addLead",
                Map.of("title", "ACME", "person_id", 1, "value", Map.of("currency", "EUR"))),
                "body.value", "amount and a currency");
        assertRejected(send("pipedrive-leads:addLead",
                "{\"title\":\"ACME\",\"person_id\":1,\"value\":{\"amount\":5}}"),
                "body.value", "amount and a currency");
    }

    @Test
    void addLeadVisibleToMustBeOneOfTheFourStrings() {
        AddLeadRequest lead = new AddLeadRequest("ACME").personId(1);
        lead.setVisibleTo("2");
        assertRejected(send("pipedrive-leads:addLead", lead), "body.visible_to", "\"1\", \"3\", \"5\" or \"7\"");
    }

    @Test
    void addLeadRejectsMalformedLabelIdsDatesAndIds() {
        assertRejected(send("pipedrive-leads:addLead", new AddLeadRequest("ACME").personId(1).labelIds(List.of("hot"))),
                "body.label_ids", "UUID");
        assertRejected(send("pipedrive-leads:updateLead", Map.of("expected_close_date", "31/03/2026"),
                Map.of(ID, LEAD_ID)), "body.expected_close_date", "YYYY-MM-DD");
        assertRejected(send("pipedrive-leads:addLead", Map.of("title", "ACME", "person_id", -4)),
                "body.person_id", "positive whole number");
    }

    @Test
    void aFractionWhereAnIdBelongsIsRefusedNotCut() {
        // Jackson would bind 1.5 to person 1: the lead would go to another person
        assertRejected(send("pipedrive-leads:addLead", Map.of("title", "ACME", "person_id", 1.5)),
                "body.person_id", "whole number", "1.5");
        assertRejected(send("pipedrive-leads:addLead", "{\"title\":\"ACME\",\"person_id\":1,\"owner_id\":3.99}"),
                "body.owner_id", "whole number", "3.99");
        assertRejected(send("pipedrive-leads:convertLeadToDeal", Map.of("stage_id", 2.5), Map.of(ID, LEAD_ID)),
                "body.stage_id", "whole number");
    }

    @Test
    void aWholeNumberWrittenWithADecimalPointIsTheNumber() throws Exception {
        // libraries that read every JSON number as a Double build such Maps; 3.0 is person 3
        wireMock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/api/v1/leads")
                .willReturn(json(201, success(leadJson(LEAD_ID)))));

        assertThat(send("pipedrive-leads:addLead", Map.of("title", "ACME", "person_id", 3.0, "owner_id",
                new BigDecimal("7.00"))).getException()).isNull();
        assertThat(send("pipedrive-leads:addLead", "{\"title\":\"ACME\",\"person_id\":1e0}").getException()).isNull();

        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> sent = wireMock.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/api/v1/leads")));
        assertThat(sent).hasSize(2);
        assertThat(JSON.readTree(sent.get(0).getBodyAsString()).get("person_id").isIntegralNumber()).isTrue();
        assertThat(JSON.readTree(sent.get(0).getBodyAsString()).get("person_id").asLong()).isEqualTo(3);
        assertThat(JSON.readTree(sent.get(0).getBodyAsString()).get("owner_id").asLong()).isEqualTo(7);
        assertThat(JSON.readTree(sent.get(1).getBodyAsString()).get("person_id").asLong()).isEqualTo(1);
    }

    @Test
    void textAfterAJsonBodyIsRefusedNotDropped() {
        assertRejected(send("pipedrive-leads:addLead",
                "{\"title\":\"first\",\"person_id\":3}{\"title\":\"second\",\"person_id\":3}"), "body",
                "not valid JSON");
        assertRejected(send("pipedrive-leads:updateLead", "{\"title\":\"upd\"} garbage", Map.of(ID, LEAD_ID)),
                "body", "not valid JSON");
    }

    @Test
    void addLeadRejectsAPropertyOfTheWrongType() {
        Exchange exchange = send("pipedrive-leads:addLead", Map.of("title", "ACME", "person_id", "abc"));

        assertThat(exchange.getException()).isInstanceOf(PipedriveValidationException.class);
        PipedriveValidationException e = (PipedriveValidationException) exchange.getException();
        assertThat(e.getField()).startsWith("body");
        assertThat(e.getMessage()).contains("AddLeadRequest", "\"abc\"");
        assertNoRequestSent();
    }

    @Test
    void addLeadRejectsABodyOfAnotherType() {
        assertRejected(send("pipedrive-leads:addLead", 42), "body", "expected AddLeadRequest", "java.lang.Integer");
    }

    // ---------------------------------------------------------------- updateLead

    @Test
    void updateLeadNeedsAtLeastOneProperty() {
        assertRejected(send("pipedrive-leads:updateLead", new UpdateLeadRequest(), Map.of(ID, LEAD_ID)),
                "body", "at least one property");
        assertRejected(send("pipedrive-leads:updateLead", Map.of(), Map.of(ID, LEAD_ID)),
                "body", "at least one property");
        assertRejected(send("pipedrive-leads:updateLead", "{}", Map.of(ID, LEAD_ID)),
                "body", "at least one property");
    }

    @Test
    void updateLeadCannotUnsetBothPersonAndOrganization() {
        assertRejected(send("pipedrive-leads:updateLead",
                new UpdateLeadRequest().personId(null).organizationId(null), Map.of(ID, LEAD_ID)),
                "body.person_id", "cannot unset both person_id and organization_id");
    }

    @Test
    void updateLeadCannotUnsetNonNullableProperties() {
        assertRejected(send("pipedrive-leads:updateLead", new UpdateLeadRequest().ownerId(null), Map.of(ID, LEAD_ID)),
                "body.owner_id", "cannot be null");
    }

    @Test
    void updateLeadVisibleToMustBeOneOfTheFourStrings() {
        assertRejected(send("pipedrive-leads:updateLead", new UpdateLeadRequest().visibleTo("9"), Map.of(ID, LEAD_ID)),
                "body.visible_to", "\"1\", \"3\", \"5\" or \"7\"");
    }

    @Test
    void updateLeadTitleCannotBeBlank() {
        assertRejected(send("pipedrive-leads:updateLead", new UpdateLeadRequest().title(""), Map.of(ID, LEAD_ID)),
                "body.title", "non-empty string");
    }

    // ---------------------------------------------------------------- bodies in general

    @Test
    void nullBodyIsRejected() {
        assertRejected(send("pipedrive-leads:addLead", null), "body", "addLead needs a body");
        assertRejected(send("pipedrive-leads:updateLead", null, Map.of(ID, LEAD_ID)), "body", "updateLead needs a body");
        assertRejected(send("pipedrive-leads:addLeadLabel", null), "body", "addLeadLabel needs a body");
    }

    @Test
    void nonJsonStringBodyIsRejected() {
        assertRejected(send("pipedrive-leads:addLead", "title=ACME&person_id=1"), "body", "not valid JSON");
        assertRejected(send("pipedrive-leads:updateLead", "{\"title\": ", Map.of(ID, LEAD_ID)), "body",
                "not valid JSON");
    }

    @Test
    void jsonThatIsNotAnObjectIsRejected() {
        assertRejected(send("pipedrive-leads:addLead", "[{\"title\":\"ACME\"}]"), "body", "JSON object");
    }

    // ---------------------------------------------------------------- labels

    @Test
    void labelColourMustBeKnown() {
        assertRejected(send("pipedrive-leads:addLeadLabel", new AddLeadLabelRequest("VIP", null)),
                "body.color", "is required", "dark-gray");
        AddLeadLabelRequest turquoise = new AddLeadLabelRequest();
        turquoise.setName("VIP");
        turquoise.setColor("turquoise");
        assertRejected(send("pipedrive-leads:addLeadLabel", turquoise), "body.color", "'turquoise' is not one of");
        assertRejected(send("pipedrive-leads:updateLeadLabel", new UpdateLeadLabelRequest().color("Red"),
                Map.of(ID, LABEL_ID)), "body.color", "'Red' is not one of");
    }

    @Test
    void labelNeedsAName() {
        assertRejected(send("pipedrive-leads:addLeadLabel", Map.of("color", "red")), "body.name", "is required");
        assertRejected(send("pipedrive-leads:updateLeadLabel", new UpdateLeadLabelRequest(), Map.of(ID, LABEL_ID)),
                "body", "name or color");
    }

    // ---------------------------------------------------------------- getLeads query options

    @ParameterizedTest
    @ValueSource(ints = { 0, 501, -1 })
    void limitMustBeBetween1And500(int limit) {
        assertRejected(send("pipedrive-leads:getLeads", null, Map.of(LIMIT, limit)), "limit",
                "between 1 and 500, was " + limit);
    }

    @Test
    void limitOptionIsValidatedLikeTheHeader() {
        assertRejected(send("pipedrive-leads:getLeads?limit=501", null), "limit", "between 1 and 500");
        assertRejected(send("pipedrive-leads:getLeads", null, Map.of(LIMIT, "ten")), "limit", "whole number");
    }

    @Test
    void startMustNotBeNegative() {
        assertRejected(send("pipedrive-leads:getLeads", null, Map.of(START, -1)), "start", "0 or more");
    }

    @Test
    void filterIdsMustBePositive() {
        assertRejected(send("pipedrive-leads:getLeads", null, Map.of(OWNER_ID, 0)), "ownerId", "positive id");
    }

    @ParameterizedTest
    @ValueSource(strings = { "yesterday", "2026-13-01T00:00:00Z", "1700000000", "2026-01-01 10:00" })
    void updatedSinceMustBeIso8601(String since) {
        assertRejected(send("pipedrive-leads:getLeads", null, Map.of(UPDATED_SINCE, since)), "updatedSince",
                "is not an ISO-8601 timestamp");
    }

    @ParameterizedTest
    @ValueSource(strings = { "add_time; DROP", "add_time DESC; DROP TABLE leads", "unknown_field DESC", "add_time DOWN",
                             "title ASC,", "add_time DESC&api_token=x" })
    void sortMustBeKnownFieldsWithAscOrDesc(String sort) {
        assertRejected(send("pipedrive-leads:getLeads", null, Map.of(SORT, sort)), "sort", "field [ASC|DESC]");
    }

    @Test
    void updatedSinceCannotBeCombinedWithArchivedLeads() {
        assertRejected(send("pipedrive-leads:getLeads", null, Map.of(UPDATED_SINCE, "2026-01-01T00:00:00Z",
                ARCHIVED_STATUS, "archived")), "updatedSince", "archivedStatus=archived");
        assertRejected(send("pipedrive-leads:getLeads?archivedStatus=all&updatedSince=2026-01-01T00:00:00Z", null),
                "updatedSince", "archivedStatus=all");
    }

    @Test
    void archivedStatusHeaderMustBeKnown() {
        assertRejected(send("pipedrive-leads:getLeads", null, Map.of(ARCHIVED_STATUS, "deleted")), "archivedStatus",
                "archived, not_archived or all");
    }

    @Test
    void operationHeaderMustBeAnOperation() {
        assertRejected(send("pipedrive-leads:getLeads", null, Map.of(OPERATION, "dropLeads")), OPERATION,
                "'dropLeads' is not an operation", "getLeads");
    }

    @Test
    void controlAValidRequestDoesReachTheServer() {
        // guards the tests above: "no request recorded" is only meaningful if a valid one would be recorded
        Exchange exchange = send("pipedrive-leads:addLead", VALID_LEAD);
        assertThat(requests()).hasSize(1);
        assertThat(exchange.getException()).isNotInstanceOf(PipedriveValidationException.class); // WireMock: 404
    }

    @Test
    void mapBodyWithNullTitleIsStillRejected() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", null);
        body.put("person_id", 1);
        assertRejected(send("pipedrive-leads:addLead", body), "body.title", "is required");
    }
}
