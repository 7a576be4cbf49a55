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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the executable jar the way a user does ({@code java -jar}) in a child process and talks to
 * it over HTTP: an OAuth refresh-token grant, then authenticated calls with the access token.
 *
 * <p>An integration test ({@code *IT}): the sandbox pom runs it in the {@code integration-test}
 * phase, after {@code package} has built the shaded jar, and passes the jar's path as the system
 * property {@code sandbox.jar}. Run without that property or before packaging (an IDE), it starts
 * the same main class from the test class path instead, so it still checks the command line.
 */
class SandboxJarIT {

    private static final Pattern LISTENING = Pattern.compile("Pipedrive Leads sandbox listening on (http://\\S+)");

    private static ChildJvm launch(String... args) {
        String jar = System.getProperty("sandbox.jar");
        if (jar != null && Files.isRegularFile(Path.of(jar))) {
            return ChildJvm.runJar(Path.of(jar), args);
        }
        return ChildJvm.runMain(PipedriveSandboxMain.class, args);
    }

    @Test
    void theJarServesAnOauthRefreshAndAuthenticatedCalls() throws Exception {
        try (ChildJvm sandbox = launch("--port", "0", "--leads", "3", "--token", "jar-token",
                "--oauth-client-id", "jar-app", "--oauth-client-secret", "jar-secret",
                "--oauth-refresh-token", "jar-refresh-0", "--access-token-ttl", "120s")) {
            String line = sandbox.nextLine(120);
            Matcher listening = LISTENING.matcher(line);
            assertThat(listening.matches()).as(line).isTrue();
            String baseUrl = listening.group(1);

            SandboxHttp.Resp grant = SandboxMainTest.refresh(baseUrl, "jar-app", "jar-secret", "jar-refresh-0");
            assertThat(grant.status).as(grant.body).isEqualTo(200);
            JsonNode token = grant.json();
            assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
            assertThat(token.get("expires_in").asInt()).isEqualTo(120);
            assertThat(token.get("api_domain").asText()).isEqualTo(baseUrl);
            assertThat(token.get("refresh_token").asText()).isNotEqualTo("jar-refresh-0");

            SandboxHttp oauth = SandboxHttp.bearer(token.get("api_domain").asText(),
                    token.get("access_token").asText());
            SandboxHttp.Resp leads = oauth.get("/api/v1/leads");
            assertThat(leads.status).as(leads.body).isEqualTo(200);
            assertThat(leads.json().get("data")).hasSize(3);
            assertThat(oauth.get("/v1/leads").status).isEqualTo(200);
            assertThat(SandboxHttp.bearer(baseUrl, "jar-token").get("/api/v1/leads").status)
                    .as("the API token is not a Bearer token").isEqualTo(401);
            assertThat(new SandboxHttp(baseUrl, "jar-token").get("/api/v1/leads").status).isEqualTo(200);
            assertThat(SandboxMainTest.refresh(baseUrl, "jar-app", "jar-secret", "jar-refresh-0").json()
                    .get("error").asText()).as("the refresh token rotated").isEqualTo("invalid_grant");
        }
    }

    @Test
    void theJarPrintsItsUsageAndExits() throws Exception {
        try (ChildJvm help = launch("--help")) {
            List<String> usage = help.readToEnd(120);
            assertThat(usage.get(0)).startsWith("usage: java -jar camel-pipedrive-leads-sandbox");
            assertThat(usage).anyMatch(l -> l.trim().startsWith("--oauth-refresh-token "));
            assertThat(help.waitFor(60)).isTrue();
            assertThat(help.exitValue()).isZero();
        }
        try (ChildJvm bad = launch("--nope", "1")) {
            List<String> output = bad.readToEnd(120);
            assertThat(output.get(0)).contains("unknown option --nope");
            assertThat(output).anyMatch(l -> l.startsWith("usage: "));
            assertThat(bad.waitFor(60)).isTrue();
            assertThat(bad.exitValue()).isEqualTo(2);
        }
    }
}
