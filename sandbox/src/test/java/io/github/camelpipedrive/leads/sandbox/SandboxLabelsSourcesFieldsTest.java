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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxLabelsSourcesFieldsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private PipedriveSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void start() {
        sandbox = PipedriveSandbox.builder().clock(clock).paginationShape(PaginationShape.NESTED).build();
        http = new SandboxHttp(sandbox.start(), sandbox.apiToken());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void defaultLabelsAreHotColdWarmWithTheSpecIdsAndNoPaging() {
        SandboxHttp.Resp resp = http.get("/api/v1/leadLabels");
        assertThat(resp.status).isEqualTo(200);
        assertThat(resp.json().has("additional_data")).isFalse();
        JsonNode data = resp.json().get("data");
        assertThat(data).hasSize(3);
        assertThat(data.get(0).get("id").asText()).isEqualTo("f08b42a0-4e75-11ea-9643-03698ef1cfd6");
        assertThat(data.get(0).get("name").asText()).isEqualTo("Hot");
        assertThat(data.get(0).get("color").asText()).isEqualTo("red");
        assertThat(data.get(1).get("id").asText()).isEqualTo("f08b42a1-4e75-11ea-9643-03698ef1cfd6");
        assertThat(data.get(1).get("color").asText()).isEqualTo("blue");
        assertThat(data.get(2).get("id").asText()).isEqualTo("f08b69b0-4e75-11ea-9643-03698ef1cfd6");
        assertThat(data.get(2).get("name").asText()).isEqualTo("Warm");
        assertThat(data.get(2).get("add_time").asText()).isEqualTo("2020-02-13T15:31:44.000Z");
    }

    @Test
    void labelLifecyclePostAnswers200() {
        SandboxHttp.Resp created = http.post("/api/v1/leadLabels", "{\"name\":\"Partner\",\"color\":\"dark-gray\"}");
        assertThat(created.status).isEqualTo(200);
        JsonNode label = created.json().get("data");
        String id = label.get("id").asText();
        assertThat(label.get("add_time").asText()).isEqualTo("2026-03-01T10:00:00.000Z");

        String leadId = http.post("/api/v1/leads", "{\"title\":\"l\",\"person_id\":1,\"label_ids\":[\"" + id + "\"]}")
                .json().at("/data/id").asText();

        SandboxHttp.Resp patched = http.patch("/api/v1/leadLabels/" + id, "{\"color\":\"pink\"}");
        assertThat(patched.status).isEqualTo(200);
        assertThat(patched.json().at("/data/color").asText()).isEqualTo("pink");
        assertThat(patched.json().at("/data/name").asText()).isEqualTo("Partner");

        SandboxHttp.Resp deleted = http.delete("/api/v1/leadLabels/" + id);
        assertThat(deleted.body).isEqualTo("{\"success\":true,\"data\":{\"id\":\"" + id + "\"}}");
        assertThat(http.get("/api/v1/leadLabels").json().get("data")).hasSize(3);
        assertThat(http.get("/api/v1/leads/" + leadId).json().at("/data/label_ids")).isEmpty();

        SandboxHttp.Resp missing = http.patch("/api/v1/leadLabels/" + id, "{\"name\":\"x\"}");
        assertThat(missing.status).isEqualTo(404);
        assertThat(missing.json().get("error_info").asText()).isEqualTo("Object was not found.");
        assertThat(http.delete("/api/v1/leadLabels/" + id).status).isEqualTo(404);
    }

    @Test
    void labelValidation() {
        assertThat(http.post("/api/v1/leadLabels", "{\"name\":\"x\",\"color\":\"black\"}").json().get("error_info")
                .asText()).isEqualTo("\"color\" must be one of [blue, brown, dark-gray, gray, green, orange, pink, "
                        + "purple, red, yellow]");
        assertThat(http.post("/api/v1/leadLabels", "{\"color\":\"red\"}").json().get("error_info").asText())
                .isEqualTo("\"name\" is required");
        assertThat(http.post("/api/v1/leadLabels", "{\"name\":\"x\"}").json().get("error_info").asText())
                .isEqualTo("\"color\" is required");
        assertThat(http.post("/api/v1/leadLabels", "{\"name\":\"x\",\"color\":\"red\",\"id\":\"y\"}").status)
                .isEqualTo(400);
        assertThat(http.patch("/api/v1/leadLabels/nope", "{\"name\":\"x\"}").status).isEqualTo(400);
        for (String color : LeadLabel.COLORS) {
            assertThat(http.post("/api/v1/leadLabels", "{\"name\":\"" + color + "\",\"color\":\"" + color + "\"}").status)
                    .isEqualTo(200);
        }
    }

    @Test
    void leadSourcesAreTheFixedList() {
        JsonNode data = http.get("/v1/leadSources").json().get("data");
        List<String> names = new ArrayList<>();
        data.forEach(s -> names.add(s.get("name").asText()));
        assertThat(names).containsExactly("Manually created", "Deal", "Web forms", "Prospector", "Leadbooster",
                "Live chat", "Import", "Website visitors", "Workflow automation", "API");
    }

    @Test
    void leadFieldsArePagedAndIncludeTypedCustomFields() {
        List<JsonNode> fields = new ArrayList<>();
        int start = 0;
        while (true) {
            JsonNode page = http.get("/api/v1/leadFields?start=" + start + "&limit=7").json();
            page.get("data").forEach(fields::add);
            JsonNode pagination = page.at("/additional_data/pagination");
            if (!pagination.get("more_items_in_collection").asBoolean()) {
                break;
            }
            start = pagination.get("next_start").asInt();
        }
        assertThat(fields).hasSize(20);
        assertThat(fields).extracting(f -> f.get("key").asText()).contains("title", "value", "person_id",
                LeadFieldCatalog.ENUM_FIELD_KEY, LeadFieldCatalog.SET_FIELD_KEY, LeadFieldCatalog.MONETARY_FIELD_KEY,
                LeadFieldCatalog.TEXT_FIELD_KEY, LeadFieldCatalog.DATE_FIELD_KEY);
        JsonNode enumField = fields.stream().filter(f -> f.get("key").asText().equals(LeadFieldCatalog.ENUM_FIELD_KEY))
                .findFirst().orElseThrow();
        assertThat(enumField.get("field_type").asText()).isEqualTo("enum");
        assertThat(enumField.get("options").get(0).get("id").asInt()).isEqualTo(190);
        JsonNode monetary = fields.stream()
                .filter(f -> f.get("key").asText().equals(LeadFieldCatalog.MONETARY_FIELD_KEY)).findFirst()
                .orElseThrow();
        assertThat(monetary.get("subfields").get(0).get("key").asText())
                .isEqualTo(LeadFieldCatalog.MONETARY_FIELD_KEY + "_currency");
        // the official client's Field model: subfields, is_subfield and options_deleted are optional
        // and not nullable, present only when they say something
        assertThat(fields).filteredOn(f -> f.has("subfields")).extracting(f -> f.get("key").asText())
                .containsExactly(LeadFieldCatalog.MONETARY_FIELD_KEY);
        assertThat(fields).noneMatch(f -> f.has("is_subfield") || f.has("options_deleted"));
        assertThat(enumField.get("id").isInt()).isTrue();
        assertThat(fields).allMatch(f -> f.get("options").isNull() || f.get("options").isArray());
        fields.stream().map(f -> f.get("key").asText()).filter(k -> !k.matches("[a-z_]+"))
                .forEach(k -> assertThat(k).matches("[0-9a-f]{40}"));
        assertThat(http.get("/api/v1/leadFields?limit=501").status).isEqualTo(400);
    }
}
