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

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.model.LeadValue;
import io.github.camelpipedrive.leads.model.UpdateLeadRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies: the typed model, a Map and a JSON string all give the same wire body; create omits nulls; update
 * sends exactly what was set, explicit nulls included; a Lead read earlier can be written back (read-modify-write)
 * with its custom fields and without read-only properties.
 */
class RequestBodyAndUpdateSemanticsTest extends WireMockTestSupport {

    private static final String CREATE_JSON = """
            {"title": "ACME inbound", "person_id": 1092, "organization_id": 5,
             "value": {"amount": 5000, "currency": "EUR"}, "label_ids": ["%s"], "visible_to": "3",
             "expected_close_date": "2026-06-30", "%s": 190}
            """.formatted(LABEL_ID, CF_ENUM);

    @BeforeEach
    void stubLeadEndpoints() {
        stub(post("/api/v1/leads"), 201, success(leadJson(LEAD_ID)));
        stub(patch("/api/v1/leads/" + LEAD_ID), 200, success(leadJson(LEAD_ID)));
        stub(get("/api/v1/leads/" + LEAD_ID), 200, success(leadJson(LEAD_ID)));
    }

    // ---------------------------------------------------------------- addLead: three body forms, one wire body

    @Test
    void addLeadFromTheTypedModel() {
        AddLeadRequest lead = new AddLeadRequest("ACME inbound").personId(1092).organizationId(5)
                .value(LeadValue.of(5000, "EUR")).labelIds(List.of(LABEL_ID)).customField(CF_ENUM, 190);
        lead.setVisibleTo("3");
        lead.setExpectedCloseDate(java.time.LocalDate.of(2026, 6, 30));

        call("pipedrive-leads:addLead", lead);

        assertCreateBody(CREATE_JSON);
    }

    @Test
    void addLeadFromAMap() {
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("title", "ACME inbound");
        lead.put("person_id", 1092);
        lead.put("organization_id", 5);
        lead.put("value", Map.of("amount", 5000, "currency", "EUR"));
        lead.put("label_ids", List.of(LABEL_ID));
        lead.put("visible_to", "3");
        lead.put("expected_close_date", "2026-06-30");
        lead.put(CF_ENUM, 190);

        call("pipedrive-leads:addLead", lead);

        assertCreateBody(CREATE_JSON);
    }

    @Test
    void addLeadFromAJsonString() {
        call("pipedrive-leads:addLead", CREATE_JSON);

        assertCreateBody(CREATE_JSON);
    }

    @Test
    void addLeadFromJsonBytes() {
        call("pipedrive-leads:addLead", CREATE_JSON.getBytes(StandardCharsets.UTF_8));

        assertCreateBody(CREATE_JSON);
    }

    @Test
    void createOmitsNulls() {
        Map<String, Object> lead = new HashMap<>();
        lead.put("title", "ACME");
        lead.put("person_id", 1092);
        lead.put("owner_id", null);
        lead.put("value", null);
        lead.put(CF_ENUM, null);

        call("pipedrive-leads:addLead", lead);

        assertCreateBody("{\"title\":\"ACME\",\"person_id\":1092}");
        assertThat(fieldNames(jsonBody(onlyRequest()))).containsExactlyInAnyOrder("title", "person_id");
    }

    @Test
    void createOmitsUnsetPropertiesOfTheTypedModel() {
        call("pipedrive-leads:addLead", new AddLeadRequest("ACME").organizationId(5));

        assertCreateBody("{\"title\":\"ACME\",\"organization_id\":5}");
    }

    // ---------------------------------------------------------------- updateLead: absent vs explicit null

    @Test
    void absentPropertiesAreNotSent() {
        call("pipedrive-leads:updateLead", new UpdateLeadRequest().title("x"), Map.of(ID, LEAD_ID));

        assertPatchBodyExactly("{\"title\":\"x\"}");
    }

    @Test
    void explicitNullIsSentAsNullFromTheTypedModel() {
        call("pipedrive-leads:updateLead", new UpdateLeadRequest().title("x").value(null), Map.of(ID, LEAD_ID));

        assertPatchBodyExactly("{\"title\":\"x\",\"value\":null}");
    }

    @Test
    void explicitNullIsSentAsNullFromAMap() {
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("title", "x");
        update.put("value", null);

        call("pipedrive-leads:updateLead", update, Map.of(ID, LEAD_ID));

        assertPatchBodyExactly("{\"title\":\"x\",\"value\":null}");
    }

