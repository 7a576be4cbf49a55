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
package io.github.camelpipedrive.leads.client;

import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.leads.state.ConditionalStateRepository;
import org.apache.camel.spi.StateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth 2 access tokens from the refresh-token grant for one installation of an app (one Pipedrive company): obtained
 * on first use, refreshed shortly before they expire and once more after a 401, shared by every endpoint of the same
 * installation (one refresh at a time), never by endpoints of another company that installed the same app. Pipedrive
 * rotates the refresh token on each use; the newest one is kept in memory and handed, sealed, to the
 * {@link StateRepository} store under a key of the installation, so that a restart continues with it. Nothing here
 * ever logs or prints a token or the client secret.
 * <p>
 * When the store is a {@link ConditionalStateRepository} shared by several nodes of one installation, refreshes go
 * through {@link SharedOAuthTokens}: only the node whose compare-and-set takes the refresh lock refreshes, and the
 * others use the access token it stored instead of burning the rotated refresh token ({@code invalid_grant}).
 */
public final class OAuthTokenProvider implements AuthProvider {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenProvider.class);
    /** Refresh this long before the announced expiry, so a request never leaves with a dying token. */
    private static final long EARLY_REFRESH_MILLIS = 60_000;
    /** How many former tokens {@link #secrets()} still names. */
    private static final int FORMER_TOKENS_KEPT = 16;

    private final PipedriveHttpClient http;
    private final ObjectMapper mapper;
    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final StateRepository<String, String> store;
    private final String storeKey;
    private final String installation;
    private final StoredRefreshToken sealing;
    private final java.util.List<String> allowedApiDomains;
    /** Set when the store is shared by several nodes (a ConditionalStateRepository). */
    private final SharedOAuthTokens shared;
    private final Object lock = new Object();
    /** The token this thread sent last: a 401 refreshes only if nobody replaced that token meanwhile. */
    private final ThreadLocal<String> lastSent = new ThreadLocal<>();

    private String refreshToken;
    /** As configured, kept for {@link #secrets()} after the stored one took its place. */
    private final String configuredRefreshToken;
    /**
     * The last tokens this provider held before the current ones, for {@link #secrets()}: a server may echo a token
     * that was rotated out since (a few strings; the oldest are dropped).
     */
    private final java.util.Deque<String> formerTokens = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private volatile String accessToken;
    private volatile long expiresAtMillis;
    private volatile String apiDomain;
    /** A token just granted is used once even when it expires within the early-refresh margin. */
    private volatile boolean grantedUnused;

    /**
     * @param installation      the installation key (see {@link #installationKey(String, String)}); keys the store
     * @param allowedApiDomains hosts api_domain may name besides pipedrive.com (see {@link SafeUrls#requireApiDomain})
     */
    public OAuthTokenProvider(PipedriveHttpClient http, ObjectMapper mapper, String tokenUrl, String clientId,
                              String clientSecret, String refreshToken, StateRepository<String, String> store,
                              String installation, java.util.List<String> allowedApiDomains) {
        this.http = http;
        this.mapper = mapper;
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshToken = refreshToken;
        this.configuredRefreshToken = refreshToken;
        this.store = store;
        this.installation = installation;
        this.storeKey = "pipedrive-leads/oauth/" + clientId.replaceAll("[^A-Za-z0-9_.-]", "_") + "/" + installation;
        this.sealing = new StoredRefreshToken(clientSecret, storeKey);
        this.allowedApiDomains = allowedApiDomains == null ? java.util.List.of() : allowedApiDomains;
        this.shared = store instanceof ConditionalStateRepository conditional
                ? new SharedOAuthTokens(conditional, storeKey, clientId, sealing) : null;
    }

    /**
     * The key of an installation: the configured name, else {@code rt-} and a SHA-256 hash (128 bits, hex) of the
     * configured refresh token. Refresh tokens are issued per installation, so the hash never collides across
     * companies, stays the same across restarts with the same configuration, and reveals nothing of the token.
     */
    public static String installationKey(String configuredName, String refreshToken) {
        if (configuredName != null && !configuredName.isBlank()) {
            return "id-" + configuredName.trim().replaceAll("[^A-Za-z0-9_.-]", "_");
        }
        if (refreshToken == null || refreshToken.isBlank()) {
            return "rt-none";
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(refreshToken.trim().getBytes(StandardCharsets.UTF_8));
            return "rt-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void apply(BiConsumer<String, String> headerSink) {
        String token = currentAccessToken();
        lastSent.set(token);
        headerSink.accept("Authorization", "Bearer " + token);
    }

    private String currentAccessToken() {
        if (needsRefresh()) {
            synchronized (lock) {
                if (needsRefresh()) {
                    refresh();
                }
            }
        }
        grantedUnused = false;
        return accessToken;
    }

    private boolean needsRefresh() {
        return accessToken == null
               || !grantedUnused && System.currentTimeMillis() >= expiresAtMillis - EARLY_REFRESH_MILLIS;
    }

    @Override
    public boolean renewAfterUnauthorized() {
        String failed = lastSent.get();
        lastSent.remove();
        synchronized (lock) {
            if (failed == null || failed.equals(accessToken)) {
                refresh();
            }
            return true;
        }
    }

    @Override
    public Optional<String> baseUrl() {
        // only the very first request needs a grant here, to learn api_domain; renewing is apply()'s job
        if (accessToken == null) {
            synchronized (lock) {
                if (accessToken == null) {
                    refresh();
                }
            }
        }
        return Optional.ofNullable(apiDomain);
    }

    @Override
    public String identity() {
        return "oauth:" + clientId + "/" + installation;
    }

    @Override
    public java.util.List<String> secrets() {
        java.util.List<String> secrets = new java.util.ArrayList<>(6);
        for (String secret : new String[] { accessToken, refreshToken, configuredRefreshToken, clientSecret }) {
            if (secret != null) {
                secrets.add(secret);
            }
        }
        secrets.addAll(formerTokens);
        // what the token request carries in its Authorization header
        secrets.add(java.util.Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8)));
        return secrets;
    }

    private void refresh() {
        if (shared != null) {
            // the current access token is the one known to be bad (expiring, or refused with 401)
            install(shared.obtain(accessToken, refreshToken, this::grant));
            return;
        }
        SharedOAuthTokens.Grant grant = grant(latestRefreshToken());
        install(grant);
        if (grant.refreshToken() != null) {
            keepRotated(grant.refreshToken());
        }
    }

    private void install(SharedOAuthTokens.Grant grant) {
        remember(accessToken);
        remember(refreshToken);
        // adopted only once the response passed every check
        accessToken = grant.accessToken();
        grantedUnused = true;
        expiresAtMillis = grant.expiresAtMillis();
        if (grant.apiDomain() != null) {
            apiDomain = grant.apiDomain();
        }
        if (grant.refreshToken() != null) {
            refreshToken = grant.refreshToken();
        }
    }

    private void remember(String former) {
        if (former != null && !formerTokens.contains(former)) {
            formerTokens.addFirst(former);
            while (formerTokens.size() > FORMER_TOKENS_KEPT) {
                formerTokens.pollLast();
            }
        }
    }

    /** The rotated refresh token replaces the spent one, in memory and (sealed) in a single-node store. */
    private void keepRotated(String rotated) {
        remember(refreshToken);
        refreshToken = rotated;
        if (store != null && shared == null) {
            // sealed: a repository that logs its values (FileStateRepository at DEBUG) shows no usable token
            store.setState(storeKey, sealing.seal(rotated));
        }
    }

    /** The refresh-token grant; the new refresh token is null when the server did not rotate it. */
    private SharedOAuthTokens.Grant grant(String token) {
        if (token == null || token.isBlank()) {
            throw new PipedriveLeadsException("OAuth refresh_token grant impossible: no refreshToken configured for"
                                              + " client " + clientId);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", token);
        ApiResponse response;
        try {
            response = http.postForm(tokenUrl, form, clientId, clientSecret);
        } catch (IOException e) {
            throw new PipedriveLeadsException("OAuth refresh_token grant for client " + clientId + " failed: "
                                              + e.getClass().getSimpleName(), e);
        }
        JsonNode json = parse(response);
        boolean success = response.status() >= 200 && response.status() < 300;
        if (!success || !json.path("access_token").isTextual() || json.path("access_token").asText().isBlank()) {
            throw new PipedriveLeadsException("OAuth refresh_token grant for client " + clientId + " failed with HTTP "
                                              + response.status() + ": " + grantFailure(response, json, token)
                                              + (success ? "" : " (the refresh token may have been used already or"
                                                                + " revoked)"));
        }
        String rotated = json.path("refresh_token").isTextual() && !json.path("refresh_token").asText().isBlank()
                ? json.path("refresh_token").asText() : null;
        String domain = null;
        if (json.path("api_domain").isTextual() && !json.path("api_domain").asText().isBlank()) {
            try {
                // api_domain decides where the bearer token goes: only Pipedrive's hosts or configured ones
                domain = SafeUrls.requireApiDomain(json.path("api_domain").asText(), allowedApiDomains);
            } catch (IllegalArgumentException e) {
                if (rotated != null) {
                    // the presented refresh token is spent now: keep the rotated one even though this response is refused
                    keepRotated(rotated);
                }
                throw new PipedriveLeadsException("OAuth token response for client " + clientId + " refused: "
                                                  + e.getMessage());
            }
        }
        // a lifetime that is over already or longer than a year is no lifetime: Pipedrive's hour is assumed (a 401
        // still refreshes the token early)
        long expiresIn = json.path("expires_in").asLong(3599);
        if (expiresIn <= 0 || expiresIn > 366L * 24 * 3600) {
            expiresIn = 3599;
        }
        LOG.debug("OAuth access token for client {} refreshed; valid for {} s", clientId, expiresIn);
        return new SharedOAuthTokens.Grant(json.get("access_token").asText(),
                System.currentTimeMillis() + expiresIn * 1000, domain, rotated);
    }

    private String latestRefreshToken() {
        if (store != null) {
            String stored = store.getState(storeKey);
            if (stored != null && !stored.isBlank()) {
                String opened = sealing.open(stored);
                if (opened != null) {
                    return opened;
                }
                LOG.warn("Ignoring an unreadable stored refresh token for client {} (installation {}): not sealed"
                         + " with this client secret for this installation; using the configured refreshToken",
                        clientId, installation);
            }
        }
        return refreshToken;
    }

    /**
     * What a failed grant's answer says, safe to show: its {@code error} or a summary of its body, with the current
     * credentials, the presented refresh token and any token-named value of the answer itself redacted. A body that
     * names tokens but is no usable token response (wrapped, not JSON, an empty access token) is not shown at all:
     * the tokens it may hold were just issued, and nothing else would recognise them.
     */
    private String grantFailure(ApiResponse response, JsonNode json, String presentedToken) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (!json.path("error").isTextual() && body.toLowerCase(java.util.Locale.ROOT).contains("_token")) {
            return "an answer of " + response.body().length + " bytes that is not a usable token response (not shown:"
                   + " it names tokens)";
        }
        java.util.List<String> secrets = new java.util.ArrayList<>(secrets());
        // the refresh token of this grant may be a rotated one the other secrets no longer name
        secrets.add(presentedToken);
        SecretRedaction redaction = new SecretRedaction(() -> secrets).withSecretsOf(response.body());
        // redacted before it is cut short: a cut through a credential would leave a part nothing recognises
        return SafeText.forMessage(redaction.apply(json.path("error").asText(ErrorMapper.summarize(
                redaction.apply(body)))));
    }

    private JsonNode parse(ApiResponse response) {
        try {
            JsonNode node = mapper.readTree(response.body());
            return node == null ? mapper.createObjectNode() : node;
        } catch (IOException e) {
            return mapper.createObjectNode();
        }
    }

    @Override
    public String toString() {
        return "OAuth refresh-token credentials of client " + clientId + " (hidden)";
    }
}
