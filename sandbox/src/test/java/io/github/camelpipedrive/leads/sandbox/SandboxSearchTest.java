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

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxSearchTest {

    private PipedriveSandbox sandbox;
    private SandboxHttp http;
    private final List<String> camelLeads = new ArrayList<>();

    @BeforeEach
    void start() {
        sandbox = PipedriveSandbox.builder().seedLeads(10).build();
        http = new SandboxHttp(sandbox.start(), sandbox.apiToken());
        for (int i = 0; i < 7; i++) {
            camelLeads.add(sandbox.createLead("Camel deal " + i, 5, i % 2 == 0 ? 8 : null));
        }
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static List<String> itemIds(JsonNode resp) {
        List<String> ids = new ArrayList<>();
        resp.at("/data/items").forEach(i -> ids.add(i.at("/item/id").asText()));
        return ids;
    }

    @Test
    void v1SearchPagesWithNestedPagination() {
        List<String> found = new ArrayList<>();
        int start = 0;
        while (true) {
            JsonNode resp = http.get("/api/v1/leads/search?term=camel&limit=3&start=" + start).json();
            assertThat(resp.get("success").asBoolean()).isTrue();
            found.addAll(itemIds(resp));
            JsonNode pagination = resp.at("/additional_data/pagination");
            assertThat(pagination.get("limit").asInt()).isEqualTo(3);
            if (!pagination.get("more_items_in_collection").asBoolean()) {
                assertThat(pagination.has("next_start")).isFalse();
                break;
            }
            start = pagination.get("next_start").asInt();
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(camelLeads);
    }

    @Test
    void resultItemsHaveTheSearchShape() {
        String id = http.post("/api/v1/leads", "{\"title\":\"Zebra project\",\"person_id\":3,\"organization_id\":4,"
                + "\"value\":{\"amount\":250,\"currency\":\"EUR\"},\"visible_to\":\"7\"}").json().at("/data/id").asText();
        JsonNode result = http.get("/api/v1/leads/search?term=zebra%20project&include_fields=lead.was_seen").json()
                .at("/data/items/0");
        assertThat(result.get("result_score").asDouble()).isPositive();
        JsonNode item = result.get("item");
        assertThat(item.get("id").asText()).isEqualTo(id);
        assertThat(item.get("type").asText()).isEqualTo("lead");
        assertThat(item.get("title").asText()).isEqualTo("Zebra project");
        assertThat(item.at("/owner/id").asInt()).isEqualTo(1);
        assertThat(item.at("/person/id").asInt()).isEqualTo(3);
        assertThat(item.at("/person/name").asText()).isEqualTo("Person 3");
        assertThat(item.at("/organization/name").asText()).isEqualTo("Organization 4");
        assertThat(item.get("value").asInt()).isEqualTo(250);
        assertThat(item.get("currency").asText()).isEqualTo("EUR");
        assertThat(item.get("visible_to").isInt()).isTrue();
        assertThat(item.get("visible_to").asInt()).isEqualTo(7);
        assertThat(item.get("is_archived").asBoolean()).isFalse();
        assertThat(item.get("was_seen").asBoolean()).isFalse();
        assertThat(item.get("phones").isArray()).isTrue();
        assertThat(item.get("notes").isArray()).isTrue();
    }

    @Test
    void absentPersonOrganizationAndValueAreLeftOutNotNull() {
        // the official client's LeadSearchItemItem declares none of its properties nullable
        String orgOnly = http.post("/api/v1/leads", "{\"title\":\"Quokka org only\",\"organization_id\":4}").json()
                .at("/data/id").asText();
        String personOnly = http.post("/api/v1/leads", "{\"title\":\"Quokka person only\",\"person_id\":2}")
                .json().at("/data/id").asText();
        for (String path : new String[] {"/v1/leads/search?term=quokka", "/api/v2/leads/search?term=quokka"}) {
            JsonNode items = http.get(path).json().at("/data/items");
            assertThat(items).hasSize(2);
            for (JsonNode result : items) {
                JsonNode item = result.get("item");
                item.fields().forEachRemaining(f -> assertThat(f.getValue().isNull()).as(path + " " + f.getKey())
                        .isFalse());
                assertThat(item.has("value")).isFalse();
                assertThat(item.has("currency")).isFalse();
                if (item.get("id").asText().equals(orgOnly)) {
                    assertThat(item.has("person")).isFalse();
                    assertThat(item.at("/organization/id").asInt()).isEqualTo(4);
                } else {
                    assertThat(item.get("id").asText()).isEqualTo(personOnly);
                    assertThat(item.has("organization")).isFalse();
                    assertThat(item.at("/person/id").asInt()).isEqualTo(2);
                }
            }
        }
    }

    @Test
    void v2SearchPagesWithACursorThatEndsAsNull() {
        List<String> found = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode resp = http.get("/api/v2/leads/search?term=camel&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            found.addAll(itemIds(resp));
            JsonNode next = resp.at("/additional_data/next_cursor");
            assertThat(resp.get("additional_data").has("next_cursor")).isTrue();
            cursor = next.isNull() ? null : next.asText();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(4);
        assertThat(found).containsExactlyInAnyOrderElementsOf(camelLeads);
        assertThat(http.get("/api/v2/leads/search?term=camel&cursor=garbage").status).isEqualTo(400);
        assertThat(http.get("/api/v2/leads/search?term=camel&limit=501").status).isEqualTo(400);
    }

    @Test
    void termRulesExactMatchAndFilters() {
        assertThat(http.get("/api/v1/leads/search").status).isEqualTo(400);
        assertThat(http.get("/api/v1/leads/search?term=c").json().get("error_info").asText()).contains("at least 2");
        assertThat(http.get("/api/v1/leads/search?term=c&exact_match=true").status).isEqualTo(200);
        assertThat(itemIds(http.get("/api/v1/leads/search?term=camel%20deal%203&exact_match=true").json()))
                .containsExactly(camelLeads.get(3));
        assertThat(itemIds(http.get("/api/v1/leads/search?term=camel&exact_match=true").json())).isEmpty();
        assertThat(itemIds(http.get("/api/v2/leads/search?term=camel&organization_id=8").json()))
                .containsExactlyInAnyOrder(camelLeads.get(0), camelLeads.get(2), camelLeads.get(4), camelLeads.get(6));
        assertThat(itemIds(http.get("/api/v2/leads/search?term=camel&person_id=6").json())).isEmpty();
        assertThat(http.get("/api/v1/leads/search?term=camel&fields=email").status).isEqualTo(400);
        assertThat(itemIds(http.get("/api/v1/leads/search?term=camel&fields=notes").json())).isEmpty();
    }

    @Test
    void customFieldsAndArchivedLeadsAreSearchable() {
        String id = http.post("/api/v1/leads", "{\"title\":\"Plain\",\"person_id\":1,\""
                + LeadFieldCatalog.TEXT_FIELD_KEY + "\":\"interested in dromedaries\"}").json().at("/data/id").asText();
        JsonNode item = http.get("/api/v1/leads/search?term=dromedar&fields=custom_fields").json().at("/data/items/0/item");
        assertThat(item.get("id").asText()).isEqualTo(id);
        assertThat(item.get("custom_fields").get(0).asText()).isEqualTo("interested in dromedaries");
        assertThat(itemIds(http.get("/api/v1/leads/search?term=dromedar&fields=title").json())).isEmpty();

        sandbox.archiveLead(camelLeads.get(1));
        JsonNode archived = http.get("/api/v1/leads/search?term=camel%20deal%201&exact_match=true").json()
                .at("/data/items/0/item");
        assertThat(archived.get("is_archived").asBoolean()).isTrue();
    }
}
