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
package io.github.camelpipedrive.leads.producer;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.PipedriveLeadsEndpoint;
import io.github.camelpipedrive.leads.client.OAuthTokenProvider;
import io.github.camelpipedrive.leads.client.StoredRefreshToken;
import io.github.camelpipedrive.leads.exception.PipedriveApiException;
import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * OAuth 2 refresh-token credentials: the component obtains access tokens from the token endpoint (form body, Basic
 * client credentials), sends them as Bearer, follows the account's api_domain, refreshes once after a 401, keeps the
 * rotated refresh token (in memory and in the oauthTokenStore) and shares one refresh between concurrent callers.
 * The component here has no API token and no base URL: every API request must reach WireMock through api_domain.
 */
class OAuthRefreshWireTest extends WireMockTestSupport {

    static final String CLIENT_ID = "camel-app-1";
    static final String CLIENT_SECRET = "s3cr3t-CLIENT-value";
    static final String INITIAL_REFRESH = "R0-initial-refresh";
    /** The installation is named by a hash of the configured refresh token (no oauthInstallationId set). */
    static final String STORE_KEY = "pipedrive-leads/oauth/" + CLIENT_ID + "/"
                                    + OAuthTokenProvider.installationKey(null, INITIAL_REFRESH);
    static final StoredRefreshToken SEALING = new StoredRefreshToken(CLIENT_SECRET, STORE_KEY);
    static final String LEAD_PATH = "/api/v1/leads/" + LEAD_ID;

