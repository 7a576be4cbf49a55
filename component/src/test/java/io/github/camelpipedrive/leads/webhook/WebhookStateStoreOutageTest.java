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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.camelpipedrive.leads.PipedriveLeadsEndpoint;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.state.JdbcStateRepository;
import io.github.camelpipedrive.leads.state.PooledPostgres;
import io.github.camelpipedrive.leads.testutil.SwitchableDataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.webhook.WebhookEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The push feed's state repository (a database) is down when the route starts, as after a failover during a database
 * outage. The route must start all the same and deliver pushes, and once the store is back the backfill must skip what
 * push delivered both before the restart (read back from the store) and during the outage (remembered in memory).
 */
class WebhookStateStoreOutageTest extends CamelTestSupport {

    private PipedriveSandbox sandbox;
    private int port;
    private final SwitchableDataSource database = new SwitchableDataSource();
    private final List<String> delivered = Collections.synchronizedList(new ArrayList<>());

    @Override
    protected CamelContext createCamelContext() throws Exception {
        sandbox = PipedriveSandbox.builder().seedLeads(0).webhookRetryTimeScale(0.001).build();
        String baseUrl = sandbox.start();
        CamelContext context = super.createCamelContext();
        port = WebhookServerSupport.addHttpServer(context);
        WebhookServerSupport.useSandbox(context, sandbox, baseUrl);
        database.target = PooledPostgres.dataSource(PooledPostgres.shared(), "webhook_outage");
        context.getRegistry().bind("store", new JdbcStateRepository(database,
                "webhook_outage_" + Long.toHexString(System.nanoTime())));
        return context;
    }

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    @AfterEach
    void closeSandbox() {
        database.down = false;
        context.stop();
        sandbox.close();
    }

    private void addPushRoute() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:pipedrive-leads:getLeads?webhookComponentName=platform-http&webhookExternalUrl="
                     + "http://127.0.0.1:" + port + "&webhookPath=/pd&startScheduler=false&stateRepository=#store"
                     + "&stateKey=outage/push&webhookKeepOnStop=true")
                        .routeId("push")
                        .process(e -> delivered.add(e.getMessage().getBody(LeadEvent.class).getLeadId() + " "
                                                    + e.getMessage().getBody(LeadEvent.class).getSource().wireName()));
            }
        });
        context.start();
    }

    private LeadWebhookHandler handler() {
        WebhookEndpoint webhook = (WebhookEndpoint) context.getRoute("push").getEndpoint();
        return ((PipedriveLeadsEndpoint) webhook.getEndpoint()).webhookSubscription().handler();
    }

    private void awaitDelivered(int count) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> delivered.size() >= count);
    }

    @Test
    void aRouteStartedDuringAnOutageDeliversPushesAndTheBackfillSkipsThemOnceTheStoreIsBack() throws Exception {
        addPushRoute();
        handler().backfillNow(); // the backfill's cursor is stored
        String beforeRestart = sandbox.createLead("Pushed before the restart", 1, null);
        awaitDelivered(1);
        // remembered (and saved: under the same lock) once the route has returned, a moment after the delivery
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> handler().rememberedPushes() == 1);

        context.getRouteController().stopRoute("push");
        database.down = true;
        context.getRouteController().startRoute("push");

        assertThat(context.getRouteController().getRouteStatus("push").isStarted())
                .as("started although the store is down").isTrue();
        String duringOutage = sandbox.createLead("Pushed during the outage", 1, null);
        awaitDelivered(2);
        handler().backfillNow();
        assertThat(handler().getBackfill().getCursor()).as("the backfill waits for the store").isNull();

        database.down = false;
        handler().backfillNow();
        handler().backfillNow();

        assertThat(delivered).as("each lead once, by push: the backfill skipped both")
                .containsExactly(beforeRestart + " push", duringOutage + " push");
        assertThat(handler().rememberedPushes()).as("forgotten once the backfill cursor passed them").isZero();
    }

    @Test
    void aConfigurationErrorOfTheStoreStillStopsTheStart() throws Exception {
        database.misconfigured = true; // not an outage: waiting would not help

        assertThatThrownBy(this::addPushRoute).hasStackTraceContaining("password authentication failed");
        assertThat(delivered).isEmpty();
    }
}
