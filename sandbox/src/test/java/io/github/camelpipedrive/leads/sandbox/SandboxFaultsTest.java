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

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxFaultsTest {

    private PipedriveSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = PipedriveSandbox.builder().seedLeads(5).build();
        sandbox.start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    /** A fresh client per call: no pooled connection, so the JDK client has nothing to retry on. */
    private SandboxHttp http() {
        return new SandboxHttp(sandbox.baseUrl(), sandbox.apiToken());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 402, 403, 404, 410, 429, 500, 502, 503, 504})
    void statusFaultsAnswerARealisticJsonErrorOnceThenRecover(int status) {
        sandbox.faults().failNext("getLeads", 1, Fault.status(status));
        SandboxHttp.Resp failed = http().get("/api/v1/leads");
        assertThat(failed.status).isEqualTo(status);
        assertThat(failed.header("content-type")).startsWith("application/json");
        assertThat(failed.json().get("success").asBoolean()).isFalse();
        assertThat(failed.json().get("error").asText()).isNotBlank();
        assertThat(failed.json().has("error_info")).isTrue();
        assertThat(failed.header("x-ratelimit-limit")).isNotNull();

        assertThat(http().get("/api/v1/leads").status).isEqualTo(200);
        assertThat(sandbox.faults().injectedCount()).isEqualTo(1);
    }

    @Test
    void forbiddenCanBeCloudflaresHtmlBlockPage() {
        sandbox.faults().failNext("getLeads", Fault.status(403).htmlBlock());
        SandboxHttp.Resp blocked = http().get("/api/v1/leads");
        assertThat(blocked.status).isEqualTo(403);
        assertThat(blocked.header("content-type")).startsWith("text/html");
        assertThat(blocked.body).contains("Cloudflare").contains("<html");
        assertThatThrownBy(() -> Fault.status(500).htmlBlock()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void latencyDelaysTheResponseBeyondAClientTimeout() {
        sandbox.faults().failNext("getLeads", Fault.latency(Duration.ofSeconds(5)));
        SandboxHttp http = http();
        assertThatThrownBy(() -> http.client().send(http.request("/api/v1/leads").timeout(Duration.ofMillis(200))
                .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void latencyStillServesTheNormalResponse() {
        sandbox.faults().failNext("getLeads", Fault.latency(Duration.ofMillis(20)));
        SandboxHttp.Resp resp = http().get("/api/v1/leads");
        assertThat(resp.status).isEqualTo(200);
        assertThat(resp.json().get("data")).hasSize(5);
    }

    @Test
    void dropConnectionClosesTheSocketWithoutAResponse() {
        // a POST, because the JDK client silently retries an idempotent GET once on an empty reply
        sandbox.faults().failNext("addLead", Fault.dropConnection());
        assertThatThrownBy(() -> http().post("/api/v1/leads", "{\"title\":\"t\",\"person_id\":1}"))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
        assertThat(sandbox.activeLeadCount()).as("the request was never served").isEqualTo(5);
        assertThat(http().get("/api/v1/leads").status).isEqualTo(200);
    }

    @Test
    void droppedGetsAreRetriedByTheJdkClientSoEveryAttemptIsDropped() {
        sandbox.faults().failNext("getLeads", 10, Fault.dropConnection());
        assertThatThrownBy(() -> http().get("/api/v1/leads")).isInstanceOf(UncheckedIOException.class);
        assertThat(sandbox.requestCount("GET", "/api/v1/leads")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void malformedJsonIsA200ThatDoesNotParse() {
        sandbox.faults().failNext("getLeads", Fault.malformedJson());
        SandboxHttp.Resp resp = http().get("/api/v1/leads");
        assertThat(resp.status).isEqualTo(200);
        assertThat(resp.header("content-type")).startsWith("application/json");
        assertThatThrownBy(() -> SandboxHttp.MAPPER.readTree(resp.body)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void truncatedBodyEndsTheConnectionMidBody() {
        sandbox.faults().failNext("getLeads", Fault.truncatedBody());
        assertThatThrownBy(() -> http().get("/api/v1/leads")).isInstanceOf(UncheckedIOException.class);
        assertThat(http().get("/api/v1/leads").json().get("data")).hasSize(5);
    }

    @Test
    void tooManyRequestsIsABurst429WithTheGivenReset() {
        sandbox.faults().failNext("getLeads", Fault.tooManyRequests(7));
        SandboxHttp.Resp resp = http().get("/api/v1/leads");
        assertThat(resp.status).isEqualTo(429);
        assertThat(resp.json().get("error").asText()).isEqualTo("Too Many Requests");
        assertThat(resp.header("x-ratelimit-remaining")).isEqualTo("0");
        assertThat(resp.header("x-ratelimit-reset")).isEqualTo("7");
        assertThat(resp.header("x-daily-ratelimit-token-remaining")).isNull();
    }

    @Test
    void dailyBudgetSpentIsA429WithZeroDailyTokens() {
        sandbox.faults().failNext("addLead", Fault.dailyBudgetSpent());
        SandboxHttp.Resp resp = http().post("/api/v1/leads", "{\"title\":\"t\",\"person_id\":1}");
        assertThat(resp.status).isEqualTo(429);
        assertThat(resp.header("x-daily-ratelimit-token-remaining")).isEqualTo("0");
        assertThat(resp.header("x-daily-ratelimit-token-limit")).isEqualTo("30000");
        assertThat(sandbox.activeLeadCount()).isEqualTo(5);
    }

    @Test
    void pathRegexTargetsOnlyMatchingPathsAndTimesCountsDown() {
        sandbox.faults().failNext(".+/leads/archived", 2, Fault.status(500));
        assertThat(http().get("/api/v1/leads").status).isEqualTo(200);
        assertThat(http().get("/api/v1/leads/archived").status).isEqualTo(500);
        assertThat(http().get("/v1/leads/archived").status).isEqualTo(500);
        assertThat(http().get("/api/v1/leads/archived").status).isEqualTo(200);
    }

    @Test
    void failFractionIsSeededAndClearDisarms() {
        sandbox.faults().failFraction(0.5, 7L, Fault.status(503));
        StringBuilder pattern = new StringBuilder();
        SandboxHttp http = http();
        for (int i = 0; i < 30; i++) {
            pattern.append(http.get("/api/v1/leadSources").status == 503 ? 'x' : '.');
        }
        assertThat(pattern.toString()).contains("x").contains(".");

        sandbox.faults().failFraction(0.5, 7L, Fault.status(503));
        StringBuilder replay = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            replay.append(http.get("/api/v1/leadSources").status == 503 ? 'x' : '.');
        }
        assertThat(replay.toString()).as("same seed, same sequence").isEqualTo(pattern.toString());

        sandbox.faults().clear();
        for (int i = 0; i < 10; i++) {
            assertThat(http.get("/api/v1/leadSources").status).isEqualTo(200);
        }
    }

    @Test
    void faultedRequestsAreLoggedButNotCharged() {
        sandbox.faults().failNext("getLeads", Fault.status(500));
        http().get("/api/v1/leads?limit=5");
        assertThat(sandbox.requestCount("GET", "/api/v1/leads")).isEqualTo(1);
        assertThat(sandbox.tokensCharged()).isZero();
    }
}
