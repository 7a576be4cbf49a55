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
package io.github.camelpipedrive.leads.webhook;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applications started and stopped again and again (a new CamelContext each time, the same public URL) never pile up
 * subscriptions: the sandbox holds at most one for the URL, with and without webhookKeepOnStop, and the last one
 * registered accepts deliveries with its fresh secret.
 */
class WebhookRestartSandboxTest {

    private PipedriveSandbox sandbox;
    private String baseUrl;
    private int port;
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startSandbox() {
        sandbox = PipedriveSandbox.builder().seedLeads(0).webhookRetryTimeScale(0.001).build();
        baseUrl = sandbox.start();
        port = AvailablePortFinder.getNextAvailable();
    }

    @AfterEach
    void closeSandbox() {
        sandbox.close();
    }

    private CamelContext application(String options) throws Exception {
        CamelContext context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        conf.setBindHost("127.0.0.1");
        conf.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(conf));
        PipedriveLeadsComponent component = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setAllowInsecureHttp(true);
        component.getConfiguration().setApiToken(sandbox.apiToken());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:pipedrive-leads:getLeads?webhookComponentName=platform-http&webhookExternalUrl=http://"
                     + "127.0.0.1:" + port + "&webhookPath=/pd&startScheduler=false&" + options)
                        .process(e -> delivered.add(e.getMessage().getBody(LeadEvent.class).getLeadId()));
            }
        });
        return context;
    }

    private long subscriptionsForUrl() {
        String url = "http://127.0.0.1:" + port + "/pd";
        return sandbox.webhooks().stream().filter(w -> w.subscriptionUrl().equals(url)).count();
    }

    @Test
    void tenRestartsWithKeepOnStopLeaveOneSubscriptionThatAcceptsDeliveries() throws Exception {
        for (int i = 0; i < 10; i++) {
            CamelContext context = application("webhookKeepOnStop=true");
            context.start();
            assertThat(subscriptionsForUrl()).as("while running, restart %d", i).isEqualTo(1);
            context.stop();
            assertThat(subscriptionsForUrl()).as("after stop %d", i).isEqualTo(1);
        }
        CamelContext context = application("webhookKeepOnStop=true");
        context.start();
        try {
            String lead = sandbox.createLead("After ten restarts", 1, null);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> delivered.contains(lead));
            assertThat(subscriptionsForUrl()).isEqualTo(1);
        } finally {
            context.stop();
        }
    }

    @Test
    void tenRestartsWithoutKeepLeaveNoSubscription() throws Exception {
        for (int i = 0; i < 10; i++) {
            CamelContext context = application("webhookKeepOnStop=false");
            context.start();
            assertThat(subscriptionsForUrl()).isEqualTo(1);
            context.stop();
        }
        assertThat(subscriptionsForUrl()).isZero();
    }
}