    @Test
    void explicitNullIsSentAsNullFromAJsonString() {
        call("pipedrive-leads:updateLead", "{\"title\":\"x\",\"value\":null}", Map.of(ID, LEAD_ID));

        assertPatchBodyExactly("{\"title\":\"x\",\"value\":null}");
    }

    @Test
    void unsettingOneOfPersonAndOrganizationIsAllowed() {
        call("pipedrive-leads:updateLead", new UpdateLeadRequest().organizationId(null).personId(1092L),
                Map.of(ID, LEAD_ID));

        assertPatchBodyExactly("{\"organization_id\":null,\"person_id\":1092}");
    }

    @Test
    void customFieldCanBeSetAndUnsetOnUpdate() {
        call("pipedrive-leads:updateLead", new UpdateLeadRequest().customField(CF_ENUM, null).customField(CF_MONEY, 10),
                Map.of(ID, LEAD_ID));

        assertPatchBodyExactly("{\"" + CF_ENUM + "\":null,\"" + CF_MONEY + "\":10}");
    }

    // ---------------------------------------------------------------- read-modify-write

    @Test
    void leadReadEarlierIsWrittenBackWithItsCustomFieldsAndWithoutReadOnlyProperties() {
        Lead lead = call("pipedrive-leads:getLead", null, Map.of(ID, LEAD_ID)).getMessage().getBody(Lead.class);
        lead.setTitle("Renamed");
        wireMock.resetRequests();

        Lead updated = call("pipedrive-leads:updateLead", lead, Map.of(ID, LEAD_ID)).getMessage().getBody(Lead.class);

        JsonNode sent = jsonBody(onlyRequest());
        Set<String> expected = new TreeSet<>(UpdateLeadRequest.UPDATABLE);
        expected.addAll(Set.of(CF_ENUM, CF_MONEY, CF_MONEY + "_currency"));
        assertThat(fieldNames(sent)).isEqualTo(expected);
        assertThat(fieldNames(sent)).doesNotContain("id", "add_time", "update_time", "creator_id", "cc_email",
                "source_name", "origin", "origin_id", "next_activity_id", "source_deal_id", "some_future_field");
        assertThat(sent.get("title").asText()).isEqualTo("Renamed");
        assertThat(sent.get("person_id").asLong()).isEqualTo(1092);
        assertThat(sent.get("value").get("amount").asInt()).isEqualTo(999);
        assertThat(sent.get("value").get("currency").asText()).isEqualTo("USD");
        assertThat(sent.get("visible_to").asText()).isEqualTo("3");
        assertThat(sent.get("expected_close_date").asText()).isEqualTo("2026-03-31");
        assertThat(sent.get("label_ids").get(0).asText()).isEqualTo(LABEL_ID);
        // the custom fields survive the round trip unchanged
        assertThat(sent.get(CF_ENUM).asInt()).isEqualTo(190);
        assertThat(sent.get(CF_MONEY).asInt()).isEqualTo(2300);
        assertThat(sent.get(CF_MONEY + "_currency").asText()).isEqualTo("EUR");
        assertThat(updated.getCustomFields()).containsEntry(CF_ENUM, 190);
    }

    @Test
    void leadIdDoesNotComeFromTheBody() {
        // the path id is the header's, never the id inside a Lead body
        Lead lead = call("pipedrive-leads:getLead", null, Map.of(ID, LEAD_ID)).getMessage().getBody(Lead.class);
        lead.setId(OTHER_LEAD_ID);
        wireMock.resetRequests();

        call("pipedrive-leads:updateLead", lead, Map.of(ID, LEAD_ID));

        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v1/leads/" + LEAD_ID);
    }

    // ---------------------------------------------------------------- helpers

    private static void assertCreateBody(String expectedJson) {
        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v1/leads");
        wireMock.verify(postRequestedFor(urlEqualTo("/api/v1/leads")).withRequestBody(equalToJson(expectedJson)));
    }

    /** The PATCH body has exactly these properties and values; a JSON null is not the same as an absent one. */
    private static void assertPatchBodyExactly(String expectedJson) {
        JsonNode sent = jsonBody(onlyRequest());
        JsonNode expected;
        try {
            expected = JSON.readTree(expectedJson);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
        assertThat(fieldNames(sent)).isEqualTo(fieldNames(expected));
        assertThat(sent).isEqualTo(expected);
    }
}
