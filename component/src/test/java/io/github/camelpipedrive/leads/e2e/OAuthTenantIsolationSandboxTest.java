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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
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
 * One OAuth app (one client id) installed by two Pipedrive companies, as Pipedrive runs it: one token URL for every
 * company, a refresh token per installation, and each token response naming the company's own api_domain. Each
 * company is a sandbox of its own; a small token router in front of them plays oauth.pipedrive.com (it hands a grant
 * to the company whose refresh token it is). The component must keep the two installations apart: endpoints of one
 * component side by side, and two components sharing one token store.
 */
class OAuthTenantIsolationSandboxTest {

    private static final String CLIENT_ID = "one-app";
    private static final String CLIENT_SECRET = "app-SECRET";
    private static final String REFRESH_A = "refresh-of-company-A";
    private static final String REFRESH_B = "refresh-of-company-B";

    private PipedriveSandbox companyA;
    private PipedriveSandbox companyB;
    private HttpServer tokenRouter;
    private String leadA;
    private String leadB;

    @BeforeEach
    void start() throws IOException {
        companyA = PipedriveSandbox.builder().seed(11).oauthClient(CLIENT_ID, CLIENT_SECRET, REFRESH_A).build();
        companyB = PipedriveSandbox.builder().seed(22).oauthClient(CLIENT_ID, CLIENT_SECRET, REFRESH_B).build();
        companyA.start();
        companyB.start();
        leadA = companyA.createLead("Lead of company A", 1, null);
        leadB = companyB.createLead("Lead of company B", 1, null);
        tokenRouter = startTokenRouter(companyA.baseUrl(), companyB.baseUrl());
    }

    @AfterEach
    void stop() {
        tokenRouter.stop(0);
        companyA.close();
        companyB.close();
    }

    @Test
    void twoCompaniesOfOneAppUsedSideBySideByOneComponentEachGetTheirOwnToken() throws Exception {
        try (CamelContext context = context(null)) {
            // both endpoints are started before either is used, as routes are
            String uriA = "pipedrive-leads:getLead?id=" + leadA + "&refreshToken=RAW(" + REFRESH_A + ")";
            String uriB = "pipedrive-leads:getLead?id=" + leadB + "&refreshToken=RAW(" + REFRESH_B + ")";
            context.getEndpoint(uriA).start();
            context.getEndpoint(uriB).start();

            assertThat(title(context, uriA)).isEqualTo("Lead of company A");
            assertThat(title(context, uriB)).isEqualTo("Lead of company B");
            assertThat(title(context, uriA)).isEqualTo("Lead of company A");
        }
        assertThat(companyA.requestCount("GET", "/api/v1/leads/.*")).as("requests company A received").isEqualTo(2);
        assertThat(companyB.requestCount("GET", "/api/v1/leads/.*")).as("requests company B received").isEqualTo(1);
    }

    @Test
    void twoComponentsSharingOneTokenStoreKeepTheirCompaniesApartAcrossRestarts() throws Exception {
        StateRepository<String, String> sharedStore = new MemoryStateRepository();
        for (int run = 1; run <= 2; run++) {
            // the second run starts again from the configured (now spent) refresh tokens: only the store has the
            // newest ones, each under its own installation
            try (CamelContext contextA = context(sharedStore); CamelContext contextB = context(sharedStore)) {
                String uriA = "pipedrive-leads:getLead?id=" + leadA + "&refreshToken=RAW(" + REFRESH_A + ")";
                String uriB = "pipedrive-leads:getLead?id=" + leadB + "&refreshToken=RAW(" + REFRESH_B + ")";
                assertThat(title(contextA, uriA)).as("run %d, company A", run).isEqualTo("Lead of company A");
                assertThat(title(contextB, uriB)).as("run %d, company B", run).isEqualTo("Lead of company B");
            }
        }
        assertThat(companyA.requestCount("GET", "/api/v1/leads/.*")).isEqualTo(2);
        assertThat(companyB.requestCount("GET", "/api/v1/leads/.*")).isEqualTo(2);
    }

    @Test
    void aConfiguredInstallationNameKeepsTheStoredTokenWhenTheConfiguredOneChanges() throws Exception {
        StateRepository<String, String> store = new MemoryStateRepository();
        String uri = "pipedrive-leads:getLead?id=" + leadB + "&oauthInstallationId=company-b&refreshToken=RAW(%s)";
        try (CamelContext context = context(store)) {
            assertThat(title(context, uri.formatted(REFRESH_B))).isEqualTo("Lead of company B");
        }
        // a redeployment with another (stale) configured token still finds the newest one under the name
        try (CamelContext context = context(store)) {
            assertThat(title(context, uri.formatted("stale-token-from-an-old-vault-entry")))
                    .isEqualTo("Lead of company B");
        }
    }

    private CamelContext context(StateRepository<String, String> store) throws Exception {
        CamelContext context = new DefaultCamelContext();
        PipedriveLeadsConfiguration c = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class)
                .getConfiguration();
        // no baseUrl: each request goes to the api_domain of its installation's token response
        c.setClientId(CLIENT_ID);
        c.setClientSecret(CLIENT_SECRET);
        c.setTokenUrl("http://127.0.0.1:" + tokenRouter.getAddress().getPort() + "/oauth/token");
        c.setOauthTokenStore(store);
        c.setMaxRetries(0);
        context.start();
        return context;
    }

    private static String title(CamelContext context, String uri) {
        Exchange exchange = context.createProducerTemplate().request(uri, e -> { });
        if (exchange.getException() != null) {
            throw new AssertionError(uri.replaceAll("refreshToken=RAW\\([^)]*\\)", "refreshToken=***") + " failed",
                    exchange.getException());
        }
        return exchange.getMessage().getBody(Lead.class).getTitle();
    }

    /**
     * The shared token endpoint: a grant goes to company A's sandbox and, when A does not know the refresh token,
     * to company B's; the answer of the company that knew it is returned as it is (with its api_domain).
     */
    private static HttpServer startTokenRouter(String... companies) throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth/token", exchange -> route(exchange, client, List.of(companies)));
        server.start();
        return server;
    }

    private static void route(HttpExchange exchange, HttpClient client, List<String> companies) throws IOException {
        byte[] form;
        try (InputStream in = exchange.getRequestBody()) {
            form = in.readAllBytes();
        }
        HttpResponse<byte[]> answer = null;
        try {
            for (String company : companies) {
                answer = client.send(HttpRequest.newBuilder(URI.create(company + "/oauth/token"))
                        .header("Content-Type", exchange.getRequestHeaders().getFirst("Content-Type"))
                        .header("Authorization", exchange.getRequestHeaders().getFirst("Authorization"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(form)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() == 200) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.statusCode(), answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }
}
