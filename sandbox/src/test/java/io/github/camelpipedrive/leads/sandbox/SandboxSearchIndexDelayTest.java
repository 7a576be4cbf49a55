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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code searchIndexDelay}: new and changed persons and organizations reach search only after the lag. */
class SandboxSearchIndexDelayTest {

    private static final Duration LAG = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private PipedriveSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void start() {
        sandbox = PipedriveSandbox.builder().clock(clock).searchIndexDelay(LAG).seedPersons(2).seedOrganizations(1)
                .build();
        http = new SandboxHttp(sandbox.start(), sandbox.apiToken());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private List<Integer> byEmail(String email) {
        JsonNode resp = http.get("/api/v2/persons/search?fields=email&exact_match=true&term="
                + URLEncoder.encode(email, StandardCharsets.UTF_8)).json();
        List<Integer> ids = new ArrayList<>();
        resp.at("/data/items").forEach(i -> ids.add(i.at("/item/id").asInt()));
        return ids;
    }

    @Test
    void aNewPersonIsFoundByIdAtOnceButBySearchOnlyAfterTheLag() {
        int id = http.post("/api/v2/persons", "{\"name\":\"Late Indexed\",\"emails\":[{\"value\":\"late@example.com\"}]}")
                .json().at("/data/id").asInt();
        assertThat(http.get("/api/v2/persons/" + id).status).isEqualTo(200);
        assertThat(byEmail("late@example.com")).as("not indexed yet").isEmpty();
        clock.advance(LAG.minusMillis(1));
        assertThat(byEmail("late@example.com")).isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(byEmail("late@example.com")).containsExactly(id);
    }

    @Test
    void aChangeIsSearchableOnlyAfterTheLagAndUntilThenTheOldStateIsFound() {
        int id = sandbox.createPerson("Changing", "old@example.com", null);
        clock.advance(LAG);
        assertThat(byEmail("old@example.com")).containsExactly(id);
        http.patch("/api/v2/persons/" + id, "{\"emails\":[{\"value\":\"new@example.com\"}]}");
        assertThat(http.get("/api/v2/persons/" + id).json().at("/data/emails/0/value").asText())
                .isEqualTo("new@example.com");
        assertThat(byEmail("new@example.com")).isEmpty();
        assertThat(byEmail("old@example.com")).as("the index still has the previous state").containsExactly(id);
        clock.advance(LAG);
        assertThat(byEmail("new@example.com")).containsExactly(id);
        assertThat(byEmail("old@example.com")).isEmpty();
    }

    @Test
    void organizationsLagToo() {
        int id = sandbox.createOrganization("Lagging Ltd");
        String search = "/api/v2/organizations/search?exact_match=true&term=lagging%20ltd";
        assertThat(http.get(search).json().at("/data/items")).isEmpty();
        clock.advance(LAG);
        assertThat(http.get(search).json().at("/data/items/0/item/id").asInt()).isEqualTo(id);
    }

    @Test
    void seededEntitiesAreSearchableFromTheStart() {
        assertThat(http.get("/api/v2/persons/search?term=person%202&exact_match=true").json().at("/data/items"))
                .hasSize(1);
    }
}
