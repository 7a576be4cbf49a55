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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.github.camelpipedrive.leads.exception.PipedriveApiException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server (a proxy, a gateway, a wrong base URL) that answers with the request it received: the api token, the
 * bearer token, a grant's refresh token or the client's Basic credentials come back in an error text, an HTML page
 * or a value Jackson quotes. None of them may reach an exception message, its causes, or the error fields.
 */
class EchoedCredentialsWireTest extends WireMockTestSupport {

    static final String LEAD_PATH = "/api/v1/leads/" + LEAD_ID;
    static final String GET_LEAD = "pipedrive-leads:getLead?id=" + LEAD_ID + "&maxRetries=0";

    @Test
    void anErrorTextEchoingTheApiTokenIsRedactedInTheMessageAndTheErrorFields() {
        stub(get(LEAD_PATH), 400, "{\"success\":false,\"error\":\"bad request: GET " + LEAD_PATH + " | X-api-token: "
                                  + TOKEN + "\",\"error_info\":\"token was " + TOKEN + "\",\"errorCode\":400}");

        Exchange exchange = send(GET_LEAD, null);

        PipedriveApiException failure = (PipedriveApiException) exchange.getException();
        assertThat(failure).hasMessageContaining("bad request").hasMessageContaining("xxxxxx");
        assertNoTokenIn(failure, TOKEN);
        assertThat(failure.getError()).contains("X-api-token: xxxxxx").doesNotContain(TOKEN);
        assertThat(failure.getErrorInfo()).doesNotContain(TOKEN);
    }

    @Test
    void anErrorTextEchoingTheApiTokenJsonEscapedIsWithheldOnceParsed() {
        // the raw body has no literal token: "\u002D" is the JSON escape of its dashes
        String escaped = TOKEN.replace("-", "\\u002D");
        stub(get(LEAD_PATH), 401, "{\"success\":false,\"error\":\"unauthorized: X-api-token: " + escaped
                                  + "\",\"error_info\":\"" + escaped + "\",\"errorCode\":401}");

        Exchange exchange = send(GET_LEAD, null);

        PipedriveApiException failure = (PipedriveApiException) exchange.getException();
        assertNoTokenIn(failure, TOKEN);
        assertThat(failure).hasMessageContaining("withheld");
        assertThat(String.valueOf(failure.getError())).doesNotContain(TOKEN);
        assertThat(String.valueOf(failure.getErrorInfo())).doesNotContain(TOKEN);
    }

    @Test
    void anHtmlPageEchoingTheApiTokenIsRedacted() {
        wireMock.stubFor(get(LEAD_PATH).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<html><title>" + TOKEN + "</title><body>X-api-token: " + TOKEN + "</body></html>")));

        Exchange exchange = send(GET_LEAD, null);

        assertThat(exchange.getException()).isNotNull();
        assertNoTokenIn(exchange.getException(), TOKEN);
    }

    @Test
    void aSuccessWhoseTimestampIsTheTokenIsRedactedInTheMessageAndItsCauses() {
        // Jackson's message quotes the value it could not bind: here the token, where a timestamp belongs
        stub(get(LEAD_PATH), 200, "{\"success\":true,\"data\":{\"id\":\"" + LEAD_ID + "\",\"add_time\":\""
                                  + TOKEN + "\"}}");

        Exchange exchange = send(GET_LEAD, null);

        assertThat(exchange.getException()).hasMessageContaining("getLead");
        assertNoTokenIn(exchange.getException(), TOKEN);
    }

    @Test
    void aTokenEndpointEchoingTheGrantRedactsTheRefreshTokenTheClientSecretAndTheBasicCredentials() {
        context.getComponent("pipedrive-leads", io.github.camelpipedrive.leads.PipedriveLeadsComponent.class)
                .getConfiguration().setApiToken(null);
        context.getRegistry().bind("tokenStore", new org.apache.camel.support.processor.state.MemoryStateRepository());
        String basic = Base64.getEncoder().encodeToString((OAuthRefreshWireTest.CLIENT_ID + ":"
                                                            + OAuthRefreshWireTest.CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        wireMock.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant: POST /oauth/token | Authorization: Basic " + basic
                          + " | body: grant_type=refresh_token&refresh_token=" + OAuthRefreshWireTest.INITIAL_REFRESH
                          + " | secret " + OAuthRefreshWireTest.CLIENT_SECRET + "\"}")));

        Exchange exchange = send(OAuthRefreshWireTest.oauthUri(), null);

        assertThat(exchange.getException()).hasMessageContaining("invalid_grant");
        assertNoTokenIn(exchange.getException(), OAuthRefreshWireTest.INITIAL_REFRESH,
                OAuthRefreshWireTest.CLIENT_SECRET, basic);
    }

