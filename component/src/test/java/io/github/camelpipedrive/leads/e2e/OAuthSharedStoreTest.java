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
package io.github.camelpipedrive.leads.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.state.JdbcStateRepository;
import io.github.camelpipedrive.leads.state.PooledPostgres;
import io.github.camelpipedrive.leads.sandbox.MutableClock;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of one app (two CamelContexts, each with its own JdbcStateRepository instance over one PostgreSQL table)
 * share one rotating refresh token. Every time the access token expires both nodes call Pipedrive at the same moment:
 * exactly one refresh must reach the token endpoint, the other node must use the token it bought, and no call may
 * fail (a second refresh with the already rotated refresh token would be {@code invalid_grant}).
 */
class OAuthSharedStoreTest {

    private static final String CLIENT_ID = "shared-app";
    private static final String CLIENT_SECRET = "client-SECRET-shared";
    private static final String INITIAL_REFRESH = "refresh-SECRET-shared-0";
    private static final int EXPIRIES = 3;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T08:00:00Z"));
    private PipedriveSandbox sandbox;
    private final List<CamelContext> contexts = new ArrayList<>();
    private final String table = "oauth_shared_" + Long.toHexString(System.nanoTime());

    @BeforeEach
    void start() {
        sandbox = PipedriveSandbox.builder().clock(clock).oauthClient(CLIENT_ID, CLIENT_SECRET, INITIAL_REFRESH)
                .accessTokenTtl(Duration.ofMinutes(30)).build();
        sandbox.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (CamelContext context : contexts) {
            context.close();
        }
        sandbox.close();
    }

    private CamelContext node(String name) throws Exception {
        DataSource dataSource = PooledPostgres.dataSource(PooledPostgres.shared(), name);
        JdbcStateRepository store = new JdbcStateRepository(dataSource, table);
        store.start();
        CamelContext context = new DefaultCamelContext();
        PipedriveLeadsConfiguration c = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class)
                .getConfiguration();
        c.setClientId(CLIENT_ID);
        c.setClientSecret(CLIENT_SECRET);
        c.setRefreshToken(INITIAL_REFRESH);
        c.setTokenUrl(sandbox.baseUrl() + "/oauth/token");
        c.setOauthTokenStore(store);
        context.start();
        contexts.add(context);
        return context;
    }

    /** Both nodes call getLeadSources at the same moment; returns the failures (null when a call succeeded). */
    private List<Exception> callTogether(CamelContext a, CamelContext b) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Exception>> calls = new ArrayList<>();
        for (CamelContext context : List.of(a, b)) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return e;
                }
                Exchange exchange = context.createProducerTemplate().request("pipedrive-leads:getLeadSources",
                        e -> { });
                return exchange.getException();
            }));
        }
        go.countDown();
        List<Exception> failures = new ArrayList<>();
        for (CompletableFuture<Exception> call : calls) {
            failures.add(call.get(60, TimeUnit.SECONDS));
        }
        return failures;
    }

    private int refreshes() {
        return sandbox.requestCount("POST", "/oauth/token.*");
    }

    @Test
    void twoNodesSharingOneRefreshTokenRefreshOncePerExpiryAndNeverBurnTheRotatedToken() throws Exception {
        CamelContext a = node("oauth-a");
        CamelContext b = node("oauth-b");

        assertThat(callTogether(a, b)).containsOnlyNulls();
        assertThat(refreshes()).as("grants for the first access token of both nodes").isEqualTo(1);

        for (int expiry = 1; expiry <= EXPIRIES; expiry++) {
            clock.advance(Duration.ofHours(1));
            assertThat(callTogether(a, b)).as("calls after expiry %d", expiry).containsOnlyNulls();
            assertThat(refreshes()).as("grants after expiry %d", expiry).isEqualTo(1 + expiry);
        }
        assertThat(sandbox.requestLog()).noneMatch(line -> line.contains("SECRET"));
    }
}
