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
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import io.github.camelpipedrive.leads.PipedriveLeadsEndpoint;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.webhook.WebhookEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Push and backfill against the sandbox, which emits Webhooks v2 deliveries: what push delivers the backfill skips,
 * what push misses the backfill delivers, each lead (version) once, also across a restart, dropped and duplicated
 * deliveries and an application downtime. The backfill's scheduler is off: the tests run its polls by hand.
 */
class PushAndBackfillSandboxTest extends CamelTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(PushAndBackfillSandboxTest.class);

    private PipedriveSandbox sandbox;
    private int port;
    /** "leadId source" per delivered event, in delivery order. */
    private final List<String> delivered = Collections.synchronizedList(new ArrayList<>());
    /** When set, the route holds each event until it is counted down (after counting down inRoute). */
    private volatile CountDownLatch hold;
    private final CountDownLatch inRoute = new CountDownLatch(1);
    /** What happened first: the held push completing in the route, or the route's stop returning. */
    private final List<String> order = Collections.synchronizedList(new ArrayList<>());

    @Override
    protected CamelContext createCamelContext() throws Exception {
        sandbox = PipedriveSandbox.builder().seedLeads(3).webhookRetryTimeScale(0.001).build();
        String baseUrl = sandbox.start();
        sandbox.webhookFaults().seed(15);
        CamelContext context = super.createCamelContext();
        port = WebhookServerSupport.addHttpServer(context);
        WebhookServerSupport.useSandbox(context, sandbox, baseUrl);
        return context;
    }

    @AfterEach
    void closeSandbox() {
        // the route first: its subscription is deleted while the sandbox still answers
        context.stop();
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    private static ConditionFactory await() {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50));
    }

    /** Starts the push route with the backfill's scheduler off and returns its handler. */
    private LeadWebhookHandler pushRoute(String options) throws Exception {
        String uri = "webhook:pipedrive-leads:getLeads?webhookComponentName=platform-http&webhookExternalUrl=http://"
                     + "127.0.0.1:" + port + "&webhookPath=/pd&startScheduler=false"
                     + (options.isEmpty() ? "" : "&" + options);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("push").process(this::record);
            }

            private void record(Exchange exchange) throws InterruptedException {
                CountDownLatch held = hold;
                if (held != null) {
                    inRoute.countDown();
                    held.await();
                    order.add("push done");
                }
                LeadEvent event = exchange.getMessage().getBody(LeadEvent.class);
                String version = event.getLead() == null ? "" : "@" + event.getLead().getUpdateTime();
                delivered.add(event.getLeadId() + version + " " + event.getSource().wireName());
            }
        });
        if (!context.isStarted()) {
            context.start();
        }
        return handler();
    }

    private LeadWebhookHandler handler() {
        WebhookEndpoint webhook = (WebhookEndpoint) context.getRoute("push").getEndpoint();
        return ((PipedriveLeadsEndpoint) webhook.getEndpoint()).webhookSubscription().handler();
    }

    private List<String> ids() {
        synchronized (delivered) {
            return delivered.stream().map(d -> d.substring(0, d.indexOf(d.contains("@") ? '@' : ' ')))
                    .collect(Collectors.toList());
        }
    }

    private long bySource(String source) {
        synchronized (delivered) {
            return delivered.stream().filter(d -> d.endsWith(" " + source)).count();
        }
    }

    @Test
    void pushDeliversAndTheBackfillSkipsWhatPushDelivered() throws Exception {
        LeadWebhookHandler handler = pushRoute("");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(sandbox.createLead("Pushed " + i, 1, null));
        }
        await().until(() -> delivered.size() == 5);
        assertThat(bySource("push")).isEqualTo(5);
        assertThat(handler.rememberedPushes()).isEqualTo(5);

        handler.backfillNow();

        assertThat(ids()).containsExactlyInAnyOrderElementsOf(created);
        // the backfill's cursor passed them, so they are forgotten
        assertThat(handler.rememberedPushes()).isZero();
        assertThat(handler.getBackfill().getCursor().boundaryIds()).contains(created.get(4));
    }

    @Test
    void aPushedLaterLeadDoesNotMakeTheBackfillSkipAnEarlierMissedOne() throws Exception {
        LeadWebhookHandler handler = pushRoute("");
        sandbox.webhookFaults().dropShare(1.0);
        String missed = sandbox.createLead("Missed by the webhook", 1, null);
        await().until(() -> sandbox.webhookDeliveries().stream().anyMatch(d -> d.leadId().equals(missed)));
        sandbox.webhookFaults().dropShare(0.0);
        String pushed = sandbox.createLead("Pushed later", 1, null);
        await().until(() -> delivered.size() == 1);
        assertThat(delivered).containsExactly(pushed + "@" + sandboxUpdateTime(pushed) + " push");

        handler.backfillNow();

        assertThat(ids()).containsExactly(pushed, missed);
        assertThat(bySource("backfill")).isEqualTo(1);
        handler.backfillNow();
        assertThat(delivered).hasSize(2);
    }

    private String sandboxUpdateTime(String leadId) {
        return delivered.stream().filter(d -> d.startsWith(leadId)).findFirst()
                .map(d -> d.substring(d.indexOf('@') + 1, d.indexOf(' '))).orElse("?");
    }

    @Test
    void aRestartedRouteDoesNotDeliverAgainWhatPushDelivered() throws Exception {
        pushRoute("");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(sandbox.createLead("Before restart " + i, 1, null));
        }
        await().until(() -> delivered.size() == 3);

        context.getRouteController().stopRoute("push");
        context.getRouteController().startRoute("push");
        LeadWebhookHandler restarted = handler();
        assertThat(restarted.rememberedPushes()).as("read back from the state repository").isEqualTo(3);
        restarted.backfillNow();

        assertThat(ids()).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void aGracefulStopOfTheRouteWaitsForThePushInTheRouteAndSavesItsVersion() throws Exception {
        LeadWebhookHandler handler = pushRoute("");
        hold = new CountDownLatch(1);
        String lead = sandbox.createLead("Held in the route", 1, null);
        assertThat(inRoute.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        java.util.concurrent.CompletableFuture<Void> stop = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                context.getRouteController().stopRoute("push");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            order.add("stopped");
        });
        // released once the stop waits for it, or (without the wait) once the stop returned regardless
        await().until(() -> handler.isAwaitingPushes() || stop.isDone());
        hold.countDown();
        stop.get(60, java.util.concurrent.TimeUnit.SECONDS);
        await().until(() -> order.size() == 2);

        assertThat(order.get(0)).as("the stop waited for the push").isEqualTo("push done");
        hold = null;
        context.getRouteController().startRoute("push");
        assertThat(handler().rememberedPushes()).as("its version was saved, so the backfill skips it").isEqualTo(1);
        handler().backfillNow();
        assertThat(ids()).containsExactly(lead);
    }

    @Test
    void updatedFeedDeliversEachVersionOnceByPushOrBackfill() throws Exception {
        LeadWebhookHandler handler = pushRoute("feed=updated");
        String lead = sandbox.createLead("Version 1", 1, null);
        await().until(() -> delivered.size() == 1);
        sandbox.webhookFaults().dropShare(1.0);
        sandbox.updateLeadTitle(lead, "Version 2 (its change delivery is dropped)");
        await().until(() -> sandbox.webhookDeliveries().size() >= 2);
        sandbox.webhookFaults().dropShare(0.0);

        handler.backfillNow();
        handler.backfillNow();

        assertThat(delivered).hasSize(2);
        assertThat(delivered.get(0)).endsWith(" push");
        assertThat(delivered.get(1)).startsWith(lead).endsWith(" backfill");
        assertThat(delivered.get(0)).isNotEqualTo(delivered.get(1).replace(" backfill", " push"));
    }

    /**
     * The issue's scenario, scaled: 30 % of deliveries dropped, 30 % delivered twice, and a downtime (the route
     * stopped while leads are created, Pipedrive's retries failing meanwhile) followed by a restart.
     */
    @Test
    void everyLeadOnceDespiteDroppedAndDuplicatedDeliveriesAndADowntime() throws Exception {
        LeadWebhookHandler handler = pushRoute("");
        sandbox.webhookFaults().dropShare(0.3).duplicateShare(0.3);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            created.add(sandbox.createLead("Before downtime " + i, 1, null));
        }
        await().until(() -> sandbox.webhookDeliveries().stream().map(d -> d.leadId()).distinct().count() >= 40);
        handler.backfillNow();

        context.getRouteController().stopRoute("push");
        for (int i = 0; i < 20; i++) {
            created.add(sandbox.createLead("During downtime " + i, 1, null));
        }
        context.getRouteController().startRoute("push");
        for (int i = 0; i < 40; i++) {
            created.add(sandbox.createLead("After downtime " + i, 1, null));
        }
        handler = handler();
        handler.backfillNow();
        LeadWebhookHandler restarted = handler;
        await().until(() -> {
            restarted.backfillNow();
            return delivered.size() >= created.size();
        });
        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> delivered.size() == created.size());

        assertThat(ids()).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
        long dropped = sandbox.webhookDeliveries().stream().filter(d -> d.dropped()).count();
        long duplicated = sandbox.webhookDeliveries().stream().filter(d -> d.duplicate()).count();
        assertThat(dropped).as("the faults were active").isPositive();
        assertThat(duplicated).as("the faults were active").isPositive();
        assertThat(bySource("push")).isPositive();
        assertThat(bySource("backfill")).isPositive();
        LOG.info("push-and-backfill chaos: {} leads, {} by push, {} by backfill, {} dropped deliveries,"
                 + " {} duplicated deliveries", created.size(), bySource("push"), bySource("backfill"), dropped,
                duplicated);
        Map<String, Long> perLead = ids().stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertThat(perLead.values()).allMatch(n -> n == 1);
    }
}
