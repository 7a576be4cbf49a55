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
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxAuthTest {

    private static final String UNAUTHORIZED = "{\"success\":false,\"error\":\"unauthorized access\",\"errorCode\":401,"
            + "\"error_info\":\"Please check developers.pipedrive.com\",\"data\":null,\"additional_data\":null}";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private PipedriveSandbox sandbox;
    private String baseUrl;

    @BeforeEach
    void start() {
        sandbox = PipedriveSandbox.builder().clock(clock).apiToken("secret-token").seedLeads(2)
                .oauthClient("client-id", "client-secret", "refresh-0").accessTokenTtl(Duration.ofSeconds(60))
                .build();
        baseUrl = sandbox.start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void apiTokenHeaderIsAcceptedOnEveryPrefix() {
        SandboxHttp http = new SandboxHttp(baseUrl, "secret-token");
        assertThat(http.get("/api/v1/leads").status).isEqualTo(200);
        assertThat(http.get("/v1/leads").status).as("the official client's v1 base path").isEqualTo(200);
        assertThat(http.get("/api/v2/leads/search?term=acme").status).isEqualTo(200);
    }

    @Test
    void theApiTokenSentAsBearerIsRefused() {
        // Bearer carries OAuth access tokens only; an API token is valid in x-api-token alone
        for (String path : new String[] {"/v1/leads", "/api/v1/leads", "/api/v2/leads/search?term=acme"}) {
            SandboxHttp.Resp resp = SandboxHttp.bearer(baseUrl, "secret-token").get(path);
            assertThat(resp.status).as(path).isEqualTo(401);
            assertThat(resp.body).isEqualTo(UNAUTHORIZED);
        }
        assertThat(sandbox.tokensCharged()).isZero();
    }

    @Test
    void missingWrongOrQueryOnlyTokensAnswer401() {
        SandboxHttp.Resp missing = SandboxHttp.anonymous(baseUrl).get("/api/v1/leads");
        SandboxHttp.Resp wrong = new SandboxHttp(baseUrl, "nope").get("/api/v1/leads");
        SandboxHttp.Resp wrongBearer = SandboxHttp.bearer(baseUrl, "nope").get("/api/v1/leads");
        SandboxHttp.Resp queryOnly = SandboxHttp.anonymous(baseUrl).get("/api/v1/leads?api_token=secret-token");
        for (SandboxHttp.Resp resp : new SandboxHttp.Resp[] {missing, wrong, wrongBearer, queryOnly}) {
            assertThat(resp.status).isEqualTo(401);
            assertThat(resp.body).isEqualTo(UNAUTHORIZED);
            assertThat(resp.header("x-ratelimit-limit")).isNotNull();
        }
        assertThat(sandbox.tokensCharged()).as("refused requests cost nothing").isZero();
        assertThat(sandbox.requestLog()).contains("GET /api/v1/leads").noneMatch(l -> l.contains("secret-token"));
    }

    private SandboxHttp.Resp refresh(String refreshToken, String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        SandboxHttp http = SandboxHttp.anonymous(baseUrl);
        return http.send(http.request("/oauth/token").header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=" + refreshToken))
                .build());
    }

    @Test
    void refreshRotatesTheRefreshTokenAndIssuesWorkingAccessTokens() {
        SandboxHttp.Resp first = refresh("refresh-0", "client-id", "client-secret");
        assertThat(first.status).isEqualTo(200);
        JsonNode token = first.json();
        assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.get("expires_in").asInt()).isEqualTo(60);
        assertThat(token.get("scope").asText()).contains("leads:full");
        assertThat(token.get("api_domain").asText()).isEqualTo(baseUrl);
        String refresh1 = token.get("refresh_token").asText();
        assertThat(refresh1).isNotEqualTo("refresh-0");
        String access1 = token.get("access_token").asText();

        assertThat(SandboxHttp.bearer(token.get("api_domain").asText(), access1).get("/api/v1/leads").status)
                .isEqualTo(200);

        SandboxHttp.Resp reused = refresh("refresh-0", "client-id", "client-secret");
        assertThat(reused.status).isEqualTo(400);
        assertThat(reused.json().get("error").asText()).isEqualTo("invalid_grant");

        SandboxHttp.Resp second = refresh(refresh1, "client-id", "client-secret");
        assertThat(second.status).isEqualTo(200);
        assertThat(second.json().get("refresh_token").asText()).isNotEqualTo(refresh1);
        assertThat(second.json().get("access_token").asText()).isNotEqualTo(access1);
        assertThat(refresh(refresh1, "client-id", "client-secret").json().get("error").asText())
                .isEqualTo("invalid_grant");
    }

    @Test
    void accessTokensExpireByTheSandboxClock() {
        String access = refresh("refresh-0", "client-id", "client-secret").json().get("access_token").asText();
        SandboxHttp oauthClient = SandboxHttp.bearer(baseUrl, access);
        clock.advance(Duration.ofSeconds(59));
        assertThat(oauthClient.get("/api/v1/leads").status).isEqualTo(200);
        clock.advance(Duration.ofSeconds(1));
        SandboxHttp.Resp expired = oauthClient.get("/api/v1/leads");
        assertThat(expired.status).isEqualTo(401);
        assertThat(expired.body).isEqualTo(UNAUTHORIZED);
    }

    @Test
    void wrongClientCredentialsAnswerInvalidClient() {
        SandboxHttp.Resp resp = refresh("refresh-0", "client-id", "wrong");
        assertThat(resp.status).isEqualTo(401);
        assertThat(resp.json().get("error").asText()).isEqualTo("invalid_client");
        SandboxHttp http = SandboxHttp.anonymous(baseUrl);
        SandboxHttp.Resp noBasic = http.send(http.request("/oauth/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=refresh-0")).build());
        assertThat(noBasic.status).isEqualTo(401);
        // the refresh token is still valid after failed attempts
        assertThat(refresh("refresh-0", "client-id", "client-secret").status).isEqualTo(200);
    }

    @Test
    void unsupportedGrantTypeIsRefused() {
        String basic = Base64.getEncoder().encodeToString("client-id:client-secret".getBytes(StandardCharsets.UTF_8));
        SandboxHttp http = SandboxHttp.anonymous(baseUrl);
        SandboxHttp.Resp resp = http.send(http.request("/oauth/token").header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password")).build());
        assertThat(resp.status).isEqualTo(400);
        assertThat(resp.json().get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void withoutAnOauthClientTheTokenEndpointRefusesEveryone() {
        try (PipedriveSandbox plain = PipedriveSandbox.builder().build()) {
            baseUrl = plain.start();
            assertThat(refresh("anything", "a", "b").json().get("error").asText()).isEqualTo("invalid_client");
        }
    }
}