    final MemoryStateRepository store = new MemoryStateRepository();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        PipedriveLeadsComponent component = camelContext.getComponent("pipedrive-leads",
                PipedriveLeadsComponent.class);
        component.getConfiguration().setApiToken(null);
        component.getConfiguration().setBaseUrl(null);
        camelContext.getRegistry().bind("tokenStore", store);
        return camelContext;
    }

    static String oauthUri(String leadId) {
        return "pipedrive-leads:getLead?id=" + leadId + "&clientId=" + CLIENT_ID + "&clientSecret=RAW(" + CLIENT_SECRET
               + ")&refreshToken=RAW(" + INITIAL_REFRESH + ")&tokenUrl=RAW(" + wireMock.baseUrl() + "/oauth/token)"
               + "&oauthTokenStore=#tokenStore";
    }

    static String oauthUri() {
        return oauthUri(LEAD_ID);
    }

    // ---------------------------------------------------------------- first use

    @Test
    void firstCallObtainsATokenAndUsesItAsBearerAgainstApiDomain() {
        stubTokens(1, 3599);
        stubLead("ACCESS-1", 200);

        Exchange exchange = call(oauthUri());

        List<LoggedRequest> requests = requests();
        assertThat(requests).hasSize(2);
        LoggedRequest token = requests.get(0);
        assertThat(token.getMethod()).isEqualTo(RequestMethod.POST);
        assertThat(token.getUrl()).isEqualTo("/oauth/token");
        assertThat(token.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(token.getBodyAsString()).isEqualTo("grant_type=refresh_token&refresh_token=" + INITIAL_REFRESH);
        assertThat(token.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)));
        assertThat(token.getUrl()).doesNotContain(CLIENT_SECRET, INITIAL_REFRESH);

        LoggedRequest api = requests.get(1);
        assertThat(api.getMethod()).isEqualTo(RequestMethod.GET);
        assertThat(api.getUrl()).isEqualTo(LEAD_PATH);
        assertThat(api.getHeader("Authorization")).isEqualTo("Bearer ACCESS-1");
        assertThat(api.containsHeader("x-api-token")).isFalse();
        assertThat(api.getQueryParams()).doesNotContainKey("api_token");
        assertThat(exchange.getMessage().getBody(Lead.class).getId()).isEqualTo(LEAD_ID);

        PipedriveLeadsEndpoint endpoint = context.getEndpoint(oauthUri(), PipedriveLeadsEndpoint.class);
        assertThat(endpoint.getConfiguration().getBaseUrl()).as("no base URL configured").isNull();
        assertThat(endpoint.getApiClient().baseUrl()).as("api_domain of the token response")
                .isEqualTo(wireMock.baseUrl());
    }

    @Test
    void aValidTokenIsReusedAndTheRotatedRefreshTokenIsStoredSealed() {
        stubTokens(1, 3599);
        stubLead("ACCESS-1", 200);

        call(oauthUri());
        call(oauthUri());
        call(oauthUri());

        assertThat(tokenRequests()).hasSize(1);
        assertThat(apiRequests()).hasSize(3).allSatisfy(
                r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer ACCESS-1"));
        assertThat(stored()).isEqualTo("R-1");
        assertThat(store.getState(STORE_KEY)).as("the raw stored value").doesNotContain("R-1", hex("R-1"));
    }

    @Test
    void aStoredRefreshTokenWinsOverTheConfiguredOne() {
        store.setState(STORE_KEY, SEALING.seal("R-stored-by-last-run"));
        stubTokens(1, 3599);
        stubLead("ACCESS-1", 200);

        call(oauthUri());

        assertThat(tokenRequests()).singleElement().extracting(LoggedRequest::getBodyAsString)
                .isEqualTo("grant_type=refresh_token&refresh_token=R-stored-by-last-run");
        assertThat(stored()).isEqualTo("R-1");
    }

    @Test
    void withoutAStoreTheRotatedRefreshTokenIsKeptInMemory() {
        stubTokens(10, 1);
        wireMock.stubFor(get(LEAD_PATH).willReturn(json(200, success(leadJson(LEAD_ID)))));
        String uri = oauthUri().replace("&oauthTokenStore=#tokenStore", "");

        call(uri);
        call(uri);

        List<LoggedRequest> tokens = tokenRequests();
        assertThat(tokens.size()).isGreaterThanOrEqualTo(2);
        assertThat(tokens.get(0).getBodyAsString()).endsWith("refresh_token=" + INITIAL_REFRESH);
        for (int i = 1; i < tokens.size(); i++) {
            assertThat(tokens.get(i).getBodyAsString()).as("grant %d uses the token rotated by grant %d", i + 1, i)
                    .isEqualTo("grant_type=refresh_token&refresh_token=R-" + i);
        }
        assertThat(store.getState(STORE_KEY)).isNull();
    }

    // ---------------------------------------------------------------- 401

    @Test
    void a401TriggersOneRefreshWithTheRotatedTokenAndOneRetry() throws Exception {
        stubTokens(2, 3599);
        stubLead("ACCESS-1", 200);
        call(oauthUri());
        stubLead("ACCESS-1", 401);
        stubLead("ACCESS-2", 200);

        Exchange exchange = call(oauthUri());

        assertThat(exchange.getMessage().getBody(Lead.class).getId()).isEqualTo(LEAD_ID);
        List<LoggedRequest> tokens = tokenRequests();
        assertThat(tokens).hasSize(2);
        assertThat(tokens.get(1).getBodyAsString()).as("the refresh token rotated by the first grant")
                .isEqualTo("grant_type=refresh_token&refresh_token=R-1");
        assertThat(apiRequests()).extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer ACCESS-1", "Bearer ACCESS-1", "Bearer ACCESS-2");
        assertThat(stored()).isEqualTo("R-2");
    }

    @Test
    void aPersistent401IsRetriedOnceOnlyAndThenRaised() throws Exception {
        stubTokens(3, 3599);
        stubLead("ACCESS-1", 200);
        call(oauthUri());
        wireMock.stubFor(get(LEAD_PATH).willReturn(json(401,
                "{\"success\":false,\"error\":\"unauthorized access\",\"errorCode\":401}")));

        Exchange exchange = send(oauthUri(), null);

        assertThat(exchange.getException()).isInstanceOf(PipedriveApiException.class);
        assertThat(((PipedriveApiException) exchange.getException()).getStatusCode()).isEqualTo(401);
        assertThat(tokenRequests()).as("the first grant and one refresh").hasSize(2);
        assertThat(apiRequests()).extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer ACCESS-1", "Bearer ACCESS-1", "Bearer ACCESS-2");
    }

    // ---------------------------------------------------------------- expiry

    @Test
    void aTokenExpiringWithinTheEarlyRefreshMarginIsRefreshedForEveryCall() {
        stubTokens(10, 1);
        wireMock.stubFor(get(LEAD_PATH).willReturn(json(200, success(leadJson(LEAD_ID)))));

        call(oauthUri());
        call(oauthUri());
        call(oauthUri());

        List<LoggedRequest> api = apiRequests();
        assertThat(api).hasSize(3);
        assertThat(api).extracting(r -> r.getHeader("Authorization")).doesNotHaveDuplicates();
        assertThat(tokenRequests()).as("at least one grant per call").hasSizeGreaterThanOrEqualTo(3);
        // every API request went out with the token of the grant just before it
        List<LoggedRequest> all = requests();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getUrl().equals(LEAD_PATH)) {
                assertThat(all.get(i - 1).getUrl()).isEqualTo("/oauth/token");
            }
        }
    }

    @Test
    void aTokenExpiringWithinTheEarlyRefreshMarginCostsExactlyOneGrantPerCall() {
        stubTokens(10, 1);
        wireMock.stubFor(get(LEAD_PATH).willReturn(json(200, success(leadJson(LEAD_ID)))));

        call(oauthUri());
        call(oauthUri());
        call(oauthUri());

        assertThat(tokenRequests()).hasSize(3);
        assertThat(apiRequests()).extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer ACCESS-1", "Bearer ACCESS-2", "Bearer ACCESS-3");
    }

    // ---------------------------------------------------------------- token endpoint errors

    @Test
    void aRejectedGrantNamesTheGrantAndRevealsNoSecret() {
        wireMock.stubFor(post("/oauth/token").willReturn(json(400,
                "{\"error\":\"invalid_grant\",\"message\":\"Invalid grant: refresh token is invalid\"}")));

        Exchange exchange = send(oauthUri(), null);

        Exception e = exchange.getException();
        assertThat(e).isInstanceOf(PipedriveLeadsException.class);
        assertThat(e.getMessage()).contains("refresh_token", "invalid_grant", "400", CLIENT_ID)
                .doesNotContain(CLIENT_SECRET, INITIAL_REFRESH);
        assertThat(String.valueOf(e)).doesNotContain(CLIENT_SECRET, INITIAL_REFRESH);
        assertThat(apiRequests()).as("no API request without a token").isEmpty();
        assertThat(tokenRequests()).hasSize(1);
        assertThat(store.getState(STORE_KEY)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "201|{\"access_token\":\"NEW-ACCESS-9\",\"token_type\":\"Bearer\",\"refresh_token\":\"NEW-REFRESH-10\",\"expires_in\":3599,\"api_domain\":\"API\"}",
        "200|{\"data\":{\"access_token\":\"NEW-ACCESS-9\",\"refresh_token\":\"NEW-REFRESH-10\"}}",
        "200|{\"access_token\":\"NEW-ACCESS-9\",\"refresh_token\":\"NEW-REFRESH-10\",\"expires_in\":NaN}",
        "200|{'access_token':'NEW-ACCESS-9','refresh_token':'NEW-REFRESH-10'}",
        "200|{\"access_token\":\"\",\"refresh_token\":\"NEW-REFRESH-10\"}",
        "400|{\"error\":\"invalid_request NEW-ACCESS-9\",\"access_token\":\"NEW-ACCESS-9\",\"refresh_token\":\"NEW-REFRESH-10\"}",
    })
    void anUnusualTokenAnswerNeverPutsTheTokensItHoldsIntoAMessage(String answer) {
        int status = Integer.parseInt(answer.substring(0, 3));
        String body = answer.substring(4).replace("API", wireMock.baseUrl());
        wireMock.stubFor(post("/oauth/token").willReturn(json(status, body)));
        wireMock.stubFor(get(LEAD_PATH).willReturn(json(200, success(leadJson(LEAD_ID)))));

        Exchange exchange = send(oauthUri(), null);

        if (status == 201) {
            assertThat(exchange.getException()).as("any 2xx token response is one").isNull();
            assertThat(apiRequests()).extracting(r -> r.getHeader("Authorization")).containsExactly("Bearer NEW-ACCESS-9");
            return;
        }
        assertThat(exchange.getException()).isInstanceOf(PipedriveLeadsException.class);
        assertThat(apiRequests()).as("no request with an empty or unknown token").isEmpty();
        for (Throwable t = exchange.getException(); t != null; t = t.getCause()) {
            assertThat(String.valueOf(t)).contains(status == 200 ? "not shown" : "invalid_request")
                    .doesNotContain("NEW-ACCESS-9", "NEW-REFRESH-10", CLIENT_SECRET, INITIAL_REFRESH);
        }
    }

    @Test
    void aLifetimeThatIsOverAlreadyIsTakenAsAnHour() {
        wireMock.stubFor(post("/oauth/token").willReturn(json(200, "{\"access_token\":\"ACCESS-1\",\"token_type\":"
                + "\"Bearer\",\"expires_in\":-5,\"api_domain\":\"" + wireMock.baseUrl() + "\"}")));
        wireMock.stubFor(get(LEAD_PATH).willReturn(json(200, success(leadJson(LEAD_ID)))));

        call(oauthUri());
        call(oauthUri());

        assertThat(tokenRequests()).as("one grant, not one per call").hasSize(1);
    }

    // ---------------------------------------------------------------- concurrency

    @Test
    void concurrentProducersShareASingleRefresh() throws Exception {
        wireMock.stubFor(post("/oauth/token").willReturn(json(200, tokenJson(1, 3599)).withFixedDelay(300)));
        wireMock.stubFor(get(urlPathMatching("/api/v1/leads/.*"))
                .willReturn(json(200, success(leadJson(LEAD_ID)))));
        int threads = 8;
        List<String> uris = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            // eight endpoints (different lead ids) of one component
            uris.add(oauthUri("00000000-0000-4000-8000-00000000000" + i));
            context.getEndpoint(uris.get(i)).start();
        }
        CyclicBarrier barrier = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Exchange>> results = new ArrayList<>();
            for (String uri : uris) {
                results.add(pool.submit(() -> {
                    barrier.await(5, TimeUnit.SECONDS);
                    return send(uri, null);
                }));
            }
            for (Future<Exchange> result : results) {
                assertThat(result.get(20, TimeUnit.SECONDS).getException()).isNull();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(tokenRequests()).hasSize(1);
        assertThat(apiRequests()).hasSize(threads).allSatisfy(r -> {
            assertThat(r.getHeader("Authorization")).isEqualTo("Bearer ACCESS-1");
            assertThat(r.containsHeader("x-api-token")).isFalse();
        });
    }

    // ---------------------------------------------------------------- the token store in logs

    @Test
    void aRefreshTokenKeptInCamelsFileStateRepositoryNeverAppearsInItsDebugLogNorItsFile(@TempDir Path dir)
            throws Exception {
        File file = dir.resolve("oauth-tokens.dat").toFile();
        FileStateRepository fileStore = FileStateRepository.fileStateRepository(file);
        fileStore.start();
        // credentials on the component, as the docs ask (Camel itself logs endpoint URIs at TRACE)
        PipedriveLeadsConfiguration c = component().getConfiguration();
        c.setClientId(CLIENT_ID);
        c.setClientSecret(CLIENT_SECRET);
        c.setRefreshToken(INITIAL_REFRESH);
        c.setTokenUrl(wireMock.baseUrl() + "/oauth/token");
        c.setOauthTokenStore(fileStore);
        stubTokens(2, 3599);
        stubLead("ACCESS-1", 200);
        String uri = "pipedrive-leads:getLead?id=" + LEAD_ID;

        try (LogCapture logs = LogCapture.of(Level.TRACE, "org.apache.camel", "io.github.camelpipedrive")) {
            call(uri);
            // FileStateRepository logs each update at DEBUG, value included
            assertThat(logs.text()).contains("oauth");
            assertThat(logs.text()).doesNotContain("R-1", hex("R-1"), INITIAL_REFRESH, hex(INITIAL_REFRESH));
        } finally {
            fileStore.stop();
        }
        assertThat(Files.readString(file.toPath())).contains(STORE_KEY).doesNotContain("R-1", hex("R-1"));
        FileStateRepository restarted = FileStateRepository.fileStateRepository(file);
        restarted.start();
        assertThat(SEALING.open(restarted.getState(STORE_KEY))).as("what a restart reads back").isEqualTo("R-1");
        restarted.stop();
    }

    // ---------------------------------------------------------------- api_domain

    @ParameterizedTest
    @ValueSource(strings = {
            "https://api.pipedrive.com.evil.example",
            "https://evil.example#.pipedrive.com",
            "https://evil.example/.pipedrive.com",
            "https://evil.example?.pipedrive.com",
            "https://api.pipedrive.com@evil.example",
            "https://evil.example\\@api.pipedrive.com",
            "http://acme.pipedrive.com",
            "https://acme.pipedrive.com:8443",
            "https://pipedrive.com.",
            "javascript:alert(1)",
            "https://evilpipedrive.com" })
    void anApiDomainOutsidePipedriveIsRefusedAndNoTokenGoesThere(String apiDomain) {
        wireMock.stubFor(post("/oauth/token").willReturn(json(200, """
                {"access_token": "ACCESS-1", "token_type": "Bearer", "expires_in": 3599, "refresh_token": "R-1",
                 "api_domain": "%s"}
                """.formatted(apiDomain.replace("\\", "\\\\")))));

        PipedriveLeadsEndpoint endpoint = context.getEndpoint(oauthUri(), PipedriveLeadsEndpoint.class);

        assertThatThrownBy(() -> endpoint.getApiClient().baseUrl()).isInstanceOf(PipedriveLeadsException.class)
                .hasMessageContaining("api_domain").hasMessageNotContaining("ACCESS-1");
        assertThat(apiRequests()).isEmpty();
        assertThat(stored()).as("the rotated refresh token is kept all the same").isEqualTo("R-1");
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://acme.pipedrive.com", "https://ACME.pipedrive.com/", "https://pipedrive.com",
                             "https://api.pipedrive.com:443" })
    void pipedriveHostsAreAccepted(String apiDomain) {
        wireMock.stubFor(post("/oauth/token").willReturn(json(200, """
                {"access_token": "ACCESS-1", "expires_in": 3599, "refresh_token": "R-1", "api_domain": "%s"}
                """.formatted(apiDomain))));

        PipedriveLeadsEndpoint endpoint = context.getEndpoint(oauthUri(), PipedriveLeadsEndpoint.class);

        assertThat(endpoint.getApiClient().baseUrl()).isEqualTo(apiDomain.replaceAll("/$", ""));
    }

    @Test
    void aHostInAllowedApiDomainsIsAccepted() {
        wireMock.stubFor(post("/oauth/token").willReturn(json(200, """
                {"access_token": "ACCESS-1", "expires_in": 3599, "refresh_token": "R-1",
                 "api_domain": "https://pipedrive-proxy.internal.example:8443"}
                """)));

        PipedriveLeadsEndpoint endpoint = context.getEndpoint(oauthUri()
                + "&allowedApiDomains=other.example,*.internal.example", PipedriveLeadsEndpoint.class);

        assertThat(endpoint.getApiClient().baseUrl()).isEqualTo("https://pipedrive-proxy.internal.example:8443");
    }

    // ---------------------------------------------------------------- helpers

    /** Token responses ACCESS-1/R-1, ACCESS-2/R-2, ... for successive grants; further grants get 404. */
    @Test
    void aTokenRotatedOutIsStillRedactedWhenAServerEchoesIt() {
        stubTokens(2, 3599);
        stubLead("ACCESS-1", 401); // refused: the component refreshes and ACCESS-2 replaces ACCESS-1
        wireMock.stubFor(get(LEAD_PATH).withHeader("Authorization", equalTo("Bearer ACCESS-2"))
                .willReturn(json(400, "{\"success\":false,\"error\":\"tokens seen: ACCESS-1 then ACCESS-2\"}")));

        Exchange exchange = send(oauthUri(), null);

        assertThat(exchange.getException()).hasMessageContaining("tokens seen")
                .hasMessageNotContaining("ACCESS-1").hasMessageNotContaining("ACCESS-2");
    }

    static void stubTokens(int grants, long expiresIn) {
        for (int i = 1; i <= grants; i++) {
            wireMock.stubFor(post("/oauth/token").inScenario("tokens")
                    .whenScenarioStateIs(i == 1 ? Scenario.STARTED : "grant-" + i)
                    .willSetStateTo("grant-" + (i + 1))
                    .willReturn(json(200, tokenJson(i, expiresIn))));
        }
    }

    static String tokenJson(int n, long expiresIn) {
        return """
                {"access_token": "ACCESS-%d", "token_type": "Bearer", "expires_in": %d, "refresh_token": "R-%d",
                 "scope": "leads:full", "api_domain": "%s"}
                """.formatted(n, expiresIn, n, wireMock.baseUrl());
    }

    /** The lead answers {@code status} to requests with this bearer token. */
    static void stubLead(String accessToken, int status) {
        String body = status == 200 ? success(leadJson(LEAD_ID))
                : "{\"success\":false,\"error\":\"unauthorized access\",\"errorCode\":401}";
        wireMock.stubFor(get(LEAD_PATH).withHeader("Authorization", equalTo("Bearer " + accessToken))
                .willReturn(json(status, body)));
    }

    static List<LoggedRequest> tokenRequests() {
        return requests().stream().filter(r -> r.getUrl().equals("/oauth/token")).toList();
    }

    static List<LoggedRequest> apiRequests() {
        return requests().stream().filter(r -> r.getUrl().startsWith("/api/")).toList();
    }

    /** The refresh token in the store, unsealed. */
    String stored() {
        return SEALING.open(store.getState(STORE_KEY));
    }

    static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

}
