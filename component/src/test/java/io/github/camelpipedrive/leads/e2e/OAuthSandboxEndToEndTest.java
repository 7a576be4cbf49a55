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
import java.util.List;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.client.OAuthTokenProvider;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.sandbox.MutableClock;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OAuth 2 with refresh against the sandbox's token endpoint: first token, api_domain as base URL, expiry and the
 * 401-then-refresh path, refresh-token rotation kept in a store across restarts, and a failed grant that names the
 * grant but no secret.
 */
class OAuthSandboxEndToEndTest {

    private static final String CLIENT_ID = "camel-app";
    private static final String CLIENT_SECRET = "client-SECRET-xyz";
    private static final String INITIAL_REFRESH = "refresh-SECRET-0";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T08:00:00Z"));
    private PipedriveSandbox sandbox;
    private final StateRepository<String, String> store = new MemoryStateRepository();

    @BeforeEach
    void start() {
        sandbox = PipedriveSandbox.builder().clock(clock).oauthClient(CLIENT_ID, CLIENT_SECRET, INITIAL_REFRESH)
                .accessTokenTtl(Duration.ofHours(1)).build();
        sandbox.start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CamelContext context(String refreshToken) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getRegistry().bind("tokenStore", store);
        PipedriveLeadsConfiguration c = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class)
                .getConfiguration();
        // no baseUrl: requests must go to the api_domain of the token response (the sandbox)
        c.setClientId(CLIENT_ID);
        c.setClientSecret(CLIENT_SECRET);
        c.setRefreshToken(refreshToken);
        c.setTokenUrl(sandbox.baseUrl() + "/oauth/token");
        c.setOauthTokenStore(store);
        context.start();
        return context;
    }

    private Exchange sources(CamelContext context) {
        return context.createProducerTemplate().request("pipedrive-leads:getLeadSources", e -> { });
    }

    @Test
    void tokensAreObtainedRefreshedAfterExpiryAndRotatedAcrossRestarts() throws Exception {
        try (CamelContext context = context(INITIAL_REFRESH)) {
            Exchange first = sources(context);
            assertThat(first.getException()).isNull();
            assertThat(first.getMessage().getBody(List.class)).isNotEmpty();

            // the access token expires at the sandbox; the next call gets 401, refreshes once and retries
            clock.advance(Duration.ofHours(2));
            Exchange afterExpiry = sources(context);
            assertThat(afterExpiry.getException()).isNull();
        }
        assertThat(store.getState("pipedrive-leads/oauth/" + CLIENT_ID + "/"
                                  + OAuthTokenProvider.installationKey(null, INITIAL_REFRESH))).isNotBlank();

        // a restart with the (now used, so invalid) initial token still works: the newest one comes from the store
        try (CamelContext restarted = context(INITIAL_REFRESH)) {
            assertThat(sources(restarted).getException()).isNull();
        }
        assertThat(sandbox.requestLog()).noneMatch(line -> line.contains("SECRET"));
    }

    @Test
    void aRejectedGrantIsAClearErrorWithoutSecrets() throws Exception {
        try (CamelContext context = context("refresh-SECRET-unknown")) {
            Exchange failed = sources(context);
            assertThat(failed.getException()).isNotNull();
            String message = failed.getException().getMessage();
            assertThat(message).contains("refresh_token grant").contains(CLIENT_ID)
                    .doesNotContain(CLIENT_SECRET).doesNotContain("refresh-SECRET-unknown");
        }
    }
}
