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

/** v1 notes: CRUD, listing by lead with offset paging, validation, costs, and what lead deletion/conversion does. */
class SandboxNotesTest {

    private PipedriveSandbox sandbox;
    private SandboxHttp http;
    private String lead;

    @BeforeEach
    void start() {
        sandbox = PipedriveSandbox.builder().seedPersons(3).seedOrganizations(2).build();
        http = new SandboxHttp(sandbox.start(), sandbox.apiToken());
        lead = sandbox.createLead("Noted lead", 1, null);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private JsonNode addNote(String json) {
        SandboxHttp.Resp resp = http.post("/v1/notes", json);
        assertThat(resp.status).as(resp.body).isEqualTo(200);
        return resp.json().get("data");
    }

    private List<Integer> ids(JsonNode list) {
        List<Integer> ids = new ArrayList<>();
        list.get("data").forEach(n -> ids.add(n.get("id").asInt()));
        return ids;
    }

    @Test
    void aPinnedLeadNoteIsCreatedReadUpdatedAndDeleted() {
        JsonNode note = addNote("{\"content\":\"<p>Called back</p>\",\"lead_id\":\"" + lead + "\","
                + "\"pinned_to_lead_flag\":1}");
        int id = note.get("id").asInt();
        assertThat(note.get("content").asText()).isEqualTo("<p>Called back</p>");
        assertThat(note.get("lead_id").asText()).isEqualTo(lead);
        assertThat(note.get("pinned_to_lead_flag").asBoolean()).isTrue();
        assertThat(note.get("deal_id").isNull()).isTrue();
        assertThat(note.get("person").isNull()).isTrue();
        assertThat(note.get("active_flag").asBoolean()).isTrue();
        assertThat(note.get("user_id").asInt()).isEqualTo(1);
        assertThat(note.get("add_time").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");

        assertThat(http.get("/v1/notes/" + id).json().get("data")).isEqualTo(note);
        SandboxHttp.Resp put = http.send(http.request("/api/v1/notes/" + id).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"content\":\"Called twice\"}")).build());
        assertThat(put.status).as(put.body).isEqualTo(200);
        assertThat(put.json().at("/data/content").asText()).isEqualTo("Called twice");
        assertThat(put.json().at("/data/lead_id").asText()).isEqualTo(lead);

        JsonNode deleted = http.delete("/v1/notes/" + id).json();
        assertThat(deleted.get("success").asBoolean()).isTrue();
        assertThat(deleted.get("data").asBoolean()).isTrue();
        SandboxHttp.Resp gone = http.get("/v1/notes/" + id);
        assertThat(gone.status).isEqualTo(404);
        assertThat(gone.json().get("success").asBoolean()).isFalse();
        assertThat(sandbox.noteCount()).isZero();
    }

