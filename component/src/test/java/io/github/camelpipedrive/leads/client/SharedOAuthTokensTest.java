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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelpipedrive.leads.state.ConditionalStateRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared token record and its refresh lock, on an in-memory compare-and-set store. */
class SharedOAuthTokensTest {

    private static final String KEY = "pipedrive-leads/oauth/app";
    private static final StoredRefreshToken SEALING = new StoredRefreshToken("client-secret", KEY);
    private final MemoryConditionalStore store = new MemoryConditionalStore();
    private final AtomicInteger grants = new AtomicInteger();

    private SharedOAuthTokens.Grant grant(String refreshToken) {
        int n = grants.incrementAndGet();
        return new SharedOAuthTokens.Grant("access-" + n + "-from-" + refreshToken,
                System.currentTimeMillis() + 3_600_000, "https://tenant.example", "refresh-" + n);
    }

    @Test
    void aStoredRefreshTokenOfTheOlderFormatIsUsedAndReplacedByTheRecord() {
        store.setState(KEY, HexFormat.of().formatHex("refresh-old".getBytes(StandardCharsets.UTF_8)));
        SharedOAuthTokens tokens = new SharedOAuthTokens(store, KEY, "app", SEALING);

        SharedOAuthTokens.Grant result = tokens.obtain(null, "refresh-configured", this::grant);

        assertThat(result.accessToken()).isEqualTo("access-1-from-refresh-old");
        assertThat(store.getState(KEY)).startsWith("v3:");
        assertNoTokenIn(store.getState(KEY), "refresh-1", "access-1-from-refresh-old");
        SharedOAuthTokens.Tokens stored = tokens.parse(store.getState(KEY));
        assertThat(stored.refreshToken()).isEqualTo("refresh-1");
        assertThat(stored.lockOwner()).isNull();
    }

    @Test
    void aSecondNodeUsesTheStoredAccessTokenInsteadOfRefreshing() {
        SharedOAuthTokens a = new SharedOAuthTokens(store, KEY, "app", SEALING);
        SharedOAuthTokens b = new SharedOAuthTokens(store, KEY, "app", SEALING);
        SharedOAuthTokens.Grant first = a.obtain(null, "refresh-0", this::grant);

        assertThat(b.obtain(null, "refresh-0", this::grant).accessToken()).isEqualTo(first.accessToken());
        // once that token is known bad (401 or expiring), the next obtain refreshes with the rotated token
        assertThat(b.obtain(first.accessToken(), "refresh-0", this::grant).accessToken())
                .isEqualTo("access-2-from-refresh-1");
        assertThat(grants).hasValue(2);
    }

    @Test
    void aFailedRefreshReleasesTheLockAndALockOfADeadNodeIsTakenOverOnceItTimesOut() {
        SharedOAuthTokens a = new SharedOAuthTokens(store, KEY, "app", SEALING);
        assertThatThrownBy(() -> a.obtain(null, "refresh-0", rt -> {
            throw new IllegalStateException("token endpoint down");
        })).hasMessageContaining("token endpoint down");
        assertThat(a.parse(store.getState(KEY)).lockOwner()).as("lock released after the failure").isNull();

        // a node died holding the lock; the lock has timed out
        String hexRefresh = HexFormat.of().formatHex("refresh-0".getBytes(StandardCharsets.UTF_8));
        store.setState(KEY, "v2:" + hexRefresh + "::0::" + HexFormat.of().formatHex("dead".getBytes(
                StandardCharsets.UTF_8)) + ":" + (System.currentTimeMillis() - 1));
        assertThat(a.obtain(null, "refresh-0", this::grant).accessToken()).isEqualTo("access-1-from-refresh-0");
    }

    @Test
    void theRecordCarriesNeitherTokenInAnyReadableEncoding() {
        SharedOAuthTokens tokens = new SharedOAuthTokens(store, KEY, "app", SEALING);
        SharedOAuthTokens.Grant result = tokens.obtain(null, "refresh-0", this::grant);

        String stored = store.getState(KEY);
        assertNoTokenIn(stored, "refresh-1", result.accessToken());
        SharedOAuthTokens.Tokens read = tokens.parse(stored);
        assertThat(read.refreshToken()).isEqualTo("refresh-1");
        assertThat(read.accessToken()).isEqualTo(result.accessToken());
        assertThat(read.apiDomain()).isEqualTo("https://tenant.example");
    }

    @Test
    void tokensSealedUnderAnotherClientSecretReadAsAbsentSoTheConfiguredRefreshTokenIsUsed() {
        new SharedOAuthTokens(store, KEY, "app", new StoredRefreshToken("old-client-secret", KEY))
                .obtain(null, "refresh-0", this::grant);
        SharedOAuthTokens tokens = new SharedOAuthTokens(store, KEY, "app", SEALING);

        SharedOAuthTokens.Tokens read = tokens.parse(store.getState(KEY));
        assertThat(read.refreshToken()).isNull();
        assertThat(read.accessToken()).isNull();
        assertThat(tokens.obtain(null, "refresh-configured", this::grant).accessToken())
                .isEqualTo("access-2-from-refresh-configured");
    }

    @Test
    void aRecordOfTheHexOnlyFormIsReadAndReplacedByASealedOne() {
        String hexRefresh = HexFormat.of().formatHex("refresh-hex".getBytes(StandardCharsets.UTF_8));
        store.setState(KEY, "v2:" + hexRefresh + "::0:::0");
        SharedOAuthTokens tokens = new SharedOAuthTokens(store, KEY, "app", SEALING);

        assertThat(tokens.obtain(null, "refresh-configured", this::grant).accessToken())
                .isEqualTo("access-1-from-refresh-hex");
        assertThat(store.getState(KEY)).startsWith("v3:").doesNotContain(hexRefresh);
    }

    /** Neither in clear, nor hex, nor Base64: what a database viewer, a backup or a log would show. */
    private static void assertNoTokenIn(String stored, String... tokens) {
        for (String token : tokens) {
            byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
            assertThat(stored).as(token).doesNotContain(token)
                    .doesNotContainIgnoringCase(HexFormat.of().formatHex(bytes))
                    .doesNotContain(java.util.Base64.getEncoder().withoutPadding().encodeToString(bytes));
        }
    }

    @Test
    void anUnreadableRecordNamesTheKeyButNoValue() {
        store.setState(KEY, "v2:zz-SECRET");
        SharedOAuthTokens tokens = new SharedOAuthTokens(store, KEY, "app", SEALING);
        assertThatThrownBy(() -> tokens.obtain(null, "refresh-0", this::grant))
                .hasMessageContaining(KEY).hasMessageNotContaining("SECRET");
    }

    private static final class MemoryConditionalStore implements ConditionalStateRepository {
        private final Map<String, String> values = new HashMap<>();

        @Override
        public synchronized boolean compareAndSet(String key, String expected, String newValue) {
            String current = values.get(key);
            if (expected == null ? current != null : !expected.equals(current)) {
                return false;
            }
            values.put(key, newValue);
            return true;
        }

        @Override
        public synchronized void setState(String key, String value) {
            values.put(key, value);
        }

        @Override
        public synchronized String getState(String key) {
            return values.get(key);
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }
    }
}
