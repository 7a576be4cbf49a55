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
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SandboxLeadsTest {

    private static final String HOT = "f08b42a0-4e75-11ea-9643-03698ef1cfd6";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00.123Z"));
    private PipedriveSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void start() {
        sandbox = PipedriveSandbox.builder().clock(clock).seedLeads(3).build();
        http = new SandboxHttp(sandbox.start(), "sandbox-token");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String create(String body) {
        SandboxHttp.Resp resp = http.post("/api/v1/leads", body);
        assertThat(resp.status).as(resp.body).isEqualTo(201);
        return resp.json().at("/data/id").asText();
    }

    @Test
    void addLeadAnswers201WithTheFullLead() {
        SandboxHttp.Resp resp = http.post("/api/v1/leads", "{\"title\":\"ACME inbound\",\"person_id\":12,"
                + "\"value\":{\"amount\":5000,\"currency\":\"EUR\"},\"visible_to\":\"3\",\"label_ids\":[\"" + HOT
                + "\"],\"origin_id\":\"camel-route-42\"}");

        assertThat(resp.status).isEqualTo(201);
        assertThat(resp.header("content-type")).startsWith("application/json");
        JsonNode json = resp.json();
        assertThat(json.get("success").asBoolean()).isTrue();
        JsonNode lead = json.get("data");
        assertThat(lead.get("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(lead.get("title").asText()).isEqualTo("ACME inbound");
        assertThat(lead.get("owner_id").asInt()).isEqualTo(1);
        assertThat(lead.get("creator_id").asInt()).isEqualTo(1);
        assertThat(lead.get("person_id").asInt()).isEqualTo(12);
        assertThat(lead.get("organization_id").isNull()).isTrue();
        assertThat(lead.get("source_name").asText()).isEqualTo("API");
        assertThat(lead.get("origin").asText()).isEqualTo("API");
        assertThat(lead.get("origin_id").asText()).isEqualTo("camel-route-42");
        assertThat(lead.get("value").get("amount").asInt()).isEqualTo(5000);
        assertThat(lead.get("value").get("currency").asText()).isEqualTo("EUR");
        assertThat(lead.get("label_ids").get(0).asText()).isEqualTo(HOT);
        assertThat(lead.get("visible_to").asText()).isEqualTo("3");
        assertThat(lead.get("is_archived").asBoolean()).isFalse();
        assertThat(lead.get("add_time").asText()).isEqualTo("2026-03-01T10:00:00.123Z");
        assertThat(lead.get("update_time").asText()).isEqualTo("2026-03-01T10:00:00.123Z");
        assertThat(lead.get("cc_email").asText()).contains("@").contains("+lead");
        assertThat(lead.has("source_deal_id")).isTrue();
    }

    @Test
    void getLeadReturnsTheSameLeadUnderBothV1Prefixes() {
        String id = create("{\"title\":\"A\",\"organization_id\":3}");
        SandboxHttp.Resp viaApi = http.get("/api/v1/leads/" + id);
        SandboxHttp.Resp viaShort = http.get("/v1/leads/" + id);
        assertThat(viaApi.status).isEqualTo(200);
        assertThat(viaShort.body).isEqualTo(viaApi.body);
        assertThat(viaApi.json().get("data").get("organization_id").asInt()).isEqualTo(3);
        assertThat(viaApi.json().has("additional_data")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "null owner            | {\"title\":\"t\",\"person_id\":1,\"owner_id\":null}       | \"owner_id\" must be a number",
        "null title            | {\"title\":null,\"person_id\":1}                          | \"title\" must be a string",
        "null label_ids        | {\"title\":\"t\",\"person_id\":1,\"label_ids\":null}      | \"label_ids\" must be an array",
        "null person on create | {\"title\":\"t\",\"organization_id\":1,\"person_id\":null} | \"person_id\" must be a number",
        "null visible_to       | {\"title\":\"t\",\"person_id\":1,\"visible_to\":null}     | \"visible_to\" must be one of [1, 3, 5, 7]",
        "missing title         | {\"person_id\":1}                                       | \"title\" is required",
        "empty title           | {\"title\":\"\",\"person_id\":1}                          | \"title\" is not allowed to be empty",
        "no person nor org     | {\"title\":\"t\"}                                         | \"person_id\" or \"organization_id\" is required: a lead must be linked to a person, an organization or both",
        "unknown person        | {\"title\":\"t\",\"person_id\":9999}                      | Person with id 9999 was not found",
        "unknown organization  | {\"title\":\"t\",\"organization_id\":51}                  | Organization with id 51 was not found",
        "half a value          | {\"title\":\"t\",\"person_id\":1,\"value\":{\"amount\":5}}  | \"value.currency\" is required",
        "value without amount  | {\"title\":\"t\",\"person_id\":1,\"value\":{\"currency\":\"EUR\"}} | \"value.amount\" is required",
        "numeric visible_to    | {\"title\":\"t\",\"person_id\":1,\"visible_to\":3}        | \"visible_to\" must be one of [1, 3, 5, 7]",
        "bad visible_to        | {\"title\":\"t\",\"person_id\":1,\"visible_to\":\"2\"}      | \"visible_to\" must be one of [1, 3, 5, 7]",
        "unknown label         | {\"title\":\"t\",\"person_id\":1,\"label_ids\":[\"11111111-2222-4333-8444-555555555555\"]} | Lead label with id 11111111-2222-4333-8444-555555555555 was not found",
        "label not a uuid      | {\"title\":\"t\",\"person_id\":1,\"label_ids\":[\"hot\"]}  | \"label_ids[0]\" must be a valid GUID",
        "unknown custom field  | {\"title\":\"t\",\"person_id\":1,\"0123456789abcdef0123456789abcdef01234567\":1} | \"0123456789abcdef0123456789abcdef01234567\" is not allowed",
        "unknown property      | {\"title\":\"t\",\"person_id\":1,\"is_archived\":true}   | \"is_archived\" is not allowed",
        "string owner          | {\"title\":\"t\",\"person_id\":1,\"owner_id\":\"2\"}      | \"owner_id\" must be a number",
        "owner out of range    | {\"title\":\"t\",\"person_id\":1,\"owner_id\":2147483648} | \"owner_id\" must be less than or equal to 2147483647",
        "fractional person     | {\"title\":\"t\",\"person_id\":1.5}                  | \"person_id\" must be an integer",
        "bad close date        | {\"title\":\"t\",\"person_id\":1,\"expected_close_date\":\"2026-13-01\"} | \"expected_close_date\" must be in YYYY-MM-DD format",
        "unknown channel       | {\"title\":\"t\",\"person_id\":1,\"channel\":7}          | \"channel\" must be one of [1, 2, 3, 52]",
        "enum option unknown   | {\"title\":\"t\",\"person_id\":1,\"9dc80c50d78a15643bfc4ca79d76156a73a1ca0e\":5} | \"9dc80c50d78a15643bfc4ca79d76156a73a1ca0e\" must be one of [190, 191, 192]",
        "not an object         | [1,2]                                                 | \"body\" must be a JSON object",
        "text after the object | {\"title\":\"t\",\"person_id\":1} xyz                  | Request body is not valid JSON",
        "two objects           | {\"title\":\"t\",\"person_id\":1}{\"title\":\"u\"}      | Request body is not valid JSON",
    })
    void invalidCreateBodiesAnswer400(String name, String body, String errorInfo) {
        int before = sandbox.activeLeadCount();
        SandboxHttp.Resp resp = http.post("/api/v1/leads", body);

        assertThat(resp.status).as(resp.body).isEqualTo(400);
        JsonNode json = resp.json();
        assertThat(json.get("success").asBoolean()).isFalse();
        assertThat(json.get("error").asText()).isEqualTo("provided dataset is not valid");
        assertThat(json.get("error_info").asText()).isEqualTo(errorInfo);
        assertThat(json.get("data").isNull()).isTrue();
        assertThat(json.get("additional_data").isNull()).isTrue();
        assertThat(sandbox.activeLeadCount()).isEqualTo(before);
    }

    @Test
    void createRequiresJsonContentType() {
        SandboxHttp.Resp resp = http.send(http.request("/api/v1/leads").header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"title\":\"t\",\"person_id\":1}")).build());
        assertThat(resp.status).isEqualTo(400);
        assertThat(resp.json().get("error_info").asText()).contains("application/json");
    }

    @Test
    void aLeadIdIsMatchedRegardlessOfCase() {
        String id = create("{\"title\":\"Upper\",\"person_id\":1}");

        SandboxHttp.Resp resp = http.get("/api/v1/leads/" + id.toUpperCase(java.util.Locale.ROOT));

        assertThat(resp.status).as(resp.body).isEqualTo(200);
        assertThat(resp.json().at("/data/id").asText()).isEqualTo(id);
    }

    @Test
    void customFieldsAreWrittenAndReadAtTheRoot() {
        String id = create("{\"title\":\"cf\",\"person_id\":1,\"" + LeadFieldCatalog.ENUM_FIELD_KEY + "\":190,\""
                + LeadFieldCatalog.SET_FIELD_KEY + "\":[201,203],\"" + LeadFieldCatalog.MONETARY_FIELD_KEY
                + "\":1500.5,\"" + LeadFieldCatalog.MONETARY_FIELD_KEY + "_currency\":\"EUR\",\""
                + LeadFieldCatalog.TEXT_FIELD_KEY + "\":\"likes camels\",\"" + LeadFieldCatalog.DATE_FIELD_KEY
                + "\":\"2026-04-01\"}");
        JsonNode lead = http.get("/api/v1/leads/" + id).json().get("data");
        assertThat(lead.get(LeadFieldCatalog.ENUM_FIELD_KEY).asInt()).isEqualTo(190);
        assertThat(lead.get(LeadFieldCatalog.SET_FIELD_KEY).asText()).isEqualTo("201,203");
        assertThat(lead.get(LeadFieldCatalog.MONETARY_FIELD_KEY).asDouble()).isEqualTo(1500.5);
        assertThat(lead.get(LeadFieldCatalog.MONETARY_FIELD_KEY + "_currency").asText()).isEqualTo("EUR");
        assertThat(lead.get(LeadFieldCatalog.TEXT_FIELD_KEY).asText()).isEqualTo("likes camels");
        assertThat(lead.get(LeadFieldCatalog.DATE_FIELD_KEY).asText()).isEqualTo("2026-04-01");
        assertThat(lead.has(LeadFieldCatalog.VARCHAR_FIELD_KEY)).as("unset custom fields are omitted").isFalse();

        JsonNode patched = http.patch("/api/v1/leads/" + id, "{\"" + LeadFieldCatalog.TEXT_FIELD_KEY + "\":null}")
                .json().get("data");
        assertThat(patched.has(LeadFieldCatalog.TEXT_FIELD_KEY)).isFalse();

        JsonNode cleared = http.patch("/api/v1/leads/" + id, "{\"" + LeadFieldCatalog.MONETARY_FIELD_KEY + "\":null}")
                .json().get("data");
        assertThat(cleared.has(LeadFieldCatalog.MONETARY_FIELD_KEY + "_currency"))
                .as("a monetary field is cleared with its currency").isFalse();
    }

    @Test
    void patchUpdatesOnlyGivenPropertiesAndNullUnsetsNullableOnes() {
        String id = create("{\"title\":\"before\",\"person_id\":1,\"organization_id\":2,"
                + "\"value\":{\"amount\":10,\"currency\":\"USD\"},\"expected_close_date\":\"2026-05-01\"}");
        clock.advance(java.time.Duration.ofMinutes(5));

        SandboxHttp.Resp resp = http.patch("/v1/leads/" + id,
                "{\"title\":\"after\",\"value\":null,\"person_id\":null,\"expected_close_date\":null,\"channel\":52,"
                        + "\"channel_id\":\"Jun23 Billboards\",\"was_seen\":true,\"owner_id\":2}");

        assertThat(resp.status).as(resp.body).isEqualTo(200);
        JsonNode lead = resp.json().get("data");
        assertThat(lead.get("title").asText()).isEqualTo("after");
        assertThat(lead.get("value").isNull()).isTrue();
        assertThat(lead.get("person_id").isNull()).isTrue();
        assertThat(lead.get("organization_id").asInt()).isEqualTo(2);
        assertThat(lead.get("expected_close_date").isNull()).isTrue();
        assertThat(lead.get("channel").asInt()).isEqualTo(52);
        assertThat(lead.get("channel_id").asText()).isEqualTo("Jun23 Billboards");
        assertThat(lead.get("was_seen").asBoolean()).isTrue();
        assertThat(lead.get("owner_id").asInt()).isEqualTo(2);
        assertThat(lead.get("add_time").asText()).isEqualTo("2026-03-01T10:00:00.123Z");
        assertThat(lead.get("update_time").asText()).isEqualTo("2026-03-01T10:05:00.123Z");
    }

    @Test
    void patchCannotLeaveALeadWithoutPersonAndOrganization() {
        String id = create("{\"title\":\"p\",\"person_id\":1}");
        SandboxHttp.Resp resp = http.patch("/api/v1/leads/" + id, "{\"person_id\":null}");
        assertThat(resp.status).isEqualTo(400);
        assertThat(resp.json().get("error_info").asText()).contains("person_id").contains("organization_id");

        SandboxHttp.Resp swap = http.patch("/api/v1/leads/" + id, "{\"person_id\":null,\"organization_id\":4}");
        assertThat(swap.status).isEqualTo(200);
    }

    @Test
    void patchRefusesNullTitleAndOriginId() {
        String id = create("{\"title\":\"p\",\"person_id\":1}");
        String before = http.get("/api/v1/leads/" + id).body;
        // the update model lets a client send title null, but a lead always has a title (the Lead
        // model's title is a required string): refused as a validation error, nothing changes
        SandboxHttp.Resp nullTitle = http.patch("/v1/leads/" + id, "{\"title\":null,\"was_seen\":true}");
        assertThat(nullTitle.status).isEqualTo(400);
        assertThat(nullTitle.json().get("error").asText()).isEqualTo("provided dataset is not valid");
        assertThat(nullTitle.json().get("error_info").asText()).isEqualTo("\"title\" must be a string");
        assertThat(http.get("/api/v1/leads/" + id).body).as("nothing half-applied").isEqualTo(before);
        assertThat(http.patch("/api/v1/leads/" + id, "{\"origin_id\":\"x\"}").json().get("error_info").asText())
                .isEqualTo("\"origin_id\" is not allowed");
    }

    @Test
    void archivingMovesTheLeadAndArchivedLeadsCannotBeEdited() {
        String id = create("{\"title\":\"arch\",\"person_id\":1}");
        SandboxHttp.Resp archived = http.patch("/api/v1/leads/" + id, "{\"is_archived\":true}");
        assertThat(archived.json().at("/data/is_archived").asBoolean()).isTrue();

        assertThat(ids(http.get("/api/v1/leads").json())).doesNotContain(id);
        assertThat(ids(http.get("/api/v1/leads/archived").json())).containsExactly(id);
        SandboxHttp.Resp get = http.get("/api/v1/leads/" + id);
        assertThat(get.status).isEqualTo(200);
        assertThat(get.json().at("/data/is_archived").asBoolean()).isTrue();

        SandboxHttp.Resp refused = http.patch("/api/v1/leads/" + id, "{\"title\":\"edited\"}");
        assertThat(refused.status).isEqualTo(400);
        assertThat(refused.json().get("error").asText()).isEqualTo("Archived leads cannot be edited");
        SandboxHttp.Resp refusedMixed = http.patch("/api/v1/leads/" + id, "{\"is_archived\":false,\"title\":\"x\"}");
        assertThat(refusedMixed.status).isEqualTo(400);

        SandboxHttp.Resp unarchived = http.patch("/api/v1/leads/" + id, "{\"is_archived\": false}");
        assertThat(unarchived.status).isEqualTo(200);
        assertThat(unarchived.json().at("/data/is_archived").asBoolean()).isFalse();
        assertThat(unarchived.json().at("/data/title").asText()).isEqualTo("arch");
        assertThat(ids(http.get("/api/v1/leads").json())).contains(id);
    }

    @Test
    void deleteAnswersTheIdThenTheLeadIsGone() {
        String id = create("{\"title\":\"gone\",\"person_id\":1}");
        SandboxHttp.Resp resp = http.delete("/api/v1/leads/" + id);
        assertThat(resp.status).isEqualTo(200);
        assertThat(resp.body).isEqualTo("{\"success\":true,\"data\":{\"id\":\"" + id + "\"}}");

        for (SandboxHttp.Resp notFound : List.of(http.get("/api/v1/leads/" + id), http.delete("/api/v1/leads/" + id),
                http.patch("/api/v1/leads/" + id, "{\"title\":\"x\"}"))) {
            assertThat(notFound.status).isEqualTo(404);
            assertThat(notFound.body).isEqualTo("{\"success\":false,\"error\":\"requested lead not found\","
                    + "\"error_info\":\"Object was not found.\",\"data\":null,\"additional_data\":null}");
        }
    }

    @Test
    void nonUuidIdsAnswer400() {
        for (SandboxHttp.Resp resp : List.of(http.get("/api/v1/leads/123"), http.delete("/api/v1/leads/abc"),
                http.patch("/api/v1/leads/not-a-uuid", "{\"title\":\"x\"}"))) {
            assertThat(resp.status).isEqualTo(400);
            assertThat(resp.json().get("error_info").asText()).isEqualTo("\"id\" must be a valid GUID");
        }
    }

    @Test
    void permittedUsersListsTheOwnerFirst() {
        String id = create("{\"title\":\"perm\",\"person_id\":1,\"owner_id\":7}");
        SandboxHttp.Resp resp = http.get("/api/v1/leads/" + id + "/permittedUsers");
        assertThat(resp.status).isEqualTo(200);
        assertThat(resp.body).isEqualTo("{\"success\":true,\"data\":[7,1]}");
        assertThat(http.get("/api/v1/leads/" + java.util.UUID.randomUUID() + "/permittedUsers").status)
                .isEqualTo(404);
    }

    @Test
    void unknownPathsAndMethodsAreRefused() {
        assertThat(http.get("/api/v2/leads").status).as("there is no v2 lead list").isEqualTo(404);
        assertThat(http.get("/v2/leads/search?term=ab").status).as("v2 only under /api/v2").isEqualTo(404);
        assertThat(http.get("/api/v1/leads/" + java.util.UUID.randomUUID() + "/users").status).isEqualTo(404);
        assertThat(http.send(http.request("/api/v1/leadSources").PUT(
                java.net.http.HttpRequest.BodyPublishers.noBody()).build()).status).isEqualTo(405);
    }

    static List<String> ids(JsonNode listResponse) {
        List<String> ids = new java.util.ArrayList<>();
        listResponse.get("data").forEach(lead -> ids.add(lead.get("id").asText()));
        return ids;
    }
}