    @Test
    void notesOfALeadPageByOffsetWithTheNestedPaginationBlock() {
        String otherLead = sandbox.createLead("Other lead", 2, null);
        List<Integer> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(addNote("{\"content\":\"note " + i + "\",\"lead_id\":\"" + lead + "\""
                    + (i == 3 ? ",\"pinned_to_lead_flag\":1" : "") + "}").get("id").asInt());
            addNote("{\"content\":\"other " + i + "\",\"lead_id\":\"" + otherLead + "\"}");
        }
        List<Integer> found = new ArrayList<>();
        int start = 0;
        while (true) {
            JsonNode page = http.get("/v1/notes?lead_id=" + lead + "&limit=2&start=" + start).json();
            found.addAll(ids(page));
            JsonNode pagination = page.at("/additional_data/pagination");
            assertThat(pagination.get("start").asInt()).isEqualTo(start);
            assertThat(pagination.get("limit").asInt()).isEqualTo(2);
            if (!pagination.get("more_items_in_collection").asBoolean()) {
                assertThat(pagination.has("next_start")).isFalse();
                break;
            }
            start = pagination.get("next_start").asInt();
        }
        assertThat(found).isEqualTo(mine);
        assertThat(ids(http.get("/v1/notes?lead_id=" + lead + "&sort=id%20DESC&limit=2").json()))
                .containsExactly(mine.get(4), mine.get(3));
        assertThat(ids(http.get("/v1/notes?lead_id=" + lead + "&pinned_to_lead_flag=1").json()))
                .containsExactly(mine.get(3));
        assertThat(http.get("/v1/notes?lead_id=not-a-uuid").status).isEqualTo(400);
    }

    @Test
    void invalidNotesAreRefusedAndNothingIsCreated() {
        String[][] cases = {
            {"{\"lead_id\":\"" + lead + "\"}", "\"content\" is required"},
            {"{\"content\":\"\",\"lead_id\":\"" + lead + "\"}", "\"content\" is not allowed to be empty"},
            {"{\"content\":\"x\"}", "a note must be attached to something"},
            {"{\"content\":\"x\",\"lead_id\":\"adf21080-0e10-11eb-879b-05d71fb426ec\"}",
                "Lead with id adf21080-0e10-11eb-879b-05d71fb426ec was not found"},
            {"{\"content\":\"x\",\"lead_id\":\"42\"}", "\"lead_id\" must be a valid GUID"},
            {"{\"content\":\"x\",\"person_id\":99}", "Person with id 99 was not found"},
            {"{\"content\":\"x\",\"person_id\":1,\"pinned_to_lead_flag\":1}", "\"pinned_to_lead_flag\" needs \"lead_id\""},
            {"{\"content\":\"x\",\"lead_id\":\"" + lead + "\",\"pinned_to_lead_flag\":2}",
                "\"pinned_to_lead_flag\" must be one of [0, 1]"},
        };
        for (String[] c : cases) {
            SandboxHttp.Resp resp = http.post("/v1/notes", c[0]);
            assertThat(resp.status).as(c[0]).isEqualTo(400);
            assertThat(resp.json().get("error_info").asText()).as(c[0]).contains(c[1]);
        }
        assertThat(sandbox.noteCount()).isZero();
    }

    @Test
    void tokenCostsFollowTheSpec() {
        long before = sandbox.tokensCharged();
        int id = addNote("{\"content\":\"x\",\"lead_id\":\"" + lead + "\"}").get("id").asInt();
        assertThat(sandbox.tokensCharged() - before).as("addNote").isEqualTo(10);
        before = sandbox.tokensCharged();
        http.get("/v1/notes?lead_id=" + lead);
        assertThat(sandbox.tokensCharged() - before).as("getNotes").isEqualTo(20);
        before = sandbox.tokensCharged();
        http.get("/v1/notes/" + id);
        assertThat(sandbox.tokensCharged() - before).as("getNote").isEqualTo(2);
        before = sandbox.tokensCharged();
        http.send(http.request("/v1/notes/" + id).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"content\":\"y\"}")).build());
        assertThat(sandbox.tokensCharged() - before).as("updateNote").isEqualTo(10);
        before = sandbox.tokensCharged();
        http.delete("/v1/notes/" + id);
        assertThat(sandbox.tokensCharged() - before).as("deleteNote").isEqualTo(6);
    }

    @Test
    void deletingALeadTakesItsOwnNotesAndUnlinksSharedOnes() {
        int only = addNote("{\"content\":\"lead only\",\"lead_id\":\"" + lead + "\"}").get("id").asInt();
        int shared = addNote("{\"content\":\"shared\",\"lead_id\":\"" + lead + "\",\"person_id\":2,"
                + "\"pinned_to_lead_flag\":1}").get("id").asInt();
        assertThat(http.delete("/v1/leads/" + lead).status).isEqualTo(200);
        assertThat(http.get("/v1/notes/" + only).status).isEqualTo(404);
        JsonNode kept = http.get("/v1/notes/" + shared).json().get("data");
        assertThat(kept.get("lead_id").isNull()).isTrue();
        assertThat(kept.get("person_id").asInt()).isEqualTo(2);
        assertThat(kept.at("/person/name").asText()).isEqualTo("Person 2");
        assertThat(kept.get("pinned_to_lead_flag").asBoolean()).isFalse();
        assertThat(sandbox.notes()).extracting(SandboxNote::id).containsExactly(shared);
    }

    @Test
    void leadSearchFindsLeadsByTheirNotes() {
        String other = sandbox.createLead("Unrelated title", 2, null);
        addNote("{\"content\":\"Wants the premium plan\",\"lead_id\":\"" + other + "\"}");
        JsonNode items = http.get("/api/v2/leads/search?term=premium&fields=notes").json().at("/data/items");
        assertThat(items).hasSize(1);
        assertThat(items.at("/0/item/id").asText()).isEqualTo(other);
        assertThat(items.at("/0/item/notes/0").asText()).isEqualTo("Wants the premium plan");
        assertThat(http.get("/api/v2/leads/search?term=premium&fields=title").json().at("/data/items")).isEmpty();

        addNote("{\"content\":\"Met at the premium fair\",\"person_id\":3}");
        JsonNode persons = http.get("/api/v2/persons/search?term=premium&fields=notes").json().at("/data/items");
        assertThat(persons).hasSize(1);
        assertThat(persons.at("/0/item/id").asInt()).isEqualTo(3);
        assertThat(persons.at("/0/item/notes/0").asText()).isEqualTo("Met at the premium fair");
    }

    @Test
    void convertingALeadMovesItsNotesToTheDeal() {
        int id = addNote("{\"content\":\"moves\",\"lead_id\":\"" + lead + "\",\"pinned_to_lead_flag\":1}")
                .get("id").asInt();
        sandbox.convertLead(lead);
        JsonNode moved = http.get("/v1/notes/" + id).json().get("data");
        assertThat(moved.get("lead_id").isNull()).isTrue();
        assertThat(moved.get("deal_id").asInt()).isEqualTo(11);
        assertThat(moved.at("/deal/title").asText()).isEqualTo("Noted lead");
        assertThat(moved.get("pinned_to_deal_flag").asBoolean()).isTrue();
        assertThat(http.get("/v1/notes?lead_id=" + lead).json().get("data")).isEmpty();
    }
}
