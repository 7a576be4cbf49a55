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
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The command line of the executable jar, run in-process through {@link PipedriveSandboxMain#start}. */
class SandboxMainTest {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);

    private String printed() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void startsFromCommandLineOptionsAndPrintsTheListeningLine() {
        try (PipedriveSandbox sandbox = PipedriveSandboxMain.start(new String[] {"--port", "0", "--token", "cli-token",
            "--leads", "7", "--plan", "lite", "--daily-budget", "500", "--pagination", "NESTED"}, out)) {
            assertThat(printed()).isEqualTo("Pipedrive Leads sandbox listening on " + sandbox.baseUrl()
                    + System.lineSeparator());
            assertThat(printed().lines()).hasSize(1);

            SandboxHttp.Resp resp = new SandboxHttp(sandbox.baseUrl(), "cli-token").get("/api/v1/leads?limit=5");
            assertThat(resp.status).isEqualTo(200);
            assertThat(resp.json().at("/additional_data/pagination/next_start").asInt()).isEqualTo(5);
            assertThat(resp.header("x-ratelimit-limit")).isEqualTo("20");
            assertThat(resp.header("x-daily-ratelimit-token-remaining")).isEqualTo("480");
            assertThat(sandbox.activeLeadCount()).isEqualTo(7);
        }
    }

    @Test
    void everyBuilderSettingHasAnOptionAndEachOneArrives() {
        Instant start = Instant.parse("2026-02-03T04:05:06Z");
        try (PipedriveSandbox sandbox = PipedriveSandboxMain.start(new String[] {"--port", "0", "--host", "127.0.0.1",
            "--token", "t-1", "--leads", "4", "--seed", "7", "--clock", "fixed:" + start, "--plan", "GROWTH",
            "--daily-budget", "9000", "--pagination", "nested", "--persons", "5", "--organizations", "6",
            "--deals", "3", "--oauth-client-id", "app", "--oauth-client-secret", "s3cret",
            "--oauth-refresh-token", "r-0", "--access-token-ttl", "90s", "--conversion-outcome", "rejected",
            "--conversion-delay", "250ms", "--search-index-delay", "5s", "--threads", "3", "--webhook-time-scale", "0.01",
            "--webhook-drop-share", "0.25", "--webhook-duplicate-share", "0.5", "--webhook-delay", "20ms"}, out)) {
            SandboxConfig config = sandbox.config();
            assertThat(config.port).isZero();
            assertThat(config.host).isEqualTo("127.0.0.1");
            assertThat(config.apiToken).isEqualTo("t-1");
            assertThat(config.seedLeads).isEqualTo(4);
            assertThat(config.seed).isEqualTo(7L);
            assertThat(config.clock.instant()).isEqualTo(start);
            assertThat(config.rateLimitPlan).isEqualTo(RateLimitPlan.GROWTH);
            assertThat(config.dailyTokenBudget).isEqualTo(9000L);
            assertThat(config.paginationShape).isEqualTo(PaginationShape.NESTED);
            assertThat(config.seedPersons).isEqualTo(5);
            assertThat(config.seedOrganizations).isEqualTo(6);
            assertThat(config.seedDeals).isEqualTo(3);
            assertThat(config.oauthClientId).isEqualTo("app");
            assertThat(config.oauthClientSecret).isEqualTo("s3cret");
            assertThat(config.initialRefreshToken).isEqualTo("r-0");
            assertThat(config.accessTokenTtl).isEqualTo(Duration.ofSeconds(90));
            assertThat(config.conversionOutcome).isEqualTo(ConversionOutcome.REJECTED);
            assertThat(config.conversionDelay).isEqualTo(Duration.ofMillis(250));
            assertThat(config.searchIndexDelay).isEqualTo(Duration.ofSeconds(5));
            assertThat(config.threads).isEqualTo(3);
            assertThat(config.webhookRetryTimeScale).isEqualTo(0.01);
            assertThat(sandbox.webhookFaults().dropShare()).isEqualTo(0.25);
            assertThat(sandbox.webhookFaults().duplicateShare()).isEqualTo(0.5);
            assertThat(sandbox.webhookFaults().delay()).isEqualTo(Duration.ofMillis(20));

            // and they act: the OAuth client and the token lifetime on the wire, the seeded counts
            SandboxHttp.Resp token = refresh(sandbox.baseUrl(), "app", "s3cret", "r-0");
            assertThat(token.status).isEqualTo(200);
            assertThat(token.json().get("expires_in").asInt()).isEqualTo(90);
            SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), "t-1");
            assertThat(http.post("/api/v1/leads", "{\"title\":\"x\",\"person_id\":6}").json().get("error_info")
                    .asText()).isEqualTo("Person with id 6 was not found");
            assertThat(http.post("/api/v2/deals/4/convert/lead", "").status).as("3 deals").isEqualTo(404);
            JsonNode lead = http.get("/api/v1/leads/" + sandbox.activeLeadIds().get(0)).json().get("data");
            assertThat(Instant.parse(lead.get("add_time").asText())).isBefore(start);
        }
    }

    @Test
    void theOptionTableCoversEveryBuilderMethod() {
        List<String> settings = Arrays.stream(PipedriveSandbox.Builder.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.getName().equals("build"))
                .map(Method::getName).sorted().distinct().collect(Collectors.toList());
        // builder method -> option(s) that set it
        List<String> expected = new ArrayList<>(List.of("accessTokenTtl", "apiToken", "clock", "conversionDelay",
                "conversionOutcome", "dailyTokenBudget", "host", "oauthClient", "paginationShape", "port",
                "rateLimitPlan", "searchIndexDelay", "seed", "seedDeals", "seedLeads", "seedOrganizations", "seedPersons",
                "threads", "webhookDelay", "webhookDropShare", "webhookDuplicateShare", "webhookRetryTimeScale"));
        assertThat(settings).as("a new builder setting needs a command-line option").isEqualTo(expected);
        assertThat(SandboxCommandLine.optionNames()).containsExactly("--port", "--host", "--token", "--leads",
                "--seed", "--clock", "--plan", "--daily-budget", "--pagination", "--persons", "--organizations",
                "--deals", "--oauth-client-id", "--oauth-client-secret", "--oauth-refresh-token", "--access-token-ttl",
                "--conversion-outcome", "--conversion-delay", "--search-index-delay", "--threads", "--webhook-time-scale",
                "--webhook-drop-share", "--webhook-duplicate-share", "--webhook-delay");
    }

    @Test
    void helpPrintsOneUsageLinePerOptionAndStartsNothing() {
        assertThat(PipedriveSandboxMain.start(new String[] {"--help"}, out)).isNull();
        List<String> lines = printed().lines().collect(Collectors.toList());
        for (String option : SandboxCommandLine.optionNames()) {
            assertThat(lines).filteredOn(l -> l.trim().startsWith(option + " ")).as(option).hasSize(1);
        }
        assertThat(lines).anyMatch(l -> l.trim().startsWith("--help"));
        assertThat(lines.get(0)).startsWith("usage: java -jar camel-pipedrive-leads-sandbox");
    }

    @Test
    void helpStartsEveryDescriptionInTheSameColumn() {
        PipedriveSandboxMain.start(new String[] {"--help"}, out);
        // "--webhook-duplicate-share" is the longest name: it once pushed its description out of line
        List<Integer> descriptionStarts = printed().lines().filter(l -> l.startsWith("  --"))
                .map(SandboxMainTest::descriptionStart).collect(Collectors.toList());
        assertThat(descriptionStarts).hasSize(SandboxCommandLine.optionNames().size() + 1);
        assertThat(descriptionStarts).as("description columns").containsOnly(descriptionStarts.get(0));
    }

    /** Where a usage line's description starts: after its name and (but for --help) its value. */
    private static int descriptionStart(String line) {
        int at = skipSpaces(line, skipWord(line, 2));
        return line.startsWith("  --help ") ? at : skipSpaces(line, skipWord(line, at));
    }

    private static int skipWord(String line, int from) {
        int at = from;
        while (line.charAt(at) != ' ') {
            at++;
        }
        return at;
    }

    private static int skipSpaces(String line, int from) {
        int at = from;
        while (line.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    @Test
    void valuesMayFollowAnEqualsSignAndDurationsTakeUnits() {
        try (PipedriveSandbox sandbox = PipedriveSandboxMain.start(new String[] {"--port=0", "--conversion-delay=0",
            "--access-token-ttl=PT2M", "--clock=2030-01-01T00:00:00Z"}, out)) {
            assertThat(sandbox.config().conversionDelay).isZero();
            assertThat(sandbox.config().accessTokenTtl).isEqualTo(Duration.ofMinutes(2));
            Clock clock = sandbox.config().clock;
            assertThat(clock.instant()).as("starts at the instant and runs")
                    .isBetween(Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2030-01-01T01:00:00Z"));
        }
        assertThat(SandboxCommandLine.duration("--x", "1500ms")).isEqualTo(Duration.ofMillis(1500));
        assertThat(SandboxCommandLine.duration("--x", "5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(SandboxCommandLine.duration("--x", "1h")).isEqualTo(Duration.ofHours(1));
        assertThat(SandboxCommandLine.duration("--x", "12")).isEqualTo(Duration.ofSeconds(12));
        assertThat(SandboxCommandLine.clock("system").getZone()).isEqualTo(Clock.systemUTC().getZone());
    }

    @Test
    void badOptionsNameTheOptionAndTheRule() {
        assertThatThrownBy(() -> PipedriveSandboxMain.start(new String[] {"--colour", "red"}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--colour");
        assertThatThrownBy(() -> PipedriveSandboxMain.start(new String[] {"--port"}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing value for --port");
        assertThatThrownBy(() -> PipedriveSandboxMain.start(new String[] {"--leads", "many"}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(
                        "--leads must be a whole number, was: many");
        assertThatThrownBy(() -> PipedriveSandboxMain.start(new String[] {"--plan", "GOLD"}, out))
                .hasMessageContaining("--plan must be one of [NONE, LITE, GROWTH, PREMIUM, ULTIMATE]");
        assertThatThrownBy(() -> PipedriveSandboxMain.start(new String[] {"--conversion-delay", "soon"}, out))
                .hasMessageContaining("--conversion-delay must be a duration");
        assertThatThrownBy(() -> PipedriveSandboxMain.start(new String[] {"--clock", "yesterday"}, out))
                .hasMessageContaining("--clock must be system");
        assertThatThrownBy(() -> PipedriveSandboxMain.start(new String[] {"--oauth-client-id", "app"}, out))
                .hasMessageContaining("go together");
        assertThatThrownBy(() -> PipedriveSandboxMain.start(new String[] {"--threads", "0"}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads must be at least 1");
        assertThat(printed()).as("nothing started, nothing printed").isEmpty();
    }

    static SandboxHttp.Resp refresh(String baseUrl, String clientId, String secret, String refreshToken) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        SandboxHttp http = SandboxHttp.anonymous(baseUrl);
        return http.send(http.request("/oauth/token").header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=" + refreshToken))
                .build());
    }
}
