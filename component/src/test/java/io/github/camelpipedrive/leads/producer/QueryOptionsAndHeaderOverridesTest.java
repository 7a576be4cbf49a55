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

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelpipedrive.leads.ArchivedStatus;
import io.github.camelpipedrive.leads.PipedriveLeadsOperation;
import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.ARCHIVED_STATUS;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.FILTER_ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.LIMIT;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.MORE_ITEMS;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.OPERATION;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.ORGANIZATION_ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.OWNER_ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.PERSON_ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.SORT;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.START;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.UPDATED_SINCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * getLeads query parameters (names and formats on the wire), the archivedStatus mapping onto today's API, and
 * message headers overriding endpoint options (operation, id and every query option).
 */
class QueryOptionsAndHeaderOverridesTest extends WireMockTestSupport {

    private static final String ARCHIVED_LEAD_ID = "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

    // ---------------------------------------------------------------- query parameters

    @Test
    void everyQueryOptionReachesTheWireUnderItsApiName() {
        stubActiveLeads();

        call("pipedrive-leads:getLeads", null, Map.of(LIMIT, 20, START, 40, OWNER_ID, 7L, PERSON_ID, 8L,
                ORGANIZATION_ID, 9L, FILTER_ID, 10L, SORT, "title asc,add_time desc",
                UPDATED_SINCE, OffsetDateTime.of(2026, 1, 1, 12, 20, 0, 0, ZoneOffset.ofHours(2))));

        LoggedRequest request = onlyRequest();
        assertThat(request.getUrl()).startsWith("/api/v1/leads?");
        assertThat(queryNames(request)).containsExactlyInAnyOrder("limit", "start", "owner_id", "person_id",
                "organization_id", "filter_id", "sort", "updated_since");
        assertThat(query(request, "limit")).isEqualTo("20");
        assertThat(query(request, "start")).isEqualTo("40");
        assertThat(query(request, "owner_id")).isEqualTo("7");
        assertThat(query(request, "person_id")).isEqualTo("8");
        assertThat(query(request, "organization_id")).isEqualTo("9");
        assertThat(query(request, "filter_id")).isEqualTo("10");
        assertThat(query(request, "sort")).as("normalised").isEqualTo("title ASC, add_time DESC");
        assertThat(query(request, "updated_since")).as("converted to UTC").isEqualTo("2026-01-01T10:20:00Z");
        assertThat(request.getUrl()).as("encoded on the wire")
                .contains("sort=title%20ASC%2C%20add_time%20DESC", "updated_since=2026-01-01T10%3A20%3A00Z");
    }

    @Test
    void updatedSinceAcceptsStringsAndInstants() {
        stubActiveLeads();

        call("pipedrive-leads:getLeads?updatedSince=2026-01-01T00:00:00Z");
        call("pipedrive-leads:getLeads", null, Map.of(UPDATED_SINCE, Instant.parse("2026-02-03T04:05:06.789Z")));
        call("pipedrive-leads:getLeads", null, Map.of(UPDATED_SINCE, "2026-03-01"));

        assertThat(requests()).extracting(r -> query(r, "updated_since"))
                .containsExactly("2026-01-01T00:00:00Z", "2026-02-03T04:05:06.789Z", "2026-03-01T00:00:00Z");
    }

    @Test
    void queryOptionsOnlyApplyToTheOperationsThatTakeThem() {
        stub(get("/api/v1/leads/" + LEAD_ID), 200, success(leadJson(LEAD_ID)));
        stub(get("/api/v1/leadLabels"), 200, success("[]"));

        call("pipedrive-leads:getLead?limit=5", null, Map.of(ID, LEAD_ID, SORT, "add_time DESC", OWNER_ID, 3));
        call("pipedrive-leads:getLeadLabels?limit=5");

        assertThat(requests()).extracting(LoggedRequest::getUrl)
                .containsExactly("/api/v1/leads/" + LEAD_ID, "/api/v1/leadLabels");
    }

    // ---------------------------------------------------------------- archivedStatus

    @Test
    void notArchivedAndUnsetReadTheActiveList() {
        stubActiveLeads();
        stubArchivedLeads();

        Exchange unset = call("pipedrive-leads:getLeads");
        Exchange notArchived = call("pipedrive-leads:getLeads?archivedStatus=not_archived");

        assertThat(requests()).extracting(LoggedRequest::getUrl).containsExactly("/api/v1/leads", "/api/v1/leads");
        assertThat(ids(unset)).containsExactly(LEAD_ID);
        assertThat(ids(notArchived)).containsExactly(LEAD_ID);
    }

    @Test
    void archivedReadsTheArchivedList() {
        stubActiveLeads();
        stubArchivedLeads();

        Exchange exchange = call("pipedrive-leads:getLeads?archivedStatus=archived&limit=10");

        LoggedRequest request = onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/api/v1/leads/archived?limit=10");
        assertThat(ids(exchange)).containsExactly(ARCHIVED_LEAD_ID);
        assertThat(exchange.getMessage().getBody(List.class)).extracting("archived").containsExactly(true);
    }

