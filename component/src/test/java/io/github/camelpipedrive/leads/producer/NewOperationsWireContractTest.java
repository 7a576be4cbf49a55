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
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelpipedrive.leads.model.ConversionJob;
import io.github.camelpipedrive.leads.model.ConversionStatus;
import io.github.camelpipedrive.leads.model.ConvertLeadRequest;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.model.LeadField;
import io.github.camelpipedrive.leads.model.LeadSearchResult;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.CONVERSION_ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.CURSOR;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.DEAL_ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.EXACT_MATCH;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.FIELDS;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.HTTP_STATUS;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.INCLUDE_FIELDS;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.LIMIT;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.MORE_ITEMS;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.NEXT_CURSOR;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.NEXT_START;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.ORGANIZATION_ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.PAGINATION_LIMIT;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.PAGINATION_START;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.START;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.PERSON_ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.SORT;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.TERM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Wire contract of the operations added after the seed list (archived leads, v2 search, permitted users, lead
 * fields, lead/deal conversion and their status): method, path, query, body, credentials and the typed result, plus
 * the validation that keeps invalid input off the wire.
 */
class NewOperationsWireContractTest extends WireMockTestSupport {

    static final String CONVERSION = "4b40248b-945a-4802-b996-60fdff8c5c69";
    static final String CF_ENUM_FIELD = "9dc80c50d78a15643bfc4ca79d76156a73a1ca0e";

    // ---------------------------------------------------------------- getArchivedLeads

    @Test
    void getArchivedLeadsReadsTheArchivedListWithItsFilters() {
        stub(get(urlPathEqualTo("/api/v1/leads/archived")), 200, list(
                "[" + leadJson(LEAD_ID).replace("\"is_archived\": false", "\"is_archived\": true") + "]",
                "{\"start\":4,\"limit\":2,\"more_items_in_collection\":true}"));

        Exchange exchange = call("pipedrive-leads:getArchivedLeads?limit=2&start=4&ownerId=1&personId=1092"
                                 + "&organizationId=7&filterId=9",
                null, Map.of(SORT, "add_time desc"));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.GET);
        assertThat(request.getUrl()).startsWith("/api/v1/leads/archived?");
        assertThat(queryNames(request))
                .containsExactlyInAnyOrder("limit", "start", "owner_id", "person_id", "organization_id", "filter_id",
                        "sort");
        assertThat(query(request, "limit")).isEqualTo("2");
        assertThat(query(request, "start")).isEqualTo("4");
        assertThat(query(request, "owner_id")).isEqualTo("1");
        assertThat(query(request, "person_id")).isEqualTo("1092");
        assertThat(query(request, "organization_id")).isEqualTo("7");
        assertThat(query(request, "filter_id")).isEqualTo("9");
        assertThat(query(request, "sort")).isEqualTo("add_time DESC");
        assertThat(request.getBodyAsString()).isEmpty();

