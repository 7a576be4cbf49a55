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

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * {@code POST /oauth/token} with {@code grant_type=refresh_token} (reference §4.2), and the set of
 * access tokens it has issued.
 *
 * <p>Refresh tokens rotate: each refresh returns a new one and the presented one stops working
 * ({@code invalid_grant}), which is the behaviour a client must cope with. A refresh token also
 * expires after 60 days without use. Access tokens stay valid until their expiry by the sandbox
 * clock even after a later refresh. Other grant types are answered {@code unsupported_grant_type}
 * because the sandbox has no authorization page to issue codes from.
 */
final class OAuthTokenEndpoint {

    static final Duration REFRESH_TOKEN_IDLE_LIFETIME = Duration.ofDays(60);
    static final String SCOPE = "base leads:full deals:full search:read";

    private final Clock clock;
    private final String clientId;
    private final String clientSecret;
    private final Duration accessTokenTtl;
    private final Supplier<String> apiDomain;
    /** Seeded so token strings are reproducible; they are not secrets in a sandbox. */
    private final Random random;
    private final Map<String, Instant> accessTokens = new HashMap<>();
    private String refreshToken;
    private Instant refreshTokenLastUsed;

    OAuthTokenEndpoint(SandboxConfig config, Supplier<String> apiDomain) {
        this.clock = config.clock();
        this.clientId = config.oauthClientId;
        this.clientSecret = config.oauthClientSecret;
        this.accessTokenTtl = config.accessTokenTtl;
        this.apiDomain = apiDomain;
        this.random = new Random(config.seed() ^ 0x5EEDL);
        this.refreshToken = config.initialRefreshToken;
        this.refreshTokenLastUsed = clock.instant();
    }

    synchronized SandboxResponse handle(SandboxRequest request) {
        if (!"POST".equals(request.method())) {
            return oauthError(405, "invalid_request", "Method not allowed");
        }
        if (clientId == null || !clientAuthenticated(request.header("authorization"))) {
            return oauthError(401, "invalid_client", "Invalid client credentials");
        }
        String contentType = request.header("content-type");
        if (contentType == null || !contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            return oauthError(400, "invalid_request", "content must be application/x-www-form-urlencoded");
        }
        Map<String, String> form = SandboxRequest.parseQuery(new String(request.body(), StandardCharsets.UTF_8));
        String grantType = form.get("grant_type");
        if (grantType == null || grantType.isEmpty()) {
            return oauthError(400, "invalid_request", "grant_type is required");
        }
        if (!"refresh_token".equals(grantType)) {
            return oauthError(400, "unsupported_grant_type", "The sandbox supports grant_type=refresh_token only");
        }
        String presented = form.get("refresh_token");
        Instant now = clock.instant();
        if (presented == null || refreshToken == null || !refreshToken.equals(presented)
                || now.isAfter(refreshTokenLastUsed.plus(REFRESH_TOKEN_IDLE_LIFETIME))) {
            return oauthError(400, "invalid_grant", "Invalid refresh token");
        }
        String accessToken = "v1:" + randomToken(48);
        accessTokens.put(accessToken, now.plus(accessTokenTtl));
        refreshToken = randomRefreshToken();
        refreshTokenLastUsed = now;
        pruneExpired(now);
        ObjectNode body = Json.object();
        body.put("access_token", accessToken);
        body.put("token_type", "Bearer");
        body.put("expires_in", accessTokenTtl.toSeconds());
        body.put("refresh_token", refreshToken);
        body.put("scope", SCOPE);
        body.put("api_domain", apiDomain.get());
        return SandboxResponse.json(200, Json.bytes(body));
    }

    private boolean clientAuthenticated(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return decoded.equals(clientId + ":" + clientSecret);
    }

    /** @return whether the token is an access token this endpoint issued that has not expired */
    synchronized boolean isValidAccessToken(String token) {
        Instant expiry = accessTokens.get(token);
        return expiry != null && clock.instant().isBefore(expiry);
    }

    private void pruneExpired(Instant now) {
        for (Iterator<Instant> it = accessTokens.values().iterator(); it.hasNext();) {
            if (!now.isBefore(it.next())) {
                it.remove();
            }
        }
    }

    private String randomRefreshToken() {
        return "1:" + random.nextInt(100000) + ":" + randomToken(40);
    }

    private String randomToken(int length) {
        String alphabet = "0123456789abcdef";
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static SandboxResponse oauthError(int status, String error, String description) {
        ObjectNode body = Json.object();
        body.put("success", false);
        body.put("error", error);
        body.put("error_description", description);
        return SandboxResponse.json(status, Json.bytes(body));
    }
}
