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

import java.time.Duration;
import java.util.List;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Representative routes (producer success and failures, a consumer, OAuth with refresh, a credential in a URI) with
 * every logger at TRACE, HttpClient's header and wire loggers included: no credential may appear anywhere in the
 * captured output, in exception messages or in thread names.
 */
class SecretsNeverLeakTest {

    private static final String API_TOKEN = "apitok-SECRET-4f1c";
    private static final String URI_TOKEN = "uritok-SECRET-77aa";
    private static final String CLIENT_SECRET = "client-SECRET-9b2e";
    private static final String REFRESH_TOKEN = "refresh-SECRET-31d0";
    private static final List<String> SECRETS = List.of(API_TOKEN, URI_TOKEN, CLIENT_SECRET, REFRESH_TOKEN, "SECRET");

    private PipedriveSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = PipedriveSandbox.builder().apiToken(API_TOKEN).oauthClient("leak-test-app", CLIENT_SECRET,
                REFRESH_TOKEN).accessTokenTtl(Duration.ofSeconds(30)).build();
        sandbox.start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void noCredentialAppearsInLogsAtTraceExceptionsOrThreadNames() throws Exception {
        StringBuilder exceptions = new StringBuilder();
        try (LogCapture logs = LogCapture.of(Level.TRACE, "", "org.apache.hc", "org.apache.camel",
                "io.github.camelpipedrive")) {
            try (CamelContext context = new DefaultCamelContext()) {
                PipedriveLeadsConfiguration c = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class)
                        .getConfiguration();
                c.setBaseUrl(sandbox.baseUrl());
                c.setApiToken(API_TOKEN);
                c.setTokenUrl(sandbox.baseUrl() + "/oauth/token");
                // a second component instance configured for OAuth, as an app would register it
                PipedriveLeadsComponent oauth = new PipedriveLeadsComponent();
                PipedriveLeadsConfiguration o = oauth.getConfiguration();
                o.setBaseUrl(sandbox.baseUrl());
                o.setClientId("leak-test-app");
                o.setClientSecret(CLIENT_SECRET);
                o.setRefreshToken(REFRESH_TOKEN);
                o.setTokenUrl(sandbox.baseUrl() + "/oauth/token");
                o.setOauthTokenStore(new MemoryStateRepository());
                context.addComponent("pipedrive-oauth", oauth);
                String lead = sandbox.createLead("Leak check", 1, null);
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("pipedrive-leads:getLeads?startFrom=beginning&delay=50&repeatCount=2").routeId("feed")
                                .log("lead ${body.title}");
                        from("direct:oauth").to("pipedrive-oauth:getLeadSources");
                    }
                });
                context.start();
                record(exceptions, context.createProducerTemplate().request("pipedrive-leads:getLead",
                        e -> e.getMessage().setHeader("CamelPipedriveLeadsId", lead)));
                record(exceptions, context.createProducerTemplate().request("pipedrive-leads:getLead",
                        e -> e.getMessage().setHeader("CamelPipedriveLeadsId", "0b8e1f5a-7c41-4a8e-9f3e-2d6f0c9a1b77")));
                record(exceptions, context.createProducerTemplate().request("direct:oauth", e -> { }));
                record(exceptions, context.createProducerTemplate().request("pipedrive-leads:addLead",
                        e -> e.getMessage().setBody("{\"title\":\"no person\"}")));
                context.getEndpoints().forEach(endpoint -> exceptions.append(endpoint).append('\n'));
                Thread.getAllStackTraces().keySet().forEach(t -> exceptions.append(t.getName()).append('\n'));
            }
            String everything = logs.text() + "\n" + exceptions;
            assertThat(logs.events()).as("something was captured at TRACE").isNotEmpty();
            assertThat(logs.text()).as("HttpClient was active").contains("org.apache.hc");
            for (String secret : SECRETS) {
                assertThat(everything).as("captured output").doesNotContain(secret);
            }
        }
    }

    /**
     * A credential written into an endpoint URI is logged by Camel core itself at TRACE (AbstractCamelContext,
     * EndpointHelper) before any component sees it, which is why the docs say to configure credentials on the
     * component. What the component and HttpClient log, and how Camel shows the endpoint, must still hide it.
     */
    @Test
    void aCredentialInAUriIsHiddenByTheComponentAndHttpClient() throws Exception {
        try (LogCapture logs = LogCapture.of(Level.TRACE, "io.github.camelpipedrive", "org.apache.hc")) {
            StringBuilder shown = new StringBuilder();
            try (CamelContext context = new DefaultCamelContext()) {
                context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class).getConfiguration()
                        .setBaseUrl(sandbox.baseUrl());
                context.start();
                String uri = "pipedrive-leads:getLeadSources?apiToken=RAW(" + URI_TOKEN + ")";
                record(shown, context.createProducerTemplate().request(uri, e -> { }));
                shown.append(context.getEndpoint(uri)).append('\n');
                context.getEndpoints().forEach(endpoint -> shown.append(endpoint).append('\n'));
            }
            assertThat(logs.text()).contains("org.apache.hc").doesNotContain(URI_TOKEN);
            assertThat(shown.toString()).doesNotContain(URI_TOKEN);
        }
    }

    private static void record(StringBuilder sink, Exchange exchange) {
        if (exchange.getException() != null) {
            Throwable t = exchange.getException();
            while (t != null) {
                sink.append(t).append('\n');
                t = t.getCause();
            }
        }
    }
}
