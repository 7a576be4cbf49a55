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
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * resolveCustomFieldNames=true: definitions come from GET /v1/leadFields (every page, cached); reads get
 * {@link Lead#getCustomFieldsByName()} with option labels, writes may use names and labels, which go on the wire as
 * 40-hex keys and option ids.
 */
class CustomFieldNamesWireTest extends WireMockTestSupport {

    static final String BAND = "5f0c3a1b2c3d4e5f60718293a4b5c6d7e8f90a1b";
    static final String TOPICS = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4";
    static final String NOTES = "0123456789abcdef0123456789abcdef01234567";

    static final String NAMES = "pipedrive-leads:%s?resolveCustomFieldNames=true";

    @Test
    void getLeadResolvesNamesAndLabelsAndCachesTheDefinitions() {
        stubLeadFields();
        stub(get("/api/v1/leads/" + LEAD_ID), 200, success(leadWithCustomFields()));

        Lead first = call(NAMES.formatted("getLead"), null, Map.of(ID, LEAD_ID)).getMessage().getBody(Lead.class);
        Lead second = call(NAMES.formatted("getLead"), null, Map.of(ID, LEAD_ID)).getMessage().getBody(Lead.class);

        for (Lead lead : List.of(first, second)) {
            assertThat(lead.getCustomFieldsByName()).containsOnly(
                    entry("Lead score band", "A"), entry("Topics", List.of("x", "y")), entry("Notes text", "hello"));
            assertThat(lead.getCustomFields()).as("keys are kept").containsEntry(BAND, 11)
                    .containsEntry(TOPICS, "21,22").containsEntry(NOTES, "hello");
        }
        List<LoggedRequest> fieldRequests = leadFieldRequests();
        assertThat(fieldRequests).as("both pages, once for two calls").hasSize(2);
        assertThat(fieldRequests).allSatisfy(r -> {
            assertThat(r.getMethod()).isEqualTo(RequestMethod.GET);
            assertThat(r.getUrl()).startsWith("/api/v1/leadFields?");
            assertAuthenticatedWithApiToken(r);
        });
        assertThat(query(fieldRequests.get(0), "start")).isEqualTo("0");
        assertThat(query(fieldRequests.get(1), "start")).isEqualTo("3");
        assertThat(requests()).filteredOn(r -> r.getUrl().equals("/api/v1/leads/" + LEAD_ID)).hasSize(2);
    }

    @Test
    void listsAreResolvedToo() {
        stubLeadFields();
        stub(get(urlPathEqualTo("/api/v1/leads")), 200, list("[" + leadWithCustomFields() + "]",
                "{\"start\":0,\"limit\":100,\"more_items_in_collection\":false}"));

        List<?> leads = call(NAMES.formatted("getLeads")).getMessage().getBody(List.class);

        assertThat(((Lead) leads.get(0)).getCustomFieldsByName()).containsEntry("Lead score band", "A");
    }

    @Test
    void addLeadWithNamesAndLabelsSendsKeysAndOptionIds() {
        stubLeadFields();
        stub(post("/api/v1/leads"), 201, success(leadWithCustomFields()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "ACME inbound");
        body.put("person_id", 1);
        body.put("Lead score band", "B");
        body.put("Topics", List.of("x", "y"));

        Exchange exchange = call(NAMES.formatted("addLead"), body);

        List<LoggedRequest> posts = requests().stream().filter(r -> RequestMethod.POST.equals(r.getMethod()))
                .toList();
        assertThat(posts).hasSize(1);
        assertAuthenticatedWithApiToken(posts.get(0));
        assertThat(posts.get(0).getUrl()).isEqualTo("/api/v1/leads");
        wireMock.verify(postRequestedFor(urlEqualTo("/api/v1/leads")).withRequestBody(equalToJson("""
                {"title": "ACME inbound", "person_id": 1, "%s": 12, "%s": "21,22"}
                """.formatted(BAND, TOPICS))));
        assertThat(fieldNames(jsonBody(posts.get(0)))).doesNotContain("Lead score band", "Topics");
        assertThat(exchange.getMessage().getBody(Lead.class).getCustomFieldsByName())
                .containsEntry("Lead score band", "A");
    }

    @Test
    void optionIdsAndKeysAreAcceptedAsTheyAre() {
        stubLeadFields();
        stub(post("/api/v1/leads"), 201, success(leadWithCustomFields()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "ACME inbound");
        body.put("organization_id", 5);
        body.put("Lead score band", 11);
        body.put(NOTES, "free text");

        call(NAMES.formatted("addLead"), body);

        wireMock.verify(postRequestedFor(urlEqualTo("/api/v1/leads")).withRequestBody(equalToJson("""
                {"title": "ACME inbound", "organization_id": 5, "%s": 11, "%s": "free text"}
                """.formatted(BAND, NOTES))));
    }

    @Test
    void anUnknownFieldNameIsRejectedListingTheKnownNamesAndNothingIsPosted() {
        stubLeadFields();
        stub(post("/api/v1/leads"), 201, success(leadWithCustomFields()));

        Exchange exchange = send(NAMES.formatted("addLead"),
                Map.of("title", "ACME inbound", "person_id", 1, "Lead score bnd", "B"));

        assertThat(exchange.getException()).isInstanceOf(PipedriveValidationException.class);
        PipedriveValidationException e = (PipedriveValidationException) exchange.getException();
        assertThat(e.getField()).isEqualTo("body.Lead score bnd");
        assertThat(e.getMessage()).contains("Lead score bnd", "Lead score band", "Topics", "Notes text");
        assertThat(requests()).noneMatch(r -> RequestMethod.POST.equals(r.getMethod()));
        wireMock.verify(0, postRequestedFor(urlEqualTo("/api/v1/leads")));
    }

    @Test
    void aCamelCaseKeyOrAMistypedFieldNameIsNamedWithWhatItMeantAndNothingIsPosted() {
        stubLeadFields();
        stub(post("/api/v1/leads"), 201, success(leadWithCustomFields()));

        Exchange camelCase = send(NAMES.formatted("addLead"), Map.of("title", "ACME", "personId", 1));
        Exchange typo = send(NAMES.formatted("addLead"), Map.of("title", "ACME", "person_id", 1, "Topcs", "x"));

        assertThat(camelCase.getException()).isInstanceOf(PipedriveValidationException.class)
                .hasMessageContaining("Invalid body.personId: 'personId' is neither a property of AddLeadRequest nor a"
                                      + " custom field name (did you mean person_id?)")
                .hasMessageContaining("Nothing was sent");
        assertThat(typo.getException()).isInstanceOf(PipedriveValidationException.class)
                .hasMessageContaining("(did you mean Topics?)");
        wireMock.verify(0, postRequestedFor(urlEqualTo("/api/v1/leads")));
    }

    @Test
    void anUnknownOptionLabelIsRejectedListingTheOptions() {
        stubLeadFields();

        Exchange exchange = send(NAMES.formatted("addLead"),
                Map.of("title", "ACME inbound", "person_id", 1, "Lead score band", "Z"));

        assertThat(exchange.getException()).isInstanceOf(PipedriveValidationException.class);
        assertThat(exchange.getException().getMessage()).contains("'Z'", "[A, B]");
        wireMock.verify(0, postRequestedFor(urlEqualTo("/api/v1/leads")));
    }

    @Test
    void withoutTheOptionNoFieldDefinitionsAreRead() {
        stubLeadFields();
        stub(get("/api/v1/leads/" + LEAD_ID), 200, success(leadWithCustomFields()));
        stub(post("/api/v1/leads"), 201, success(leadWithCustomFields()));

        Lead lead = call("pipedrive-leads:getLead", null, Map.of(ID, LEAD_ID)).getMessage().getBody(Lead.class);
        call("pipedrive-leads:addLead", new AddLeadRequest("ACME inbound").personId(1).customField(BAND, 12));

        assertThat(lead.getCustomFieldsByName()).isEmpty();
        assertThat(lead.getCustomFields()).containsEntry(BAND, 11);
        assertThat(leadFieldRequests()).isEmpty();
        wireMock.verify(postRequestedFor(urlEqualTo("/api/v1/leads"))
                .withRequestBody(equalToJson("{\"title\":\"ACME inbound\",\"person_id\":1,\"" + BAND + "\":12}")));
    }

    // ---------------------------------------------------------------- fixtures

    /** Two pages of definitions: a system field, the enum and the set field, then the text field. */
    static void stubLeadFields() {
        wireMock.stubFor(get(urlPathEqualTo("/api/v1/leadFields")).withQueryParam("start", equalTo("0"))
                .willReturn(json(200, list("""
                        [{"id": 1, "key": "title", "name": "Title", "field_type": "varchar", "options": null},
                         {"id": 12500, "key": "%s", "name": "Lead score band", "field_type": "enum",
                          "options": [{"id": 11, "label": "A"}, {"id": 12, "label": "B"}]},
                         {"id": 12501, "key": "%s", "name": "Topics", "field_type": "set",
                          "options": [{"id": 21, "label": "x"}, {"id": 22, "label": "y"}]}]
                        """.formatted(BAND, TOPICS),
                        "{\"pagination\":{\"start\":0,\"limit\":3,\"more_items_in_collection\":true,"
                        + "\"next_start\":3}}"))));
        wireMock.stubFor(get(urlPathEqualTo("/api/v1/leadFields")).withQueryParam("start", equalTo("3"))
                .willReturn(json(200, list("""
                        [{"id": 12502, "key": "%s", "name": "Notes text", "field_type": "text", "options": null}]
                        """.formatted(NOTES),
                        "{\"pagination\":{\"start\":3,\"limit\":3,\"more_items_in_collection\":false}}"))));
    }

    static List<LoggedRequest> leadFieldRequests() {
        return requests().stream().filter(r -> r.getUrl().startsWith("/api/v1/leadFields")).toList();
    }

    static String leadWithCustomFields() {
        return """
                {"id": "%s", "title": "ACME inbound", "owner_id": 1, "person_id": 1, "organization_id": null,
                 "label_ids": [], "is_archived": false, "was_seen": false, "value": null, "visible_to": "3",
                 "add_time": "2026-01-10T10:00:00.000Z", "update_time": "2026-01-10T10:00:00.000Z",
                 "%s": 11, "%s": "21,22", "%s": "hello"}
                """.formatted(LEAD_ID, BAND, TOPICS, NOTES);
    }
}