    @Test
    void aProxyEchoingItsOwnCredentialsIsRedacted() {
        String password = "proxy-pass-SECRET-789";
        String basic = Base64.getEncoder().encodeToString(("proxyuser:" + password).getBytes(StandardCharsets.UTF_8));
        // WireMock plays the proxy: it asks for credentials, then answers the retry with an error echoing them
        wireMock.stubFor(get(LEAD_PATH).withHeader("Proxy-Authorization", absent()).willReturn(aResponse()
                .withStatus(407).withHeader("Proxy-Authenticate", "Basic realm=\"proxy\"")));
        wireMock.stubFor(get(LEAD_PATH).withHeader("Proxy-Authorization", equalTo("Basic " + basic))
                .willReturn(aResponse().withStatus(502).withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":false,\"error\":\"bad gateway: Proxy-Authorization: Basic " + basic
                                  + " (password " + password + ")\",\"errorCode\":502}")));

        Exchange exchange = send(GET_LEAD + "&proxyHost=127.0.0.1&proxyPort=" + wireMock.port()
                                 + "&proxyAuthUsername=proxyuser&proxyAuthPassword=RAW(" + password + ")", null);

        assertThat(exchange.getException()).hasMessageContaining("bad gateway");
        wireMock.verify(getRequestedFor(urlPathEqualTo(LEAD_PATH)).withHeader("Proxy-Authorization",
                equalTo("Basic " + basic)));
        assertNoTokenIn(exchange.getException(), password, basic);
    }

    @Test
    void aChallengeHeaderEchoingTheTokenIsNeverParsedNorLoggedByHttpClient() throws Exception {
        // a malformed challenge makes HttpClient's authentication handler log it at WARN, and DEBUG logs the rest
        String echo = "Bearer error=\"invalid_token\" , ,, \"GET " + LEAD_PATH + " ; x-api-token: " + TOKEN + "\"";
        wireMock.stubFor(get(LEAD_PATH).willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", echo)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\":false,\"error\":\"unauthorized\",\"errorCode\":401}")));

        try (LogCapture logs = LogCapture.of(org.apache.logging.log4j.Level.TRACE, "", "org.apache.hc")) {
            assertThat(send(GET_LEAD, null).getException()).isInstanceOf(PipedriveApiException.class);
            // with a proxy that needs credentials HttpClient's authentication runs: the API's challenges are dropped
            assertThat(send(GET_LEAD + "&proxyHost=127.0.0.1&proxyPort=" + wireMock.port()
                            + "&proxyAuthUsername=proxyuser&proxyAuthPassword=RAW(proxy-pass-SECRET-789)", null)
                    .getException()).isInstanceOf(PipedriveApiException.class);

            assertThat(logs.text()).doesNotContain(TOKEN).doesNotContain("invalid_token");
        }
    }

    /** Nowhere in the message of the failure or of any of its causes. */
    private static void assertNoTokenIn(Throwable failure, String... secrets) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            messages.add(t.getClass().getName() + ": " + t.getMessage());
        }
        for (String secret : secrets) {
            assertThat(messages).as(secret).noneMatch(m -> m.contains(secret));
        }
    }
}