    @Test
    void allReadsBothListsActiveFirstWithTheSameQuery() {
        stubActiveLeads();
        stubArchivedLeads();

        Exchange exchange = call("pipedrive-leads:getLeads?archivedStatus=all&limit=10&ownerId=7");

        List<LoggedRequest> requests = requests();
        assertThat(requests).extracting(LoggedRequest::getUrl)
                .containsExactly("/api/v1/leads?limit=10&owner_id=7", "/api/v1/leads/archived?limit=10&owner_id=7");
        requests.forEach(WireMockTestSupport::assertAuthenticatedWithApiToken);
        assertThat(ids(exchange)).containsExactly(LEAD_ID, ARCHIVED_LEAD_ID);
        assertThat(exchange.getMessage().getHeader(MORE_ITEMS)).as("the active list has more").isEqualTo(true);
    }

    @Test
    void archivedStatusHeaderOverridesTheOption() {
        stubActiveLeads();
        stubArchivedLeads();

        call("pipedrive-leads:getLeads?archivedStatus=all", null, Map.of(ARCHIVED_STATUS, ArchivedStatus.archived));
        call("pipedrive-leads:getLeads?archivedStatus=archived", null, Map.of(ARCHIVED_STATUS, "not_archived"));

        assertThat(requests()).extracting(LoggedRequest::getUrl)
                .containsExactly("/api/v1/leads/archived", "/api/v1/leads");
    }

    // ---------------------------------------------------------------- header overrides

    @Test
    void queryHeadersOverrideEndpointOptions() {
        stubActiveLeads();

        call("pipedrive-leads:getLeads?limit=10&start=5&ownerId=1&personId=2&organizationId=3&filterId=4"
             + "&sort=RAW(title ASC)&updatedSince=2025-01-01T00:00:00Z",
                null, Map.of(LIMIT, "20", START, 0, OWNER_ID, 11, PERSON_ID, 12, ORGANIZATION_ID, 13, FILTER_ID, 14,
                        SORT, "add_time DESC", UPDATED_SINCE, "2026-01-01T00:00:00Z"));

        LoggedRequest request = onlyRequest();
        assertThat(query(request, "limit")).isEqualTo("20");
        assertThat(query(request, "start")).isEqualTo("0");
        assertThat(query(request, "owner_id")).isEqualTo("11");
        assertThat(query(request, "person_id")).isEqualTo("12");
        assertThat(query(request, "organization_id")).isEqualTo("13");
        assertThat(query(request, "filter_id")).isEqualTo("14");
        assertThat(query(request, "sort")).isEqualTo("add_time DESC");
        assertThat(query(request, "updated_since")).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void idHeaderOverridesTheIdOption() {
        stub(get("/api/v1/leads/" + OTHER_LEAD_ID), 200, success(leadJson(OTHER_LEAD_ID)));
        stub(get("/api/v1/leads/" + LEAD_ID), 200, success(leadJson(LEAD_ID)));

        Exchange fromHeader = call("pipedrive-leads:getLead?id=" + LEAD_ID, null, Map.of(ID, OTHER_LEAD_ID));
        Exchange fromOption = call("pipedrive-leads:getLead?id=" + LEAD_ID);

        assertThat(requests()).extracting(LoggedRequest::getUrl)
                .containsExactly("/api/v1/leads/" + OTHER_LEAD_ID, "/api/v1/leads/" + LEAD_ID);
        assertThat(fromHeader.getMessage().getBody(Lead.class).getId()).isEqualTo(OTHER_LEAD_ID);
        assertThat(fromOption.getMessage().getBody(Lead.class).getId()).isEqualTo(LEAD_ID);
    }

    @Test
    void operationHeaderOverridesTheEndpointOperation() {
        stub(get("/api/v1/leadSources"), 200, success("[{\"name\":\"API\"}]"));
        stub(get("/api/v1/leads/" + LEAD_ID), 200, success(leadJson(LEAD_ID)));

        Exchange byName = call("pipedrive-leads:addLead", null, Map.of(OPERATION, "getLeadSources"));
        Exchange byEnum = call("pipedrive-leads:getLeadSources", null,
                Map.of(OPERATION, PipedriveLeadsOperation.getLead, ID, LEAD_ID));

        assertThat(requests()).extracting(r -> r.getMethod().getName() + " " + r.getUrl())
                .containsExactly("GET /api/v1/leadSources", "GET /api/v1/leads/" + LEAD_ID);
        assertThat(byName.getMessage().getBody(List.class)).extracting("name").containsExactly("API");
        assertThat(byEnum.getMessage().getBody()).isInstanceOf(Lead.class);
    }

    // ---------------------------------------------------------------- helpers

    private static void stubActiveLeads() {
        stub(get(urlPathEqualTo("/api/v1/leads")), 200, list("[" + leadJson(LEAD_ID) + "]",
                "{\"start\":0,\"limit\":1,\"more_items_in_collection\":true}"));
    }

    private static void stubArchivedLeads() {
        String archived = leadJson(ARCHIVED_LEAD_ID, "Archived one").replace("\"is_archived\": false",
                "\"is_archived\": true");
        stub(get(urlPathEqualTo("/api/v1/leads/archived")), 200, list("[" + archived + "]",
                "{\"start\":0,\"limit\":1,\"more_items_in_collection\":false}"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Exchange exchange) {
        return ((List<Lead>) exchange.getMessage().getBody()).stream().map(Lead::getId).toList();
    }
}
