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
package io.github.camelpipedrive.leads.sandbox;

import static io.github.camelpipedrive.leads.sandbox.SandboxLeadsTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SandboxListingTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private PipedriveSandbox sandbox;
    private SandboxHttp http;

    private void start(PipedriveSandbox.Builder builder) {
        sandbox = builder.clock(clock).build();
        http = new SandboxHttp(sandbox.start(), sandbox.apiToken());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void defaultOrderIsAddTimeAscendingAndFlatPagingWalksEveryLead() {
        start(PipedriveSandbox.builder().seedLeads(25));
        List<String> walked = new ArrayList<>();
        List<String> addTimes = new ArrayList<>();
        int start = 0;
        boolean more = true;
        while (more) {
            JsonNode page = http.get("/api/v1/leads?start=" + start + "&limit=10").json();
            JsonNode additional = page.get("additional_data");
            assertThat(additional.get("start").asInt()).isEqualTo(start);
            assertThat(additional.get("limit").asInt()).isEqualTo(10);
            assertThat(additional.has("pagination")).isFalse();
            assertThat(additional.has("next_start")).isFalse();
            page.get("data").forEach(lead -> addTimes.add(lead.get("add_time").asText()));
            walked.addAll(ids(page));
            more = additional.get("more_items_in_collection").asBoolean();
            start += 10;
        }
        assertThat(walked).hasSize(25).doesNotHaveDuplicates().isEqualTo(sandbox.activeLeadIds());
        assertThat(addTimes).isSorted().doesNotHaveDuplicates();
        assertThat(Instant.parse(addTimes.get(24))).isBefore(clock.instant());
    }

    @Test
    void nestedPagingCarriesNextStartOnlyWhileMoreItemsExist() {
        start(PipedriveSandbox.builder().seedLeads(5).paginationShape(PaginationShape.NESTED));
        JsonNode first = http.get("/api/v1/leads?limit=3").json().get("additional_data").get("pagination");
        assertThat(first.get("start").asInt()).isZero();
        assertThat(first.get("limit").asInt()).isEqualTo(3);
        assertThat(first.get("more_items_in_collection").asBoolean()).isTrue();
        assertThat(first.get("next_start").asInt()).isEqualTo(3);

        JsonNode last = http.get("/api/v1/leads?start=3&limit=3").json();
        assertThat(last.get("data")).hasSize(2);
        JsonNode pagination = last.get("additional_data").get("pagination");
        assertThat(pagination.get("more_items_in_collection").asBoolean()).isFalse();
        assertThat(pagination.has("next_start")).isFalse();
    }

    @Test
    void defaultLimitIs100() {
        start(PipedriveSandbox.builder().seedLeads(120));
        JsonNode page = http.get("/api/v1/leads").json();
        assertThat(page.get("data")).hasSize(100);
        assertThat(page.at("/additional_data/limit").asInt()).isEqualTo(100);
        assertThat(page.at("/additional_data/more_items_in_collection").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/leads?limit=500").json().get("data")).hasSize(120);
    }

    @Test
    void emptyCollectionIsAnEmptyArray() {
        start(PipedriveSandbox.builder());
        JsonNode page = http.get("/api/v1/leads").json();
        assertThat(page.get("data").isArray()).isTrue();
        assertThat(page.get("data")).isEmpty();
        assertThat(page.at("/additional_data/more_items_in_collection").asBoolean()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "limit=501                  | \"limit\" must be less than or equal to 500",
        "limit=0                    | \"limit\" must be greater than or equal to 1",
        "limit=ten                  | \"limit\" must be a number",
        "start=-1                   | \"start\" must be greater than or equal to 0",
        "sort=color%20ASC           | \"sort\" field \"color\" must be one of [id, title, owner_id, creator_id, was_seen, expected_close_date, next_activity_id, add_time, update_time]",
        "sort=add_time%20UP         | \"sort\" direction must be ASC or DESC",
        "updated_since=yesterday    | \"updated_since\" must be a valid ISO 8601 date-time, e.g. 2025-01-01T10:20:00Z",
        "owner_id=me                | \"owner_id\" must be a number",
    })
    void invalidQueryParametersAnswer400(String query, String errorInfo) {
        start(PipedriveSandbox.builder().seedLeads(2));
        SandboxHttp.Resp resp = http.get("/api/v1/leads?" + query);
        assertThat(resp.status).isEqualTo(400);
        assertThat(resp.json().get("success").asBoolean()).isFalse();
        assertThat(resp.json().get("error_info").asText()).isEqualTo(errorInfo);
    }

    @Test
    void unknownFilterIdAnswers400() {
        start(PipedriveSandbox.builder().seedLeads(2));
        SandboxHttp.Resp resp = http.get("/api/v1/leads?filter_id=99");
        assertThat(resp.status).isEqualTo(400);
        assertThat(resp.json().get("error_info").asText()).contains("99");
    }

    @Test
    void sortAscDescAndMultiField() {
        start(PipedriveSandbox.builder().seedLeads(30));
        List<String> asc = ids(http.get("/api/v1/leads?sort=add_time%20ASC&limit=500").json());
        List<String> desc = ids(http.get("/api/v1/leads?sort=add_time%20DESC&limit=500").json());
        List<String> reversed = new ArrayList<>(asc);
        java.util.Collections.reverse(reversed);
        assertThat(asc).isEqualTo(sandbox.activeLeadIds());
        assertThat(desc).isEqualTo(reversed);
        assertThat(ids(http.get("/api/v1/leads?sort=add_time&limit=500").json())).isEqualTo(asc);

        JsonNode byOwner = http.get("/api/v1/leads?sort=owner_id%20DESC,%20add_time%20ASC&limit=500").json();
        List<Integer> owners = new ArrayList<>();
        byOwner.get("data").forEach(l -> owners.add(l.get("owner_id").asInt()));
        assertThat(owners).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        JsonNode byTitle = http.get("/api/v1/leads?sort=title&limit=500").json();
        List<String> titles = new ArrayList<>();
        byTitle.get("data").forEach(l -> titles.add(l.get("title").asText()));
        assertThat(titles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void tiesOnAddTimeKeepCreationOrderInEveryDirection() {
        start(PipedriveSandbox.builder());
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            created.add(sandbox.createLead("tie " + i, 1, null));
        }
        clock.advance(Duration.ofMillis(1));
        String later = sandbox.createLead("later", 2, null);

        JsonNode page = http.get("/api/v1/leads").json();
        assertThat(page.get("data").get(0).get("add_time").asText())
                .isEqualTo(page.get("data").get(5).get("add_time").asText());
        List<String> expected = new ArrayList<>(created);
        expected.add(later);
        assertThat(ids(page)).isEqualTo(expected);

        List<String> walked = new ArrayList<>();
        for (int start = 0; start < 7; start += 2) {
            walked.addAll(ids(http.get("/api/v1/leads?limit=2&start=" + start).json()));
        }
        assertThat(walked).isEqualTo(expected);

        List<String> desc = ids(http.get("/api/v1/leads?sort=add_time%20DESC").json());
        assertThat(desc.get(0)).isEqualTo(later);
        assertThat(desc.subList(1, 7)).isEqualTo(created);
    }

    @Test
    void updatedSinceKeepsLeadsUpdatedAtOrAfterTheInstant() {
        start(PipedriveSandbox.builder().seedLeads(4));
        clock.advance(Duration.ofMinutes(10));
        String fresh = sandbox.createLead("fresh", 1, null);
        String old = sandbox.activeLeadIds().get(0);
        clock.advance(Duration.ofMinutes(1));
        sandbox.updateLeadTitle(old, "touched");

        assertThat(ids(http.get("/api/v1/leads?updated_since=2026-03-01T10:10:00Z").json()))
                .containsExactly(old, fresh);
        assertThat(ids(http.get("/api/v1/leads?updated_since=2026-03-01T10:10:00.001Z").json()))
                .containsExactly(old);
        assertThat(ids(http.get("/api/v1/leads?updated_since=2026-03-01T10:11:00.000Z").json()))
                .containsExactly(old);
        assertThat(ids(http.get("/api/v1/leads?updated_since=2026-03-01T10:11:00.001Z").json())).isEmpty();
        assertThat(ids(http.get("/api/v1/leads?updated_since=2026-03-01T11:10:00%2B01:00").json()))
                .containsExactly(old, fresh);
    }

    @Test
    void ownerPersonOrganizationAndSavedFilters() {
        start(PipedriveSandbox.builder().seedLeads(40));
        for (JsonNode lead : http.get("/api/v1/leads?owner_id=2&limit=500").json().get("data")) {
            assertThat(lead.get("owner_id").asInt()).isEqualTo(2);
        }
        String withPerson = sandbox.createLead("person 77", 77, null);
        String withOrg = sandbox.createLead("org 44", null, 44);
        assertThat(ids(http.get("/api/v1/leads?person_id=77").json())).contains(withPerson).doesNotContain(withOrg);
        assertThat(ids(http.get("/api/v1/leads?organization_id=44").json())).contains(withOrg)
                .doesNotContain(withPerson);

        JsonNode owner1 = http.get("/api/v1/leads?filter_id=1&limit=500").json();
        assertThat(owner1.get("data").size()).isPositive();
        owner1.get("data").forEach(lead -> assertThat(lead.get("owner_id").asInt()).isEqualTo(1));
        // filter_id takes precedence over owner_id
        assertThat(ids(http.get("/api/v1/leads?filter_id=1&owner_id=2&limit=500").json()))
                .isEqualTo(ids(owner1));
        http.get("/api/v1/leads?filter_id=3&limit=500").json().get("data")
                .forEach(lead -> assertThat(lead.get("organization_id").isNull()).isFalse());
    }

    @Test
    void archivedListHasOnlyArchivedLeadsWithTheSameFiltersAndPaging() {
        start(PipedriveSandbox.builder().seedLeads(6).paginationShape(PaginationShape.NESTED));
        List<String> ids = sandbox.activeLeadIds();
        sandbox.archiveLead(ids.get(1));
        sandbox.archiveLead(ids.get(4));

        JsonNode archived = http.get("/api/v1/leads/archived?limit=1").json();
        assertThat(ids(archived)).containsExactly(ids.get(1));
        assertThat(archived.at("/additional_data/pagination/next_start").asInt()).isEqualTo(1);
        assertThat(ids(http.get("/api/v1/leads/archived?start=1").json())).containsExactly(ids.get(4));
        assertThat(ids(http.get("/api/v1/leads?limit=500").json())).hasSize(4).doesNotContain(ids.get(1), ids.get(4));
        // updated_since is not a parameter of the archived list: ignored
        assertThat(ids(http.get("/api/v1/leads/archived?updated_since=2030-01-01T00:00:00Z").json())).hasSize(2);
        assertThat(sandbox.archivedLeadCount()).isEqualTo(2);
    }
}