        List<?> body = exchange.getMessage().getBody(List.class);
        assertThat(body).hasSize(1).allSatisfy(l -> assertThat(l).isInstanceOf(Lead.class));
        Lead lead = (Lead) body.get(0);
        assertThat(lead.getId()).isEqualTo(LEAD_ID);
        assertThat(lead.isArchived()).isTrue();
        Message message = exchange.getMessage();
        assertThat(message.getHeader(PAGINATION_START)).isEqualTo(4);
        assertThat(message.getHeader(PAGINATION_LIMIT)).isEqualTo(2);
        assertThat(message.getHeader(MORE_ITEMS)).isEqualTo(true);
        assertThat(message.getHeader(NEXT_START)).isEqualTo(6);
        assertThat(message.getHeader(HTTP_STATUS)).isEqualTo(200);
    }

    @Test
    void getArchivedLeadsRefusesUpdatedSinceWhichTheArchivedListLacks() {
        assertRejected(send("pipedrive-leads:getArchivedLeads?updatedSince=2026-01-01T00:00:00Z", null),
                "updatedSince", "getArchivedLeads");
    }

    // ---------------------------------------------------------------- searchLeads (v2)

    @Test
    void searchLeadsSendsEveryParameterToTheV2Endpoint() {
        stub(get(urlPathEqualTo("/api/v2/leads/search")), 200, searchResponse("\"c-2\""));

        // the outcome of the mapping is checked by searchLeadsMapsItemsScoreAndNextCursor
        send("pipedrive-leads:searchLeads?fields=title,custom_fields&includeFields=lead.was_seen&limit=50",
                null, Map.of(TERM, "ACME & Co", EXACT_MATCH, true, PERSON_ID, 1092L, ORGANIZATION_ID, 5L,
                        CURSOR, "eyJpZCI6NDJ9"));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.GET);
        assertThat(request.getUrl()).startsWith("/api/v2/leads/search?").doesNotStartWith("/api/v1/")
                .contains("term=ACME%20%26%20Co");
        assertThat(queryNames(request)).containsExactlyInAnyOrder("term", "fields", "exact_match", "person_id",
                "organization_id", "include_fields", "limit", "cursor");
        assertThat(query(request, "term")).isEqualTo("ACME & Co");
        assertThat(query(request, "fields")).isEqualTo("title,custom_fields");
        assertThat(query(request, "exact_match")).isEqualTo("true");
        assertThat(query(request, "person_id")).isEqualTo("1092");
        assertThat(query(request, "organization_id")).isEqualTo("5");
        assertThat(query(request, "include_fields")).isEqualTo("lead.was_seen");
        assertThat(query(request, "limit")).isEqualTo("50");
        assertThat(query(request, "cursor")).isEqualTo("eyJpZCI6NDJ9");
        assertThat(request.getBodyAsString()).isEmpty();
    }

    @Test
    void searchApiVersionV1UsesTheV1EndpointWithStart() {
        stub(get(urlPathEqualTo("/api/v1/leads/search")), 200, searchResponse("null"));

        Exchange exchange = send("pipedrive-leads:searchLeads?searchApiVersion=v1&limit=20", null,
                Map.of(TERM, "ACME", START, 40));

        assertThat(exchange.getException()).isNull();
        LoggedRequest request = onlyRequest();
        assertThat(request.getUrl()).startsWith("/api/v1/leads/search?");
        assertThat(queryNames(request)).containsExactlyInAnyOrder("term", "limit", "start");
        assertThat(query(request, "start")).isEqualTo("40");
        wireMock.resetRequests();
        assertRejected(send("pipedrive-leads:searchLeads?searchApiVersion=v1", null,
                Map.of(TERM, "ACME", CURSOR, "abc")), "cursor", "v1 search pages with start");
    }

    @Test
    void searchLeadsWithExactMatchAcceptsAOneCharacterTerm() {
        stub(get(urlPathEqualTo("/api/v2/leads/search")), 200, searchResponse("null"));

        send("pipedrive-leads:searchLeads?exactMatch=true", null, Map.of(TERM, "A"));

        LoggedRequest request = onlyRequest();
        assertThat(query(request, "term")).isEqualTo("A");
        assertThat(query(request, "exact_match")).isEqualTo("true");
    }

    @Test
    void searchLeadsMapsItemsScoreAndNextCursor() {
        stub(get(urlPathEqualTo("/api/v2/leads/search")), 200, searchResponse("\"c-2\""));

        Exchange exchange = call("pipedrive-leads:searchLeads?term=acme");

        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v2/leads/search?term=acme");
        List<?> body = exchange.getMessage().getBody(List.class);
        assertThat(body).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOf(LeadSearchResult.class));
        LeadSearchResult first = (LeadSearchResult) body.get(0);
        assertThat(first.getResultScore()).isEqualTo(1.25);
        LeadSearchResult.Item item = first.getItem();
        assertThat(item.getId()).isEqualTo(LEAD_ID);
        assertThat(item.getTitle()).isEqualTo("ACME inbound");
        assertThat(item.getOwner()).containsEntry("id", 1);
        assertThat(item.getPerson()).containsEntry("id", 1092).containsEntry("name", "Jane Doe");
        assertThat(item.getOrganization()).containsEntry("id", 5).containsEntry("name", "ACME");
        assertThat(item.getPhones()).containsExactly("+3725551234");
        assertThat(item.getEmails()).containsExactly("jane@acme.test");
        assertThat(item.getCustomFields()).containsExactly("gold");
        assertThat(item.getNotes()).containsExactly("call back on Monday");
        assertThat(item.getValue()).isEqualTo(5000.0);
        assertThat(item.getCurrency()).isEqualTo("EUR");
        assertThat(item.getVisibleTo()).isEqualTo(3);
        assertThat(item.getArchived()).isFalse();
        assertThat(item.getAdditionalProperties()).containsEntry("type", "lead");
        assertThat(((LeadSearchResult) body.get(1)).getItem().getId()).isEqualTo(OTHER_LEAD_ID);
        assertThat(((LeadSearchResult) body.get(1)).getItem().getArchived()).isTrue();
        Message message = exchange.getMessage();
        assertThat(message.getHeader(NEXT_CURSOR)).isEqualTo("c-2");
        assertThat(message.getHeader(MORE_ITEMS)).isEqualTo(true);
        assertThat(message.getHeaders()).doesNotContainKey(NEXT_START);
    }

    @Test
    void lastSearchPageHasNoNextCursor() {
        stub(get(urlPathEqualTo("/api/v2/leads/search")), 200, searchResponse("null"));

        Exchange exchange = call("pipedrive-leads:searchLeads?term=acme", null,
                Map.of(NEXT_CURSOR, "stale-from-the-previous-page"));

        assertThat(exchange.getMessage().getBody(List.class)).hasSize(2);
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKey(NEXT_CURSOR);
        assertThat(exchange.getMessage().getHeader(MORE_ITEMS)).isEqualTo(false);
    }

    // ---------------------------------------------------------------- getLeadPermittedUsers

    @Test
    void getLeadPermittedUsersMapsTheUserIds() {
        stub(get("/api/v1/leads/" + LEAD_ID + "/permittedUsers"), 200, success("[10100010,22302444]"));

        Exchange exchange = call("pipedrive-leads:getLeadPermittedUsers", null, Map.of(ID, LEAD_ID));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.GET);
        assertThat(request.getUrl()).isEqualTo("/api/v1/leads/" + LEAD_ID + "/permittedUsers");
        List<Object> users = exchange.getMessage().getBody(List.class);
        assertThat(users).containsExactly(10100010L, 22302444L);
        assertThat(users).allSatisfy(u -> assertThat(u).isInstanceOf(Long.class));
    }

    // ---------------------------------------------------------------- getLeadFields

    @Test
    void getLeadFieldsMapsDefinitionsWithOptions() {
        stub(get(urlPathEqualTo("/api/v1/leadFields")), 200, list("""
                [{"id": 1, "key": "title", "name": "Title", "field_type": "varchar", "options": null,
                  "mandatory_flag": true},
                 {"id": 12500, "key": "%s", "name": "Lead score band", "field_type": "enum",
                  "options": [{"id": 11, "label": "A"}, {"id": 12, "label": "B"}], "is_subfield": false}]
                """.formatted(CF_ENUM_FIELD),
                "{\"pagination\":{\"start\":0,\"limit\":2,\"more_items_in_collection\":true,\"next_start\":2}}"));

        Exchange exchange = call("pipedrive-leads:getLeadFields?limit=2&start=0");

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.GET);
        assertThat(request.getUrl()).startsWith("/api/v1/leadFields?");
        assertThat(queryNames(request)).containsExactlyInAnyOrder("limit", "start");
        assertThat(query(request, "limit")).isEqualTo("2");
        assertThat(query(request, "start")).isEqualTo("0");

        List<?> fields = exchange.getMessage().getBody(List.class);
        assertThat(fields).hasSize(2).allSatisfy(f -> assertThat(f).isInstanceOf(LeadField.class));
        LeadField title = (LeadField) fields.get(0);
        assertThat(title.getKey()).isEqualTo("title");
        assertThat(title.isCustom()).isFalse();
        assertThat(title.getOptions()).isEmpty();
        assertThat(title.getAdditionalProperties()).containsEntry("mandatory_flag", true);
        LeadField band = (LeadField) fields.get(1);
        assertThat(band.getId()).isEqualTo(12500L);
        assertThat(band.getKey()).isEqualTo(CF_ENUM_FIELD);
        assertThat(band.getName()).isEqualTo("Lead score band");
        assertThat(band.getFieldType()).isEqualTo("enum");
        assertThat(band.isCustom()).isTrue();
        assertThat(band.getOptions()).extracting(LeadField.FieldOption::getId, LeadField.FieldOption::getLabel)
                .containsExactly(tuple(11, "A"), tuple(12, "B"));
        assertThat(exchange.getMessage().getHeader(NEXT_START)).isEqualTo(2);
        assertThat(exchange.getMessage().getHeader(MORE_ITEMS)).isEqualTo(true);
    }

    // ---------------------------------------------------------------- conversions

    @Test
    void convertLeadToDealPostsTheTypedBodyToV2AndSetsTheConversionId() {
        stub(post("/api/v2/leads/" + LEAD_ID + "/convert/deal"), 200, conversionJob());
        ConvertLeadRequest body = new ConvertLeadRequest();
        body.setStageId(5L);

        Exchange exchange = call("pipedrive-leads:convertLeadToDeal", body, Map.of(ID, LEAD_ID));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.POST);
        assertThat(request.getUrl()).isEqualTo("/api/v2/leads/" + LEAD_ID + "/convert/deal");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(jsonBody(request)).isEqualTo(JSON.createObjectNode().put("stage_id", 5));
        Object result = exchange.getMessage().getBody();
        assertThat(result).isInstanceOf(ConversionJob.class);
        assertThat(((ConversionJob) result).getConversionId()).isEqualTo(CONVERSION);
        assertThat(exchange.getMessage().getHeader(CONVERSION_ID)).isEqualTo(CONVERSION);
        assertThat(exchange.getMessage().getHeader(HTTP_STATUS)).isEqualTo(200);
    }

    @Test
    void convertLeadToDealWithoutBodySendsAnEmptyObject() {
        stub(post("/api/v2/leads/" + LEAD_ID + "/convert/deal"), 200, conversionJob());

        Exchange exchange = call("pipedrive-leads:convertLeadToDeal?id=" + LEAD_ID, null);

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.POST);
        assertThat(request.getUrl()).isEqualTo("/api/v2/leads/" + LEAD_ID + "/convert/deal");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getBodyAsString()).isEqualTo("{}");
        assertThat(exchange.getMessage().getBody(ConversionJob.class).getConversionId()).isEqualTo(CONVERSION);
    }

    @Test
    void convertLeadToDealWithoutBodyTakesStageIdFromTheOption() {
        stub(post("/api/v2/leads/" + LEAD_ID + "/convert/deal"), 200, conversionJob());

        call("pipedrive-leads:convertLeadToDeal?stageId=7", null, Map.of(ID, LEAD_ID));

        assertThat(jsonBody(onlyRequest())).isEqualTo(JSON.createObjectNode().put("stage_id", 7));
    }

    @Test
    void convertLeadToDealWithoutBodyTakesPipelineIdFromTheOption() {
        stub(post("/api/v2/leads/" + LEAD_ID + "/convert/deal"), 200, conversionJob());

        call("pipedrive-leads:convertLeadToDeal?pipelineId=3", null, Map.of(ID, LEAD_ID));

        assertThat(jsonBody(onlyRequest())).isEqualTo(JSON.createObjectNode().put("pipeline_id", 3));
    }

    @Test
    void convertLeadToDealAcceptsAMapBodyWithTheDocumentedProperties() {
        stub(post("/api/v2/leads/" + LEAD_ID + "/convert/deal"), 200, conversionJob());

        call("pipedrive-leads:convertLeadToDeal", Map.of("pipeline_id", 2), Map.of(ID, LEAD_ID));

        assertThat(jsonBody(onlyRequest())).isEqualTo(JSON.createObjectNode().put("pipeline_id", 2));
    }

    @Test
    void getLeadConversionStatusReadsTheV2StatusWithTheDealId() {
        stub(get("/api/v2/leads/" + LEAD_ID + "/convert/status/" + CONVERSION), 200,
                conversionStatus("completed", "\"deal_id\": 33"));

        Exchange exchange = call("pipedrive-leads:getLeadConversionStatus", null,
                Map.of(ID, LEAD_ID, CONVERSION_ID, CONVERSION));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.GET);
        assertThat(request.getUrl()).isEqualTo("/api/v2/leads/" + LEAD_ID + "/convert/status/" + CONVERSION);
        Object body = exchange.getMessage().getBody();
        assertThat(body).isInstanceOf(ConversionStatus.class);
        ConversionStatus status = (ConversionStatus) body;
        assertThat(status.getConversionId()).isEqualTo(CONVERSION);
        assertThat(status.getStatus()).isEqualTo("completed");
        assertThat(status.isCompleted()).isTrue();
        assertThat(status.getDealId()).isEqualTo(33L);
        assertThat(status.getLeadId()).isNull();
    }

    @Test
    void convertDealToLeadPostsToTheDealPathWithoutBody() {
        stub(post("/api/v2/deals/42/convert/lead"), 200, conversionJob());

        Exchange exchange = call("pipedrive-leads:convertDealToLead", null, Map.of(DEAL_ID, 42L));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.POST);
        assertThat(request.getUrl()).isEqualTo("/api/v2/deals/42/convert/lead");
        assertThat(request.getBodyAsString()).isEmpty();
        assertThat(exchange.getMessage().getBody()).isInstanceOf(ConversionJob.class);
        assertThat(exchange.getMessage().getBody(ConversionJob.class).getConversionId()).isEqualTo(CONVERSION);
        assertThat(exchange.getMessage().getHeader(CONVERSION_ID)).isEqualTo(CONVERSION);
    }

    @Test
    void getDealConversionStatusReadsTheLeadIdFromOptions() {
        stub(get("/api/v2/deals/42/convert/status/" + CONVERSION), 200,
                conversionStatus("completed", "\"lead_id\": \"" + OTHER_LEAD_ID + "\""));

        Exchange exchange = call("pipedrive-leads:getDealConversionStatus?dealId=42&conversionId=" + CONVERSION);

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod()).isEqualTo(RequestMethod.GET);
        assertThat(request.getUrl()).isEqualTo("/api/v2/deals/42/convert/status/" + CONVERSION);
        ConversionStatus status = exchange.getMessage().getBody(ConversionStatus.class);
        assertThat(status.getStatus()).isEqualTo("completed");
        assertThat(status.getLeadId()).isEqualTo(OTHER_LEAD_ID);
        assertThat(status.getDealId()).isNull();
    }

    @Test
    void dealIdHeaderOverridesTheOption() {
        stub(post("/api/v2/deals/77/convert/lead"), 200, conversionJob());

        call("pipedrive-leads:convertDealToLead?dealId=42", null, Map.of(DEAL_ID, "77"));

        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v2/deals/77/convert/lead");
    }

    // ---------------------------------------------------------------- validation: nothing is sent

    @Test
    void searchWithoutTermIsRejected() {
        assertRejected(send("pipedrive-leads:searchLeads", null), "term", "is required", TERM);
    }

    @Test
    void searchWithAOneCharacterTermWithoutExactMatchIsRejected() {
        assertRejected(send("pipedrive-leads:searchLeads", null, Map.of(TERM, "a")), "term", "at least 2");
        assertRejected(send("pipedrive-leads:searchLeads?exactMatch=false&term=b", null), "term", "at least 2");
    }

    @Test
    void searchWithAnUnknownFieldsValueIsRejected() {
        assertRejected(send("pipedrive-leads:searchLeads?term=acme&fields=title,subject", null), "fields",
                "'subject'", "custom_fields", "notes", "title");
        assertRejected(send("pipedrive-leads:searchLeads?term=acme", null, Map.of(FIELDS, "email")), "fields",
                "'email'");
    }

    @Test
    void searchWithAnUnknownIncludeFieldsValueIsRejected() {
        assertRejected(send("pipedrive-leads:searchLeads?term=acme", null, Map.of(INCLUDE_FIELDS, "lead.owner")),
                "includeFields", "lead.was_seen");
    }

    @Test
    void searchWithLimit501IsRejected() {
        assertRejected(send("pipedrive-leads:searchLeads?term=acme&limit=501", null), "limit", "between 1 and 500");
        assertRejected(send("pipedrive-leads:searchLeads?term=acme", null, Map.of(LIMIT, 501)), "limit", "501");
    }

    @Test
    void aCursorThatCouldAlterTheQueryIsRejected() {
        assertRejected(send("pipedrive-leads:searchLeads?term=acme", null, Map.of(CURSOR, "abc&limit=1")), "cursor",
                "not a cursor");
    }

    @ParameterizedTest
    @ValueSource(strings = { "123", "not-a-uuid", "../../leads", "4b40248b-945a-4802-b996-60fdff8c5c69?x=1" })
    void aConversionIdThatIsNotAUuidIsRejected(String conversionId) {
        assertRejected(send("pipedrive-leads:getLeadConversionStatus", null,
                Map.of(ID, LEAD_ID, CONVERSION_ID, conversionId)), "conversionId", "must be a UUID");
        assertRejected(send("pipedrive-leads:getDealConversionStatus?dealId=42", null,
                Map.of(CONVERSION_ID, conversionId)), "conversionId", "must be a UUID");
    }

    @Test
    void aMissingConversionIdIsRejected() {
        assertRejected(send("pipedrive-leads:getLeadConversionStatus", null, Map.of(ID, LEAD_ID)), "conversionId",
                "is required", CONVERSION_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "-5", "abc", "1.5", "42/../7" })
    void aDealIdThatIsNotAPositiveNumberIsRejected(String dealId) {
        assertRejected(send("pipedrive-leads:convertDealToLead", null, Map.of(DEAL_ID, dealId)), "dealId",
                "must be a positive whole number");
        assertRejected(send("pipedrive-leads:getDealConversionStatus?conversionId=" + CONVERSION, null,
                Map.of(DEAL_ID, dealId)), "dealId", "must be a positive whole number");
    }

    @Test
    void aDealIdOptionOfZeroIsRejectedAndAMissingOneIsRequired() {
        assertRejected(send("pipedrive-leads:convertDealToLead?dealId=0", null), "dealId", "positive");
        assertRejected(send("pipedrive-leads:convertDealToLead", null), "dealId", "is required", DEAL_ID);
    }

    @Test
    void convertLeadToDealNeedsALeadUuid() {
        assertRejected(send("pipedrive-leads:convertLeadToDeal", null), "id", "is required");
        assertRejected(send("pipedrive-leads:convertLeadToDeal", null, Map.of(ID, "42")), "id", "must be a UUID");
    }

    @Test
    void convertLeadToDealRejectsANonPositiveStage() {
        assertRejected(send("pipedrive-leads:convertLeadToDeal", Map.of("stage_id", 0), Map.of(ID, LEAD_ID)),
                "body.stage_id", "positive");
    }

    @Test
    void convertLeadToDealRejectsAnUnknownBodyProperty() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stage_id", 5);
        body.put("owner_id", 3);
        assertRejected(send("pipedrive-leads:convertLeadToDeal", body, Map.of(ID, LEAD_ID)), "body.owner_id",
                "only stage_id and pipeline_id");
        assertRejected(send("pipedrive-leads:convertLeadToDeal", "{\"stageId\": 5}", Map.of(ID, LEAD_ID)),
                "body.stageId", "only stage_id and pipeline_id");
    }

    // ---------------------------------------------------------------- fixtures

    static String conversionJob() {
        return "{\"success\":true,\"data\":{\"conversion_id\":\"" + CONVERSION + "\"},\"additional_data\":null}";
    }

    static String conversionStatus(String status, String extra) {
        return "{\"success\":true,\"data\":{\"conversion_id\":\"" + CONVERSION + "\",\"status\":\"" + status + "\""
               + (extra.isEmpty() ? "" : "," + extra) + "},\"additional_data\":null}";
    }

    /** A v2 search page of two hits; {@code nextCursor} is a JSON value (a quoted string or null). */
    static String searchResponse(String nextCursor) {
        return """
                {"success": true,
                 "data": {"items": [
                   {"result_score": 1.25,
                    "item": {"id": "%s", "type": "lead", "title": "ACME inbound", "owner": {"id": 1},
                             "person": {"id": 1092, "name": "Jane Doe"}, "organization": {"id": 5, "name": "ACME"},
                             "phones": ["+3725551234"], "emails": ["jane@acme.test"], "custom_fields": ["gold"],
                             "notes": ["call back on Monday"], "value": 5000, "currency": "EUR", "visible_to": 3,
                             "is_archived": false}},
                   {"result_score": 0.5,
                    "item": {"id": "%s", "type": "lead", "title": "ACME follow-up", "owner": {"id": 2},
                             "person": null, "organization": {"id": 5, "name": "ACME"}, "phones": [], "emails": [],
                             "custom_fields": [], "notes": [], "value": null, "currency": null, "visible_to": 7,
                             "is_archived": true}}]},
                 "additional_data": {"next_cursor": %s}}
                """.formatted(LEAD_ID, OTHER_LEAD_ID, nextCursor);
    }
}
