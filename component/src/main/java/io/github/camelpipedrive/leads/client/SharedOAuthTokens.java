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

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import io.github.camelpipedrive.leads.state.ConditionalStateRepository;

/**
 * The OAuth tokens of one app shared by several nodes through a {@link ConditionalStateRepository}: the rotating
 * refresh token, the access token it last bought (with its expiry and api_domain), and a refresh lock.
 * <p>
 * Pipedrive rotates the refresh token on every use, so two nodes that refresh with the same one make one of them fail
 * with {@code invalid_grant}. Here a node refreshes only after its compare-and-set took the lock in the stored record;
 * the others wait for the record to carry a new access token and use that one instead of refreshing. A lock whose
 * holder died is taken over after {@link #LOCK_MILLIS}.
 * <p>
 * Stored value: {@code v3:<sealed refresh>:<sealed access>:<expires-at millis>:<hex api_domain>:<hex lock
 * owner>:<lock until millis>}. Both tokens are sealed as {@link StoredRefreshToken} seals a single node's refresh
 * token (AES-GCM under a key derived from the client secret, bound to the store key), so that a database row, its
 * backups and any tool that shows it carry no usable token; hex keeps the record safe for every store (no '=' or
 * newline). Tokens sealed under another client secret read as absent: the configured refreshToken is used again.
 * Records of the older forms are still read: {@code v2:} (the same fields with the tokens only hex-encoded) and the
 * hex refresh token alone; the next write replaces them with a sealed record.
 */
final class SharedOAuthTokens {

    /** How long a refresh may hold the lock before another node may take it over. */
    static final long LOCK_MILLIS = 30_000;
    /** How long a node waits for another node's refresh before it gives up. */
    static final long WAIT_MILLIS = 45_000;
    private static final long WAIT_STEP_MILLIS = 25;
    private static final HexFormat HEX = HexFormat.of();

    /** One stored record; raw is the exact stored value (the compare-and-set expectation). */
    record Tokens(String raw, String refreshToken, String accessToken, long expiresAtMillis, String apiDomain,
                  String lockOwner, long lockUntilMillis) {

        boolean lockedByOtherThan(String owner, long now) {
            return lockOwner != null && !lockOwner.equals(owner) && now < lockUntilMillis;
        }

        Tokens locked(String owner, long until) {
            return new Tokens(null, refreshToken, accessToken, expiresAtMillis, apiDomain, owner, until);
        }

        Tokens unlocked() {
            return new Tokens(null, refreshToken, accessToken, expiresAtMillis, apiDomain, null, 0);
        }

        String serialize(StoredRefreshToken sealing) {
            return "v3:" + sealed(sealing, refreshToken) + ":" + sealed(sealing, accessToken) + ":" + expiresAtMillis
                   + ":" + hex(apiDomain) + ":" + hex(lockOwner) + ":" + lockUntilMillis;
        }

        private static String sealed(StoredRefreshToken sealing, String token) {
            return token == null ? "" : sealing.sealHex(token);
        }

        @Override
        public String toString() {
            return "OAuth tokens (hidden)";
        }
    }

    /** What a refresh produced. */
    record Grant(String accessToken, long expiresAtMillis, String apiDomain, String refreshToken) {
        @Override
        public String toString() {
            return "OAuth grant (hidden)";
        }
    }

    /** Performs the refresh-token grant with the given refresh token. */
    @FunctionalInterface
    interface Refresher {
        Grant refresh(String refreshToken);
    }

    private final ConditionalStateRepository store;
    private final String key;
    private final String clientId;
    private final StoredRefreshToken sealing;
    private final String owner = UUID.randomUUID().toString();

    SharedOAuthTokens(ConditionalStateRepository store, String key, String clientId, StoredRefreshToken sealing) {
        this.store = store;
        this.key = key;
        this.clientId = clientId;
        this.sealing = sealing;
    }

