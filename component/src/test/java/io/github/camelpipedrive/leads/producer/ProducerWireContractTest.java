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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelpipedrive.leads.model.AddLeadLabelRequest;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.DeletedItem;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.model.LeadLabel;
import io.github.camelpipedrive.leads.model.LeadLabelColor;
import io.github.camelpipedrive.leads.model.LeadSource;
import io.github.camelpipedrive.leads.model.LeadValue;
import io.github.camelpipedrive.leads.model.UpdateLeadLabelRequest;
import io.github.camelpipedrive.leads.model.UpdateLeadRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.DAILY_TOKENS_REMAINING;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.HTTP_STATUS;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.MORE_ITEMS;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.NEXT_START;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.PAGINATION_LIMIT;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.PAGINATION_START;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.RATE_LIMIT_LIMIT;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.RATE_LIMIT_REMAINING;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.RATE_LIMIT_RESET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One test per operation: exactly what goes on the wire (method, path, query, credentials, JSON body) and how the
 * response is mapped (typed body, custom fields, HTTP status, pagination and rate-limit headers).
 */
class ProducerWireContractTest extends WireMockTestSupport {

    // ---------------------------------------------------------------- leads

    @Test
    void addLeadPostsTheBodyAndMapsThe201Lead() {
        stub(post("/api/v1/leads"), 201, success(leadJson(LEAD_ID, "ACME inbound")));
        AddLeadRequest body = new AddLeadRequest("ACME inbound").personId(1092).value(LeadValue.of(5000, "EUR"))
                .labelIds(List.of(LABEL_ID)).customField(CF_ENUM, 190);
        body.setVisibleTo("3");
        body.setOriginId("camel-route-42");

        Exchange exchange = call("pipedrive-leads:addLead", body);

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.POST);
        assertThat(request.getUrl()).isEqualTo("/api/v1/leads");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        wireMock.verify(postRequestedFor(urlEqualTo("/api/v1/leads")).withRequestBody(equalToJson("""
                {"title": "ACME inbound", "person_id": 1092, "value": {"amount": 5000, "currency": "EUR"},
                 "label_ids": ["%s"], "visible_to": "3", "origin_id": "camel-route-42", "%s": 190}
                """.formatted(LABEL_ID, CF_ENUM))));

