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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SandboxRateLimitTest {

    private static final String TOO_MANY = "{\"success\":false,\"error\":\"Too Many Requests\",\"errorCode\":429,"
            + "\"error_info\":\"Please check developers.pipedrive.com\",\"data\":null,\"additional_data\":null}";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T23:59:00Z"));
    private PipedriveSandbox sandbox;
    private SandboxHttp http;

    private void start(PipedriveSandbox.Builder builder) {
        sandbox = builder.clock(clock).seedLeads(3).build();
        http = new SandboxHttp(sandbox.start(), sandbox.apiToken());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void everyResponseCarriesRateLimitHeadersEvenWithoutAPlan() {
        start(PipedriveSandbox.builder());
        String id = sandbox.activeLeadIds().get(0);
        List<SandboxHttp.Resp> responses = List.of(http.get("/api/v1/leads"), http.get("/api/v1/leads/" + id),
                http.get("/api/v1/leads/123"), http.get("/api/v1/nothing"), http.get("/api/v1/leadLabels"),
                SandboxHttp.anonymous(sandbox.baseUrl()).get("/api/v1/leads"));
        for (SandboxHttp.Resp resp : responses) {
            assertThat(resp.header("x-ratelimit-limit")).as(resp.body).isNotNull();
            assertThat(resp.header("x-ratelimit-remaining")).matches("\\d+");
            assertThat(resp.header("x-ratelimit-reset")).matches("\\d+");
            assertThat(resp.header("x-daily-ratelimit-token-remaining")).as("no budget configured").isNull();
        }
        for (int i = 0; i < 1100; i++) {
            assertThat(http.get("/api/v1/leadSources").status).isEqualTo(200);
        }
    }

    @Test
    void burstLimitPerTwoSecondWindowFollowsThePlanAndTheClock() {
        start(PipedriveSandbox.builder().rateLimitPlan(RateLimitPlan.LITE));
        for (int i = 0; i < 20; i++) {
            SandboxHttp.Resp ok = http.get("/api/v1/leads");
            assertThat(ok.status).isEqualTo(200);
            assertThat(ok.header("x-ratelimit-limit")).isEqualTo("20");
            assertThat(ok.header("x-ratelimit-remaining")).isEqualTo(Integer.toString(19 - i));
            assertThat(ok.header("x-ratelimit-reset")).isEqualTo("2");
        }
        SandboxHttp.Resp refused = http.get("/api/v1/leads");
        assertThat(refused.status).isEqualTo(429);
        assertThat(refused.body).isEqualTo(TOO_MANY);
        assertThat(refused.header("x-ratelimit-remaining")).isEqualTo("0");
        long charged = sandbox.tokensCharged();
        assertThat(charged).isEqualTo(20 * 20);

        clock.advance(Duration.ofMillis(1500));
        assertThat(http.get("/api/v1/leads").header("x-ratelimit-reset")).isEqualTo("1");
        clock.advance(Duration.ofMillis(500));
        SandboxHttp.Resp again = http.get("/api/v1/leads");
        assertThat(again.status).isEqualTo(200);
        assertThat(sandbox.tokensCharged()).as("429s are not charged").isEqualTo(charged + 20);
    }

    @Test
    void searchHasItsOwnTenPerWindowLimitWhenAPlanIsSet() {
        start(PipedriveSandbox.builder().rateLimitPlan(RateLimitPlan.ULTIMATE));
        for (int i = 0; i < 10; i++) {
            SandboxHttp.Resp ok = http.get("/api/v2/leads/search?term=acme");
            assertThat(ok.status).isEqualTo(200);
            assertThat(ok.header("x-ratelimit-limit")).isEqualTo("10");
        }
        assertThat(http.get("/api/v1/leads/search?term=acme").status).isEqualTo(429);
        SandboxHttp.Resp list = http.get("/api/v1/leads");
        assertThat(list.status).as("other endpoints keep the plan's window").isEqualTo(200);
        assertThat(list.header("x-ratelimit-limit")).isEqualTo("120");
    }

    @Test
    void personAndOrganizationSearchShareTheSearchWindowAndTheirCrudDoesNot() {
        start(PipedriveSandbox.builder().rateLimitPlan(RateLimitPlan.ULTIMATE));
        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/api/v2/persons/search?term=person").header("x-ratelimit-limit")).isEqualTo("10");
            assertThat(http.get("/api/v2/organizations/search?term=organization").status).isEqualTo(200);
        }
        assertThat(http.get("/api/v2/persons/search?term=person").status).isEqualTo(429);
        assertThat(http.get("/api/v2/leads/search?term=acme").status).as("one search window for all").isEqualTo(429);
        SandboxHttp.Resp create = http.post("/api/v2/persons", "{\"name\":\"Not a search\"}");
        assertThat(create.status).isEqualTo(200);
        assertThat(create.header("x-ratelimit-limit")).isEqualTo("120");
        assertThat(http.get("/v1/notes").status).isEqualTo(200);
    }

    @Test
    void dailyBudgetIsChargedPerOperationCostAndExhaustionAnswers429ForEverything() {
        start(PipedriveSandbox.builder().dailyTokenBudget(100));
        String id = sandbox.activeLeadIds().get(0);
        SandboxHttp.Resp list = http.get("/api/v1/leads");
        assertThat(list.header("x-daily-ratelimit-token-limit")).isEqualTo("100");
        assertThat(list.header("x-daily-ratelimit-token-remaining")).isEqualTo("80");
        assertThat(http.get("/api/v1/leads/" + id).header("x-daily-ratelimit-token-remaining")).isEqualTo("78");
        assertThat(http.patch("/api/v1/leads/" + id, "{\"title\":\"x\"}").header("x-daily-ratelimit-token-remaining"))
                .isEqualTo("68");
        assertThat(http.get("/api/v1/leads/archived").header("x-daily-ratelimit-token-remaining")).isEqualTo("28");
        assertThat(http.get("/api/v1/leadSources").header("x-daily-ratelimit-token-remaining")).isEqualTo("26");
        assertThat(http.get("/api/v1/leads/search?term=acme").header("x-daily-ratelimit-token-remaining"))
                .as("admitted while budget remains, floored at 0").isEqualTo("0");
        assertThat(sandbox.tokensCharged()).isEqualTo(20 + 2 + 10 + 40 + 2 + 40);

        for (String path : List.of("/api/v1/leads", "/api/v1/leadSources", "/api/v1/leads/" + id)) {
            SandboxHttp.Resp refused = http.get(path);
            assertThat(refused.status).isEqualTo(429);
            assertThat(refused.body).isEqualTo(TOO_MANY);
            assertThat(refused.header("x-daily-ratelimit-token-remaining")).isEqualTo("0");
            assertThat(refused.header("x-ratelimit-remaining")).as("burst is not the reason").isNotEqualTo("0");
        }

        sandbox.resetDailyBudget();
        assertThat(http.get("/api/v1/leads").header("x-daily-ratelimit-token-remaining")).isEqualTo("80");
    }

    @Test
    void dailyBudgetResetsOnTheNextUtcDayByTheClock() {
        start(PipedriveSandbox.builder().dailyTokenBudget(20));
        assertThat(http.get("/api/v1/leads").status).isEqualTo(200);
        assertThat(http.get("/api/v1/leads").status).isEqualTo(429);
        assertThat(sandbox.dailyTokensRemaining()).isZero();
        clock.advance(Duration.ofMinutes(1));
        SandboxHttp.Resp nextDay = http.get("/api/v1/leads");
        assertThat(nextDay.status).isEqualTo(200);
        assertThat(nextDay.header("x-daily-ratelimit-token-remaining")).isEqualTo("0");
    }

    @Test
    void eachOperationChargesItsDocumentedCost() {
        start(PipedriveSandbox.builder());
        String id = sandbox.activeLeadIds().get(0);
        String other = sandbox.activeLeadIds().get(1);
        long[] before = {0};
        java.util.function.BiConsumer<Runnable, Integer> expect = (call, cost) -> {
            call.run();
            assertThat(sandbox.tokensCharged() - before[0]).isEqualTo(cost.longValue());
            before[0] = sandbox.tokensCharged();
        };
        expect.accept(() -> http.get("/api/v1/leads"), 20);
        expect.accept(() -> http.get("/api/v1/leads/archived"), 40);
        expect.accept(() -> http.post("/api/v1/leads", "{\"title\":\"c\",\"person_id\":1}"), 10);
        expect.accept(() -> http.get("/api/v1/leads/" + id), 2);
        expect.accept(() -> http.patch("/api/v1/leads/" + id, "{\"title\":\"u\"}"), 10);
        expect.accept(() -> http.get("/api/v1/leads/" + id + "/permittedUsers"), 10);
        expect.accept(() -> http.delete("/api/v1/leads/" + id), 6);
        expect.accept(() -> http.get("/api/v1/leads/search?term=acme"), 40);
        expect.accept(() -> http.get("/api/v2/leads/search?term=acme"), 20);
        expect.accept(() -> http.get("/api/v1/leadLabels"), 10);
        expect.accept(() -> http.post("/api/v1/leadLabels", "{\"name\":\"n\",\"color\":\"gray\"}"), 10);
        expect.accept(() -> http.get("/api/v1/leadSources"), 2);
        expect.accept(() -> http.get("/api/v1/leadFields"), 20);
        String[] conversion = new String[1];
        expect.accept(() -> conversion[0] = http.post("/api/v2/leads/" + other + "/convert/deal", "")
                .json().at("/data/conversion_id").asText(), 40);
        expect.accept(() -> http.get("/api/v2/leads/" + other + "/convert/status/" + conversion[0]), 1);
        expect.accept(() -> http.post("/api/v2/deals/1/convert/lead", ""), 40);
        expect.accept(() -> http.get("/api/v1/leads/" + id), 2);
    }

    @Test
    void oauthTokensGetFourTimesTheApiTokenBurst() {
        sandbox = PipedriveSandbox.builder().clock(clock).rateLimitPlan(RateLimitPlan.LITE)
                .oauthClient("c", "s", "r0").build();
        String baseUrl = sandbox.start();
        SandboxHttp anon = SandboxHttp.anonymous(baseUrl);
        String access = anon.send(anon.request("/oauth/token")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("c:s".getBytes()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=r0"))
                .build()).json().get("access_token").asText();
        SandboxHttp.Resp resp = SandboxHttp.bearer(baseUrl, access).get("/api/v1/leads");
        assertThat(resp.header("x-ratelimit-limit")).isEqualTo("80");
    }
}
