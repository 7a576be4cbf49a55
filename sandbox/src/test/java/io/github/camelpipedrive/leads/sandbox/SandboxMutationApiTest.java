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
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxMutationApiTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private PipedriveSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void start() {
        sandbox = PipedriveSandbox.builder().clock(clock).seedLeads(4).seedPersons(3).seedOrganizations(2).build();
        http = new SandboxHttp(sandbox.start(), sandbox.apiToken());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void javaMutationsAreVisibleOverHttp() {
        String id = sandbox.createLead("From Java", 2, null);
        JsonNode lead = http.get("/api/v1/leads/" + id).json().get("data");
        assertThat(lead.get("title").asText()).isEqualTo("From Java");
        assertThat(lead.get("source_name").asText()).isEqualTo("Manually created");
        assertThat(lead.get("origin").asText()).isEqualTo("ManuallyCreated");
        assertThat(sandbox.activeLeadIds()).endsWith(id);

        clock.advance(java.time.Duration.ofSeconds(3));
        sandbox.updateLeadTitle(id, "Renamed");
        JsonNode renamed = http.get("/api/v1/leads/" + id).json().get("data");
        assertThat(renamed.get("title").asText()).isEqualTo("Renamed");
        assertThat(renamed.get("update_time").asText()).isEqualTo("2026-03-01T10:00:03.000Z");
        assertThat(sandbox.leadJson(id)).hasValueSatisfying(json -> assertThat(json).contains("Renamed"));

        sandbox.archiveLead(id);
        assertThat(sandbox.activeLeadIds()).doesNotContain(id);
        assertThat(SandboxLeadsTest.ids(http.get("/api/v1/leads/archived").json())).containsExactly(id);
        sandbox.unarchiveLead(id);
        assertThat(sandbox.activeLeadCount()).isEqualTo(5);

        sandbox.deleteLead(id);
        assertThat(http.get("/api/v1/leads/" + id).status).isEqualTo(404);
        assertThat(sandbox.leadJson(id)).isEmpty();
        assertThat(sandbox.activeLeadCount()).isEqualTo(4);
    }

    @Test
    void seededPersonsAndOrganizationsBoundWhatExists() {
        assertThat(http.post("/api/v1/leads", "{\"title\":\"t\",\"person_id\":3}").status).isEqualTo(201);
        assertThat(http.post("/api/v1/leads", "{\"title\":\"t\",\"person_id\":4}").status).isEqualTo(400);
        assertThat(http.post("/api/v1/leads", "{\"title\":\"t\",\"organization_id\":2}").status).isEqualTo(201);
        assertThat(http.post("/api/v1/leads", "{\"title\":\"t\",\"organization_id\":3}").status).isEqualTo(400);
        assertThatThrownBy(() -> sandbox.createLead("x", 4, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sandbox.createLead("x", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sandbox.deleteLead("no-such-id")).isInstanceOf(IllegalArgumentException.class);
        http.get("/api/v1/leads?limit=500").json().get("data").forEach(lead -> {
            if (!lead.get("person_id").isNull()) {
                assertThat(lead.get("person_id").asInt()).isBetween(1, 3);
            }
            if (!lead.get("organization_id").isNull()) {
                assertThat(lead.get("organization_id").asInt()).isBetween(1, 2);
            }
        });
    }

    @Test
    void seedDataIsDeterministicPerSeed() {
        try (PipedriveSandbox twin = PipedriveSandbox.builder().clock(clock).seedLeads(4).seedPersons(3)
                .seedOrganizations(2).build()) {
            assertThat(twin.activeLeadIds()).isEqualTo(sandbox.activeLeadIds());
            assertThat(twin.leadJson(twin.activeLeadIds().get(2))).isEqualTo(sandbox.leadJson(sandbox.activeLeadIds()
                    .get(2)));
        }
    }

    @Test
    void requestLogRecordsLinesWithoutTokensAndCounts() {
        sandbox.resetRequestLog();
        http.get("/api/v1/leads?limit=500&start=0");
        http.get("/v1/leads/archived");
        SandboxHttp.anonymous(sandbox.baseUrl()).get("/api/v1/leads?api_token=sandbox-token&limit=2");
        http.post("/api/v1/leads", "{\"title\":\"t\",\"person_id\":1}");

        List<String> log = sandbox.requestLog();
        assertThat(log).containsExactly("GET /api/v1/leads?limit=500&start=0", "GET /v1/leads/archived",
                "GET /api/v1/leads?limit=2", "POST /api/v1/leads");
        assertThat(sandbox.requestCount()).isEqualTo(4);
        assertThat(sandbox.requestCount("GET", "/api/v1/leads")).isEqualTo(2);
        assertThat(sandbox.requestCount("get", ".*/leads.*")).isEqualTo(3);
        assertThat(sandbox.requestCount("POST", "/api/v1/leads")).isEqualTo(1);

        sandbox.resetRequestLog();
        assertThat(sandbox.requestCount()).isZero();
        assertThat(sandbox.requestLog()).isEmpty();
    }

    @Test
    void startIsIdempotentAndPortMatchesTheBaseUrl() {
        assertThat(sandbox.start()).isEqualTo(sandbox.baseUrl());
        assertThat(sandbox.baseUrl()).endsWith(":" + sandbox.port());
        sandbox.close();
        sandbox.close();
        assertThatThrownBy(sandbox::port).isInstanceOf(IllegalStateException.class);
    }
}
