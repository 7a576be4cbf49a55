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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** v2 persons and organizations: create, get, patch, search (shapes, rules, paging, costs). */
class SandboxPersonsTest {

    private PipedriveSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void start() {
        sandbox = PipedriveSandbox.builder().seedPersons(3).seedOrganizations(2).build();
        http = new SandboxHttp(sandbox.start(), sandbox.apiToken());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonNode addPerson(String json) {
        SandboxHttp.Resp resp = http.post("/api/v2/persons", json);
        assertThat(resp.status).as(resp.body).isEqualTo(200);
        return resp.json().get("data");
    }

    private List<Integer> searchIds(String query) {
        SandboxHttp.Resp resp = http.get("/api/v2/persons/search?" + query);
        assertThat(resp.status).as(resp.body).isEqualTo(200);
        List<Integer> ids = new ArrayList<>();
        resp.json().at("/data/items").forEach(i -> ids.add(i.at("/item/id").asInt()));
        return ids;
    }

    @Test
    void createGetAndPatchAPersonWithTheClientsShape() {
        JsonNode created = addPerson("{\"name\":\"Ada Lovelace\",\"org_id\":2,\"emails\":[{\"value\":\"ada@example.com\","
                + "\"primary\":true,\"label\":\"work\"}],\"phones\":[{\"value\":\"+44 20 7946 0000\"}],\"visible_to\":3,"
                + "\"label_ids\":[7],\"marketing_status\":\"subscribed\"}");
        int id = created.get("id").asInt();
        assertThat(id).as("seeded persons are 1..3").isEqualTo(4);
        assertThat(created.get("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(created.get("first_name").asText()).isEqualTo("Ada");
        assertThat(created.get("last_name").asText()).isEqualTo("Lovelace");
        assertThat(created.get("org_id").asInt()).isEqualTo(2);
        assertThat(created.get("owner_id").asInt()).isEqualTo(1);
        assertThat(created.at("/emails/0/value").asText()).isEqualTo("ada@example.com");
        assertThat(created.at("/phones/0/primary").asBoolean()).as("the first phone becomes primary").isTrue();
        assertThat(created.at("/phones/0/label").asText()).isEqualTo("work");
        assertThat(created.get("visible_to").isInt()).isTrue();
        assertThat(created.get("label_ids").get(0).asInt()).isEqualTo(7);
        assertThat(created.get("is_deleted").asBoolean()).isFalse();
        assertThat(created.get("add_time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(created.get("custom_fields").isObject()).isTrue();

        JsonNode got = http.get("/api/v2/persons/" + id).json();
        assertThat(got.get("success").asBoolean()).isTrue();
        assertThat(got.get("data")).isEqualTo(created);

        JsonNode patched = http.patch("/api/v2/persons/" + id, "{\"name\":\"Ada King\",\"org_id\":null,"
                + "\"emails\":[{\"value\":\"ada@king.example\",\"label\":\"home\"}]}").json().get("data");
        assertThat(patched.get("name").asText()).isEqualTo("Ada King");
        assertThat(patched.has("org_id")).as("org_id left out, not null: the model does not declare it nullable")
                .isFalse();
        assertThat(patched.at("/emails/0/value").asText()).isEqualTo("ada@king.example");
        assertThat(patched.get("phones")).as("PATCH changes only what it is given").hasSize(1);
        assertThat(sandbox.persons()).extracting(SandboxPerson::name).containsExactly("Person 1", "Person 2",
                "Person 3", "Ada King");
    }

    /** The sample of docs/sandbox.md ("Persons, organizations and notes, for lead intake tests"), verbatim. */
    @Test
    void javaApiSampleOfTheGuide() {
        PipedriveSandbox sb = sandbox;
        int personId = sb.createPerson("Ada Lovelace", "ada@example.com", null); // email and orgId may be null
        int orgId = sb.createOrganization("Acme");      // both found by search after searchIndexDelay
        List<SandboxPerson> persons = sb.persons();     // immutable snapshots in id order, seeded ones included
        List<SandboxOrganization> orgs = sb.organizations();
        List<SandboxNote> notes = sb.notes();           // SandboxNote.leadId() tells which lead a note is on
        int personCount = sb.personCount();             // also organizationCount(), noteCount()

        assertThat(personId).isEqualTo(4);
        assertThat(orgId).isEqualTo(3);
        assertThat(persons).last().satisfies(p -> {
            assertThat(p.emails()).containsExactly("ada@example.com");
            assertThat(p.orgId()).isNull();
        });
        assertThat(orgs).extracting(SandboxOrganization::name).endsWith("Acme");
        assertThat(notes).isEmpty();
        assertThat(personCount).isEqualTo(4);
        assertThatThrownBy(() -> persons.add(persons.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(searchIds("term=" + q("ada@example.com") + "&exact_match=true")).containsExactly(personId);
    }

    @Test
    void invalidBodiesAreRefusedWithTheFieldAndTheRuleAndChangeNothing() {
        String[][] cases = {
            {"{\"emails\":[{\"value\":\"a@b.c\"}]}", "\"name\" is required"},
            {"{\"name\":\"  \"}", "\"name\" is not allowed to be empty"},
            {"{\"name\":\"X\",\"emails\":[\"a@b.c\"]}", "\"emails[0]\" must be of type object"},
            {"{\"name\":\"X\",\"emails\":[{\"primary\":true}]}", "\"emails[0].value\" is required"},
            {"{\"name\":\"X\",\"org_id\":99}", "Organization with id 99 was not found"},
            {"{\"name\":\"X\",\"org_id\":\"2\"}", "\"org_id\" must be a number"},
            {"{\"name\":\"X\",\"visible_to\":\"3\"}", "\"visible_to\" must be one of [1, 3, 5, 7]"},
            {"{\"name\":\"X\",\"marketing_status\":\"maybe\"}",
                "\"marketing_status\" must be one of [no_consent, unsubscribed, subscribed, archived]"},
            {"{\"name\":\"X\",\"email\":\"a@b.c\"}", "\"email\" is not allowed"},
        };
        for (String[] c : cases) {
            SandboxHttp.Resp resp = http.post("/api/v2/persons", c[0]);
            assertThat(resp.status).as(c[0]).isEqualTo(400);
            assertThat(resp.json().get("success").asBoolean()).isFalse();
            assertThat(resp.json().get("error_info").asText()).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(sandbox.personCount()).isEqualTo(3);
        SandboxHttp anonymous = SandboxHttp.anonymous(sandbox.baseUrl());
        for (String path : new String[] {"/api/v2/persons/1", "/api/v2/persons/search?term=person",
            "/api/v2/organizations/1", "/v1/notes"}) {
            assertThat(anonymous.get(path).status).as(path).isEqualTo(401);
        }
        assertThat(anonymous.post("/api/v2/persons", "{\"name\":\"Sneaky\"}").status).isEqualTo(401);
        assertThat(sandbox.personCount()).isEqualTo(3);
        assertThat(http.get("/api/v2/persons/77").status).isEqualTo(404);
        assertThat(http.get("/api/v2/persons/abc").status).isEqualTo(400);
        assertThat(http.patch("/api/v2/persons/1", "{\"add_time\":\"2020-01-01T00:00:00Z\"}").json()
                .get("error_info").asText()).isEqualTo("\"add_time\" is not allowed");
    }

    @Test
    void exactMatchFindsWholeEmailsPhonesAndNamesIgnoringCase() {
        int ada = addPerson("{\"name\":\"Ada Lovelace\",\"emails\":[{\"value\":\"Ada@Example.com\"}],"
                + "\"phones\":[{\"value\":\"+44 20 7946 0000\"}]}").get("id").asInt();
        int adam = addPerson("{\"name\":\"Adam Smith\",\"emails\":[{\"value\":\"ada@example.com.au\"}]}")
                .get("id").asInt();
        assertThat(searchIds("term=" + q("ada@example.com") + "&fields=email&exact_match=true"))
                .as("not case sensitive, whole value only").containsExactly(ada);
        assertThat(searchIds("term=" + q("ada@example.com") + "&fields=email")).as("without exact_match: contains")
                .containsExactly(ada, adam);
        assertThat(searchIds("term=" + q("+44 20 7946 0000") + "&fields=phone&exact_match=true"))
                .containsExactly(ada);
        assertThat(searchIds("term=" + q("442079460000") + "&fields=phone&exact_match=true"))
                .as("phones are compared as written").isEmpty();
        assertThat(searchIds("term=" + q("ADA LOVELACE") + "&fields=name&exact_match=true")).containsExactly(ada);
        assertThat(searchIds("term=" + q("ada@example.com") + "&fields=name")).as("fields restricts").isEmpty();
        assertThat(searchIds("term=ada")).as("prefix of a name scores above an email match")
                .containsExactly(ada, adam);
        assertThat(searchIds("term=a&exact_match=true")).as("1 character is allowed with exact_match").isEmpty();
        SandboxHttp.Resp tooShort = http.get("/api/v2/persons/search?term=a");
        assertThat(tooShort.status).isEqualTo(400);
        assertThat(tooShort.json().get("error_info").asText()).contains("at least 2 characters");
        assertThat(http.get("/api/v2/persons/search?term=ada&fields=title").json().get("error_info").asText())
                .isEqualTo("\"fields\" must be one of [custom_fields, email, notes, phone, name]");
    }

    @Test
    void searchItemsHaveTheClientsShapeAndFilterByOrganization() {
        int inOrg = addPerson("{\"name\":\"Grace Hopper\",\"org_id\":1,\"emails\":[{\"value\":\"grace@navy.example\"}]}")
                .get("id").asInt();
        int alone = addPerson("{\"name\":\"Grace Alone\"}").get("id").asInt();
        JsonNode resp = http.get("/api/v2/persons/search?term=grace").json();
        assertThat(resp.at("/additional_data/next_cursor").isNull()).isTrue();
        JsonNode first = resp.at("/data/items/0");
        assertThat(first.get("result_score").asDouble()).isPositive();
        JsonNode item = first.get("item");
        assertThat(item.get("id").asInt()).isEqualTo(inOrg);
        assertThat(item.get("type").asText()).isEqualTo("person");
        assertThat(item.get("emails").get(0).asText()).isEqualTo("grace@navy.example");
        assertThat(item.get("phones").isArray()).isTrue();
        assertThat(item.at("/owner/id").asInt()).isEqualTo(1);
        assertThat(item.at("/organization/id").asInt()).isEqualTo(1);
        assertThat(item.at("/organization/name").asText()).isEqualTo("Organization 1");
        JsonNode other = resp.at("/data/items/1/item");
        assertThat(other.get("id").asInt()).isEqualTo(alone);
        assertThat(other.has("organization")).as("left out, not null").isFalse();
        assertThat(searchIds("term=grace&organization_id=1")).containsExactly(inOrg);
    }

    @Test
    void searchPagesByCursorUntilItIsNull() {
        for (int i = 0; i < 5; i++) {
            addPerson("{\"name\":\"Pager " + i + "\"}");
        }
        List<Integer> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode resp = http.get("/api/v2/persons/search?term=pager&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            resp.at("/data/items").forEach(i -> all.add(i.at("/item/id").asInt()));
            JsonNode next = resp.at("/additional_data/next_cursor");
            cursor = next.isNull() ? null : next.asText();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(all).containsExactly(4, 5, 6, 7, 8);
    }

    @Test
    void organizationsCreateGetPatchAndSearchByExactName() {
        SandboxHttp.Resp created = http.post("/api/v2/organizations",
                "{\"name\":\"Acme GmbH\",\"address\":{\"value\":\"Main St 1, Berlin\",\"locality\":\"Berlin\"}}");
        assertThat(created.status).as(created.body).isEqualTo(200);
        JsonNode org = created.json().get("data");
        int id = org.get("id").asInt();
        assertThat(id).isEqualTo(3);
        assertThat(org.at("/address/value").asText()).isEqualTo("Main St 1, Berlin");
        assertThat(org.get("website").isNull()).isTrue();
        assertThat(http.get("/api/v2/organizations/" + id).json().get("data")).isEqualTo(org);
        JsonNode older = http.post("/api/v2/organizations",
                "{\"name\":\"Acme GmbH & Co. KG\",\"add_time\":\"2020-05-01T10:00:00Z\"}").json().get("data");
        assertThat(older.get("add_time").asText()).isEqualTo("2020-05-01T10:00:00Z");

        JsonNode exact = http.get("/api/v2/organizations/search?term=" + q("acme gmbh") + "&exact_match=true").json();
        assertThat(exact.at("/data/items")).hasSize(1);
        JsonNode item = exact.at("/data/items/0/item");
        assertThat(item.get("id").asInt()).isEqualTo(id);
        assertThat(item.get("type").asText()).isEqualTo("organization");
        assertThat(item.get("address").asText()).as("a string in search results").isEqualTo("Main St 1, Berlin");
        assertThat(http.get("/api/v2/organizations/search?term=acme").json().at("/data/items")).hasSize(2);
        assertThat(http.get("/api/v2/organizations/search?term=berlin&fields=name").json().at("/data/items"))
                .isEmpty();
        assertThat(http.get("/api/v2/organizations/search?term=berlin&fields=address").json().at("/data/items"))
                .hasSize(1);

        JsonNode patched = http.patch("/api/v2/organizations/" + id, "{\"name\":\"Acme AG\",\"website\":\"https://acme.example\"}")
                .json().get("data");
        assertThat(patched.get("name").asText()).isEqualTo("Acme AG");
        assertThat(patched.get("website").asText()).isEqualTo("https://acme.example");
        assertThat(patched.at("/address/locality").asText()).isEqualTo("Berlin");
        assertThat(http.post("/api/v2/organizations", "{\"address\":{\"value\":\"x\"}}").json().get("error_info")
                .asText()).isEqualTo("\"name\" is required");
        assertThat(sandbox.organizations()).extracting(SandboxOrganization::name).containsExactly("Organization 1",
                "Organization 2", "Acme AG", "Acme GmbH & Co. KG");
    }

    @Test
    void tokenCostsFollowTheSpec() {
        long before = sandbox.tokensCharged();
        int id = addPerson("{\"name\":\"Cost Person\"}").get("id").asInt();
        assertThat(sandbox.tokensCharged() - before).as("addPerson").isEqualTo(5);
        before = sandbox.tokensCharged();
        http.get("/api/v2/persons/" + id);
        assertThat(sandbox.tokensCharged() - before).as("getPerson").isEqualTo(1);
        before = sandbox.tokensCharged();
        http.patch("/api/v2/persons/" + id, "{\"name\":\"Cost Person 2\"}");
        assertThat(sandbox.tokensCharged() - before).as("updatePerson").isEqualTo(5);
        before = sandbox.tokensCharged();
        http.get("/api/v2/persons/search?term=cost");
        assertThat(sandbox.tokensCharged() - before).as("searchPersons").isEqualTo(20);
        before = sandbox.tokensCharged();
        http.get("/api/v2/organizations/search?term=org");
        assertThat(sandbox.tokensCharged() - before).as("searchOrganization").isEqualTo(20);
        before = sandbox.tokensCharged();
        http.post("/api/v2/organizations", "{\"name\":\"Cost Org\"}");
        assertThat(sandbox.tokensCharged() - before).as("addOrganization").isEqualTo(5);
    }

    @Test
    void aLeadNeedsAnExistingPersonOrOrganizationAndAcceptsNewOnes() {
        SandboxHttp.Resp unknown = http.post("/api/v1/leads", "{\"title\":\"Ghost\",\"person_id\":999}");
        assertThat(unknown.status).isEqualTo(400);
        assertThat(unknown.json().get("error_info").asText()).isEqualTo("Person with id 999 was not found");
        SandboxHttp.Resp unknownOrg = http.post("/api/v1/leads", "{\"title\":\"Ghost\",\"organization_id\":999}");
        assertThat(unknownOrg.json().get("error_info").asText()).isEqualTo("Organization with id 999 was not found");
        assertThat(sandbox.activeLeadCount()).isZero();

        int person = addPerson("{\"name\":\"New Person\"}").get("id").asInt();
        int org = http.post("/api/v2/organizations", "{\"name\":\"New Org\"}").json().at("/data/id").asInt();
        SandboxHttp.Resp lead = http.post("/api/v1/leads",
                "{\"title\":\"Real\",\"person_id\":" + person + ",\"organization_id\":" + org + "}");
        assertThat(lead.status).as(lead.body).isEqualTo(201);
        String leadId = lead.json().at("/data/id").asText();
        JsonNode found = http.get("/api/v2/leads/search?term=real").json().at("/data/items/0/item");
        assertThat(found.get("id").asText()).isEqualTo(leadId);
        assertThat(found.at("/person/name").asText()).isEqualTo("New Person");
        assertThat(found.at("/organization/name").asText()).isEqualTo("New Org");
    }
}