        Lead lead = exchange.getMessage().getBody(Lead.class);
        assertThat(lead.getId()).isEqualTo(LEAD_ID);
        assertThat(lead.getTitle()).isEqualTo("ACME inbound");
        assertThat(exchange.getMessage().getHeader(HTTP_STATUS)).isEqualTo(201);
    }

    @Test
    void getLeadMapsEveryLeadPropertyAndKeepsCustomFields() {
        stub(get("/api/v1/leads/" + LEAD_ID), 200, success(leadJson(LEAD_ID)));

        Exchange exchange = call("pipedrive-leads:getLead", null, Map.of(ID, LEAD_ID));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.GET);
        assertThat(request.getUrl()).isEqualTo("/api/v1/leads/" + LEAD_ID);
        assertThat(request.getBodyAsString()).isEmpty();
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");

        Object body = exchange.getMessage().getBody();
        assertThat(body).isInstanceOf(Lead.class);
        Lead lead = (Lead) body;
        assertThat(lead.getId()).isEqualTo(LEAD_ID);
        assertThat(lead.getTitle()).isEqualTo("Jane Doe Lead");
        assertThat(lead.getOwnerId()).isEqualTo(1L);
        assertThat(lead.getCreatorId()).isEqualTo(2L);
        assertThat(lead.getLabelIds()).containsExactly(LABEL_ID);
        assertThat(lead.getPersonId()).isEqualTo(1092L);
        assertThat(lead.getOrganizationId()).isNull();
        assertThat(lead.getSourceName()).isEqualTo("API");
        assertThat(lead.getOrigin()).isEqualTo("API");
        assertThat(lead.getOriginId()).isEqualTo("camel-route-42");
        assertThat(lead.getChannel()).isEqualTo(52L);
        assertThat(lead.getChannelId()).isEqualTo("Jun23 Billboards");
        assertThat(lead.isArchived()).isFalse();
        assertThat(lead.isWasSeen()).isTrue();
        assertThat(lead.getValue()).isEqualTo(LeadValue.of(999, "USD"));
        assertThat(lead.getExpectedCloseDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(lead.getNextActivityId()).isEqualTo(7L);
        assertThat(lead.getAddTime()).isEqualTo(Instant.parse("2020-10-14T11:30:36.551Z"));
        assertThat(lead.getUpdateTime()).isEqualTo(Instant.parse("2020-10-15T08:00:00Z"));
        assertThat(lead.getVisibleTo()).isEqualTo("3");
        assertThat(lead.getCcEmail()).startsWith("company+1+lead");

        // custom fields: 40-hex keys (and sub-field keys) only; other unknown properties are kept but not custom
        assertThat(lead.getCustomFields()).containsOnly(
                Map.entry(CF_ENUM, 190), Map.entry(CF_MONEY, 2300), Map.entry(CF_MONEY + "_currency", "EUR"));
        assertThat(lead.customField(CF_ENUM)).isEqualTo(190);
        assertThat(lead.getAdditionalProperties())
                .containsEntry(CF_ENUM, 190)
                .containsEntry("some_future_field", "kept");
        assertThat(exchange.getMessage().getHeader(HTTP_STATUS)).isEqualTo(200);
    }

    @Test
    void getLeadsMapsAListAndTheFlatPaginationShape() {
        stub(get(urlPathEqualTo("/api/v1/leads")), 200, list(
                "[" + leadJson(LEAD_ID) + "," + leadJson(OTHER_LEAD_ID, "Second") + "]",
                "{\"start\":0,\"limit\":2,\"more_items_in_collection\":true}"));

        Exchange exchange = call("pipedrive-leads:getLeads?limit=2");

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.GET);
        assertThat(request.getUrl()).isEqualTo("/api/v1/leads?limit=2");

        List<Lead> leads = leadsOf(exchange);
        assertThat(leads).extracting(Lead::getId).containsExactly(LEAD_ID, OTHER_LEAD_ID);
        assertThat(leads.get(0).getCustomFields()).containsEntry(CF_ENUM, 190);
        Message message = exchange.getMessage();
        assertThat(message.getHeader(PAGINATION_START)).isEqualTo(0);
        assertThat(message.getHeader(PAGINATION_LIMIT)).isEqualTo(2);
        assertThat(message.getHeader(MORE_ITEMS)).isEqualTo(true);
        assertThat(message.getHeader(NEXT_START)).as("derived from start + limit").isEqualTo(2);
        assertThat(message.getHeader(HTTP_STATUS)).isEqualTo(200);
    }

    @Test
    void getLeadsReadsTheNestedPaginationShapeWithNextStart() {
        stub(get(urlPathEqualTo("/api/v1/leads")), 200, list("[" + leadJson(LEAD_ID) + "]",
                "{\"pagination\":{\"start\":100,\"limit\":50,\"more_items_in_collection\":true,\"next_start\":150}}"));

        Exchange exchange = call("pipedrive-leads:getLeads");

        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v1/leads");
        Message message = exchange.getMessage();
        assertThat(leadsOf(exchange)).extracting(Lead::getId).containsExactly(LEAD_ID);
        assertThat(message.getHeader(PAGINATION_START)).isEqualTo(100);
        assertThat(message.getHeader(PAGINATION_LIMIT)).isEqualTo(50);
        assertThat(message.getHeader(MORE_ITEMS)).isEqualTo(true);
        assertThat(message.getHeader(NEXT_START)).isEqualTo(150);
    }

    @Test
    void lastPageHasNoNextStart() {
        stub(get(urlPathEqualTo("/api/v1/leads")), 200, list("[]",
                "{\"pagination\":{\"start\":150,\"limit\":50,\"more_items_in_collection\":false}}"));

        Exchange exchange = call("pipedrive-leads:getLeads");

        assertThat(leadsOf(exchange)).isEmpty();
        assertThat(exchange.getMessage().getHeader(PAGINATION_START)).isEqualTo(150);
        assertThat(exchange.getMessage().getHeader(MORE_ITEMS)).isEqualTo(false);
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKey(NEXT_START);
    }

    @Test
    void updateLeadPatchesOnlyTheGivenProperties() {
        stub(patch("/api/v1/leads/" + LEAD_ID), 200, success(leadJson(LEAD_ID, "Renamed")));

        Exchange exchange = call("pipedrive-leads:updateLead",
                new UpdateLeadRequest().title("Renamed").customField(CF_ENUM, 191), Map.of(ID, LEAD_ID));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.PATCH);
        assertThat(request.getUrl()).isEqualTo("/api/v1/leads/" + LEAD_ID);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        wireMock.verify(patchRequestedFor(urlEqualTo("/api/v1/leads/" + LEAD_ID))
                .withRequestBody(equalToJson("{\"title\":\"Renamed\",\"" + CF_ENUM + "\":191}")));
        Lead lead = exchange.getMessage().getBody(Lead.class);
        assertThat(lead.getTitle()).isEqualTo("Renamed");
        assertThat(lead.getCustomFields()).containsEntry(CF_ENUM, 190);
        assertThat(exchange.getMessage().getHeader(HTTP_STATUS)).isEqualTo(200);
    }

    @Test
    void deleteLeadSendsNoBodyAndMapsTheDeletedId() {
        stub(delete("/api/v1/leads/" + LEAD_ID), 200, success("{\"id\":\"" + LEAD_ID + "\"}"));

        Exchange exchange = call("pipedrive-leads:deleteLead", null, Map.of(ID, LEAD_ID));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.DELETE);
        assertThat(request.getUrl()).isEqualTo("/api/v1/leads/" + LEAD_ID);
        assertThat(request.getBodyAsString()).isEmpty();
        Object body = exchange.getMessage().getBody();
        assertThat(body).isInstanceOf(DeletedItem.class);
        assertThat(((DeletedItem) body).getId()).isEqualTo(LEAD_ID);
    }

    // ---------------------------------------------------------------- labels and sources

    @Test
    void addLeadLabelPostsNameAndColourAndAccepts200() {
        stub(post("/api/v1/leadLabels"), 200, success(labelJson(LABEL_ID, "VIP", "dark-gray")));

        Exchange exchange = call("pipedrive-leads:addLeadLabel", new AddLeadLabelRequest("VIP", LeadLabelColor.DARK_GRAY));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.POST);
        assertThat(request.getUrl()).isEqualTo("/api/v1/leadLabels");
        wireMock.verify(postRequestedFor(urlEqualTo("/api/v1/leadLabels"))
                .withRequestBody(equalToJson("{\"name\":\"VIP\",\"color\":\"dark-gray\"}")));
        Object body = exchange.getMessage().getBody();
        assertThat(body).isInstanceOf(LeadLabel.class);
        LeadLabel label = (LeadLabel) body;
        assertThat(label.getId()).isEqualTo(LABEL_ID);
        assertThat(label.getName()).isEqualTo("VIP");
        assertThat(label.getColor()).isEqualTo("dark-gray");
        assertThat(label.getAddTime()).isEqualTo(Instant.parse("2020-02-13T15:31:44Z"));
        assertThat(label.getUpdateTime()).isEqualTo(Instant.parse("2020-02-14T09:00:00Z"));
        assertThat(exchange.getMessage().getHeader(HTTP_STATUS)).isEqualTo(200);
    }

    @Test
    void getLeadLabelsMapsAListOfLabels() {
        stub(get("/api/v1/leadLabels"), 200, success("[" + labelJson(LABEL_ID, "Hot", "red") + ","
                                                     + labelJson("f08b42a1-4e75-11ea-9643-03698ef1cfd6", "Cold", "blue")
                                                     + "]"));

        Exchange exchange = call("pipedrive-leads:getLeadLabels");

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.GET);
        assertThat(request.getUrl()).isEqualTo("/api/v1/leadLabels");
        List<?> labels = exchange.getMessage().getBody(List.class);
        assertThat(labels).hasSize(2).allSatisfy(l -> assertThat(l).isInstanceOf(LeadLabel.class));
        assertThat(labels).extracting("name", "color").containsExactly(
                tuple("Hot", "red"), tuple("Cold", "blue"));
    }

    @Test
    void updateLeadLabelPatchesTheLabel() {
        stub(patch("/api/v1/leadLabels/" + LABEL_ID), 200, success(labelJson(LABEL_ID, "Hot", "green")));

        Exchange exchange = call("pipedrive-leads:updateLeadLabel", new UpdateLeadLabelRequest().color(LeadLabelColor.GREEN),
                Map.of(ID, LABEL_ID));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.PATCH);
        assertThat(request.getUrl()).isEqualTo("/api/v1/leadLabels/" + LABEL_ID);
        wireMock.verify(patchRequestedFor(urlEqualTo("/api/v1/leadLabels/" + LABEL_ID))
                .withRequestBody(equalToJson("{\"color\":\"green\"}")));
        assertThat(exchange.getMessage().getBody(LeadLabel.class).getColor()).isEqualTo("green");
    }

    @Test
    void deleteLeadLabelMapsTheDeletedId() {
        stub(delete("/api/v1/leadLabels/" + LABEL_ID), 200, success("{\"id\":\"" + LABEL_ID + "\"}"));

        Exchange exchange = call("pipedrive-leads:deleteLeadLabel", null, Map.of(ID, LABEL_ID));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.DELETE);
        assertThat(request.getUrl()).isEqualTo("/api/v1/leadLabels/" + LABEL_ID);
        assertThat(exchange.getMessage().getBody(DeletedItem.class).getId()).isEqualTo(LABEL_ID);
    }

    @Test
    void getLeadSourcesMapsTheFixedList() {
        stub(get("/api/v1/leadSources"), 200, success("[{\"name\":\"Manually created\"},{\"name\":\"API\"}]"));

        Exchange exchange = call("pipedrive-leads:getLeadSources");

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.GET);
        assertThat(request.getUrl()).isEqualTo("/api/v1/leadSources");
        List<?> sources = exchange.getMessage().getBody(List.class);
        assertThat(sources).allSatisfy(s -> assertThat(s).isInstanceOf(LeadSource.class));
        assertThat(sources).extracting("name").containsExactly("Manually created", "API");
    }

    // ---------------------------------------------------------------- response headers

    @Test
    void rateLimitHeadersBecomeMessageHeaders() {
        wireMock.stubFor(get("/api/v1/leads/" + LEAD_ID).willReturn(json(200, success(leadJson(LEAD_ID)))
                .withHeader("x-ratelimit-limit", "40")
                .withHeader("x-ratelimit-remaining", "39")
                .withHeader("x-ratelimit-reset", "2")
                .withHeader("x-daily-ratelimit-token-remaining", "29998")));

        Message message = call("pipedrive-leads:getLead", null, Map.of(ID, LEAD_ID)).getMessage();

        assertThat(message.getHeader(RATE_LIMIT_LIMIT)).isEqualTo(40);
        assertThat(message.getHeader(RATE_LIMIT_REMAINING)).isEqualTo(39);
        assertThat(message.getHeader(RATE_LIMIT_RESET)).isEqualTo(2);
        assertThat(message.getHeader(DAILY_TOKENS_REMAINING)).isEqualTo(29998L);
    }

    @Test
    void absentRateLimitHeadersAreNotInvented() {
        stub(get("/api/v1/leadSources"), 200, success("[]"));

        Message message = call("pipedrive-leads:getLeadSources").getMessage();

        assertThat(message.getHeaders()).doesNotContainKeys(RATE_LIMIT_LIMIT, RATE_LIMIT_REMAINING, RATE_LIMIT_RESET,
                DAILY_TOKENS_REMAINING);
    }

    @Test
    void leadValueKeepsDecimalAmounts() {
        stub(get("/api/v1/leads/" + LEAD_ID), 200,
                success(leadJson(LEAD_ID).replace("\"amount\": 999", "\"amount\": 1234.56")));

        Lead lead = call("pipedrive-leads:getLead", null, Map.of(ID, LEAD_ID)).getMessage().getBody(Lead.class);

        assertThat(lead.getValue().getAmount()).isEqualByComparingTo(new BigDecimal("1234.56"));
    }

    @SuppressWarnings("unchecked")
    private static List<Lead> leadsOf(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        assertThat(body).isInstanceOf(List.class);
        List<Lead> leads = (List<Lead>) body;
        assertThat(leads).allSatisfy(l -> assertThat(l).isInstanceOf(Lead.class));
        return leads;
    }
}