    /**
     * A usable access token: another node's, when the store holds one that is not {@code knownBad} and not expired;
     * otherwise one this node buys after taking the lock (with the stored refresh token, or {@code configured} when
     * the store has none yet).
     */
    Grant obtain(String knownBad, String configured, Refresher refresher) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            long now = System.currentTimeMillis();
            String raw = store.getState(key);
            Tokens stored = parse(raw);
            if (stored.accessToken() != null && !stored.accessToken().equals(knownBad)
                && now < stored.expiresAtMillis()) {
                // another node refreshed already: use its token, do not burn the rotated refresh token
                return new Grant(stored.accessToken(), stored.expiresAtMillis(), stored.apiDomain(), null);
            }
            if (!stored.lockedByOtherThan(owner, now)) {
                String lockedValue = stored.locked(owner, now + LOCK_MILLIS).serialize(sealing);
                if (store.compareAndSet(key, raw, lockedValue)) {
                    return refreshHoldingLock(stored, lockedValue, configured, refresher);
                }
                continue; // another node changed the record in between: read it again
            }
            if (now > deadline) {
                throw new PipedriveLeadsException("OAuth refresh for client " + clientId + ": another node held the"
                                                  + " refresh lock for more than " + WAIT_MILLIS / 1000 + " s");
            }
            try {
                Thread.sleep(WAIT_STEP_MILLIS); // another node is refreshing: its result will be in the store
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PipedriveLeadsException("Interrupted while waiting for another node's OAuth refresh");
            }
        }
    }

    private Grant refreshHoldingLock(Tokens stored, String lockedValue, String configured, Refresher refresher) {
        String refreshToken = stored.refreshToken() != null ? stored.refreshToken() : configured;
        Grant grant;
        try {
            grant = refresher.refresh(refreshToken);
        } catch (RuntimeException e) {
            // release the lock so that the others need not wait for it to time out
            store.compareAndSet(key, lockedValue, stored.unlocked().serialize(sealing));
            throw e;
        }
        String newRefresh = grant.refreshToken() != null ? grant.refreshToken() : refreshToken;
        Tokens result = new Tokens(null, newRefresh, grant.accessToken(), grant.expiresAtMillis(), grant.apiDomain(),
                null, 0);
        // the lock is ours: the rotated refresh token is the only valid one now and must be stored whatever happened
        store.setState(key, result.serialize(sealing));
        return grant;
    }

    Tokens parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Tokens(raw, null, null, 0, null, null, 0);
        }
        try {
            if (raw.startsWith("v3:")) {
                String[] f = raw.split(":", -1);
                return new Tokens(raw, opened(f[1]), opened(f[2]), Long.parseLong(f[3]), unhex(f[4]), unhex(f[5]),
                        Long.parseLong(f[6]));
            }
            if (!raw.startsWith("v2:")) {
                return new Tokens(raw, unhex(raw), null, 0, null, null, 0);
            }
            String[] f = raw.split(":", -1);
            return new Tokens(raw, unhex(f[1]), unhex(f[2]), Long.parseLong(f[3]), unhex(f[4]), unhex(f[5]),
                    Long.parseLong(f[6]));
        } catch (RuntimeException unreadable) {
            // never echo the value: it holds secrets
            throw new PipedriveLeadsException("The stored OAuth tokens of client " + clientId + " under key '" + key
                                              + "' in the oauthTokenStore cannot be read; delete the key and"
                                              + " configure a valid refreshToken");
        }
    }

    /** A sealed token, or null when the field is empty or was sealed under another client secret. */
    private String opened(String field) {
        return field.isEmpty() ? null : sealing.openHex(field);
    }

    private static String hex(String value) {
        return value == null ? "" : HEX.formatHex(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String unhex(String value) {
        return value == null || value.isEmpty() ? null : new String(HEX.parseHex(value), StandardCharsets.UTF_8);
    }
}
