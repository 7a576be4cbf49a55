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

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelpipedrive.leads.LeadFeed;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.PipedriveLeadsEndpoint;
import io.github.camelpipedrive.leads.client.SafeText;
import io.github.camelpipedrive.leads.consumer.DeliveryGate;
import io.github.camelpipedrive.leads.consumer.LeadCursor;
import io.github.camelpipedrive.leads.consumer.PipedriveLeadsConsumer;
import io.github.camelpipedrive.leads.consumer.ShutdownBudget;
import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processor the HTTP server calls for each webhook delivery ({@code createWebhookHandler}), and the owner of the
 * backfill poll of the same route.
 * <p>
 * A delivery is answered at once: 401 without the subscription's Basic auth (checked in constant time, nothing
 * delivered, nothing of the credentials logged), 413 when too large, 400 with one WARN when it is not a v2 delivery,
 * 200 for a duplicate or an event this endpoint does not deliver. Otherwise the event goes through the route and is
 * answered 200, also when the route failed (the backfill delivers the lead again), unless webhookRetryOnFailure asks
 * for a 500. No exception ever reaches the HTTP server.
 * <p>
 * The backfill is the endpoint's polling consumer, run with backfillDelay on its own single thread, its exchanges
 * going into the same route through a {@link DeliveryGate} that skips what push delivered.
 */
public final class LeadWebhookHandler extends ServiceSupport implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(LeadWebhookHandler.class);
    private static final String AUTHORIZATION = "Authorization";

    private final PipedriveLeadsEndpoint endpoint;
    private final PipedriveLeadsConfiguration configuration;
    private final Processor next;
    private final WebhookPayloads payloads;
    private final AtomicBoolean unauthorizedWarned = new AtomicBoolean();
    private final AtomicBoolean earlyBackfillPending = new AtomicBoolean();
    private volatile PushDeduplicator dedupe;
    private volatile PipedriveLeadsConsumer backfill;
    private ScheduledExecutorService backfillThread;
    private final Pushes pushes = new Pushes();

    public LeadWebhookHandler(PipedriveLeadsEndpoint endpoint, Processor next) {
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.next = next;
        this.payloads = new WebhookPayloads(endpoint.getMapper());
    }

    @Override
    protected void doStart() throws Exception {
        synchronized (pushes) {
            pushes.awaiting = false;
        }
        ServiceHelper.startService(endpoint, next);
        backfill = (PipedriveLeadsConsumer) endpoint.createConsumer(next);
        backfill.setAdaptiveDelay(false);
        backfill.setDelay(configuration.getBackfillDelay());
        backfillThread = endpoint.getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "PipedriveLeadsBackfill");
        backfill.setScheduledExecutorService(backfillThread);
        backfill.setRouteId("webhook:" + backfill.getStateKey());
        // the supplied repository as it is: the backfill starts it, and waits for it when its database is down
        StateRepository<String, String> configured = configuration.getStateRepository();
        PushedVersions pushed = new PushedVersions(configured != null ? configured : endpoint.cursorRepository(),
                backfill.getStateKey() + "/pushed", configuration.getFeed() == LeadFeed.UPDATED);
        PipedriveLeadsConsumer consumer = backfill;
        dedupe = new PushDeduplicator(configuration.getFeed(), pushed, configuration.getWebhookDedupeCapacity(),
                consumer::getCursor, this::requestEarlyBackfill);
        backfill.setDeliveryGate(new BackfillGate(dedupe));
        ServiceHelper.startService(backfill);
        dedupe.readSavedAtStart();
        LOG.info("Push and backfill for {}: backfill every {} s, deliveries checked with Basic auth",
                backfill.getStateKey(), configuration.getBackfillDelay() / 1000);
    }

    @Override
    protected void doStop() throws Exception {
        awaitPushesInFlight();
        ServiceHelper.stopService(backfill);
        if (backfillThread != null) {
            endpoint.getCamelContext().getExecutorServiceManager().shutdownNow(backfillThread);
            backfillThread = null;
        }
    }

    /**
     * Lets the pushes in the route complete and their versions be saved before the backfill and the state repository
     * stop: the route stops this handler while the HTTP server may still be processing a delivery, whose version,
     * saved after the stop, would be lost and the lead delivered again by the backfill after a graceful restart. New
     * deliveries are answered 503 meanwhile. Waits at most Camel's shutdown timeout.
     */
    private void awaitPushesInFlight() throws InterruptedException {
        long budget = ShutdownBudget.millis(endpoint.getCamelContext());
        if (budget < 0) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budget);
        synchronized (pushes) {
            while (pushes.inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warn("{} webhook deliveries still in the route after the shutdown timeout; stopping anyway (the"
                             + " backfill may deliver their leads again)", pushes.inFlight);
                    return;
                }
                pushes.awaiting = true;
                TimeUnit.NANOSECONDS.timedWait(pushes, left);
            }
        }
    }

    /** Deliveries being processed (guarded by itself). */
    private static final class Pushes {
        private int inFlight;
        /** Whether a stop waits for them (for tests). */
        private boolean awaiting;
    }

    /** Whether the handler's stop is waiting for deliveries in the route (for tests). */
    boolean isAwaitingPushes() {
        synchronized (pushes) {
            return pushes.awaiting;
        }
    }

    /** The backfill consumer (for tests and management). */
    public PipedriveLeadsConsumer getBackfill() {
        return backfill;
    }

    /**
     * Runs one backfill poll now, on the backfill's thread (so never beside a scheduled one), and waits for it: for
     * tests and management.
     */
    public void backfillNow() throws Exception {
        ScheduledExecutorService thread = backfillThread;
        PipedriveLeadsConsumer consumer = backfill;
        if (thread == null || consumer == null) {
            throw new IllegalStateException("The webhook route is not started");
        }
        thread.submit(consumer::run).get();
    }

    /** How many lead versions delivered by push wait for the backfill cursor (for tests and management). */
    public int rememberedPushes() {
        PushDeduplicator current = dedupe;
        return current == null ? 0 : current.rememberedVersions();
    }

    /** Runs a backfill poll soon on the backfill's thread (at most one waiting). */
    void requestEarlyBackfill() {
        ScheduledExecutorService thread = backfillThread;
        PipedriveLeadsConsumer consumer = backfill;
        if (thread != null && consumer != null && earlyBackfillPending.compareAndSet(false, true)) {
            try {
                thread.execute(() -> {
                    earlyBackfillPending.set(false);
                    consumer.run();
                });
            } catch (RuntimeException e) {
                earlyBackfillPending.set(false);
            }
        }
    }

    @Override
    public void process(Exchange exchange) {
        synchronized (pushes) {
            pushes.inFlight++;
        }
        try {
            handle(exchange);
        } catch (RuntimeException | Error e) {
            // never into the HTTP server: a 500 makes Pipedrive retry, the backfill delivers the lead anyway
            LOG.warn("Webhook delivery answered 500: {} ({})", e.getClass().getSimpleName(), e.getMessage());
            LOG.debug("Webhook delivery failure", e);
            exchange.setException(null);
            answer(exchange, 500);
        } finally {
            synchronized (pushes) {
                if (--pushes.inFlight == 0) {
                    pushes.notifyAll();
                }
            }
        }
    }

    private void handle(Exchange exchange) {
        Message in = exchange.getIn();
        String authorization = in.getHeader(AUTHORIZATION, String.class);
        // the credentials must never travel on into the route (a log of the headers would show them)
        in.removeHeader(AUTHORIZATION);
        PushDeduplicator dedupe = this.dedupe;
        if (!isStarted() || dedupe == null) {
            answer(exchange, 503);
            return;
        }
        BasicAuthCheck auth = endpoint.webhookSubscription().authCheck();
        if (auth == null || !auth.accepts(authorization)) {
            rejectUnauthorized(exchange, auth == null);
            return;
        }
        Long declared = in.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        if (declared != null && declared > configuration.getWebhookMaxBodySize()) {
            tooLarge(exchange, declared);
            return;
        }
        byte[] body = in.getBody(byte[].class);
        if (body == null || body.length == 0) {
            malformed(exchange, "the body is empty");
            return;
        }
        if (body.length > configuration.getWebhookMaxBodySize()) {
            tooLarge(exchange, body.length);
            return;
        }
        WebhookPayloads.Parsed parsed;
        try {
            parsed = payloads.parse(body);
        } catch (WebhookPayloads.MalformedPayloadException e) {
            malformed(exchange, e.getMessage());
            return;
        }
        if (parsed.event() == null) {
            LOG.debug("Webhook delivery not delivered: {}", SafeText.forMessage(parsed.ignoredBecause()));
            answer(exchange, 200);
            return;
        }
        deliverPush(exchange, dedupe, parsed.event());
    }

    private void deliverPush(Exchange exchange, PushDeduplicator dedupe, LeadEvent event) {
        switch (event.getAction()) {
            case DELETE -> {
                if (!configuration.isWebhookDeliverDeletes() || !dedupe.claimDelete(event.getLeadId())) {
                    answer(exchange, 200);
                    return;
                }
                boolean delivered = false;
                try {
                    delivered = route(exchange, event);
                } finally {
                    dedupe.deleteFinished(event.getLeadId(), delivered);
                }
                answerAfterRoute(exchange, delivered);
            }
            case CREATE, CHANGE -> {
                if (event.getAction() == LeadEventAction.CHANGE && configuration.getFeed() == LeadFeed.NEW) {
                    LOG.debug("Change of lead {} not delivered: feed=new delivers creations", event.getLeadId());
                    answer(exchange, 200);
                    return;
                }
                PushDeduplicator.Claim claim = dedupe.claimPush(event);
                if (claim == null) {
                    LOG.debug("Lead {} ({}) already delivered; duplicate delivery answered 200", event.getLeadId(),
                            event.getAction().wireName());
                    answer(exchange, 200);
                    return;
                }
                boolean delivered = false;
                try {
                    delivered = route(exchange, event);
                } finally {
                    dedupe.pushFinished(claim, delivered);
                }
                answerAfterRoute(exchange, delivered);
            }
            default -> answer(exchange, 200);
        }
    }

    /** Sends the event through the route; true when it completed. */
    private boolean route(Exchange exchange, LeadEvent event) {
        Message message = exchange.getMessage();
        message.setBody(event);
        setHeaders(message, event, configuration.getFeed());
        try {
            next.process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        return exchange.getException() == null;
    }

    private void answerAfterRoute(Exchange exchange, boolean delivered) {
        if (!delivered) {
            // the route's error handler has dealt with (and logged) the failure; the HTTP server must not see it
            exchange.setException(null);
            if (configuration.isWebhookRetryOnFailure()) {
                answer(exchange, 500);
                return;
            }
            LOG.debug("Route failed on a pushed event; answered 200, the backfill delivers the lead again");
        }
        answer(exchange, 200);
    }

    static void setHeaders(Message message, LeadEvent event, LeadFeed feed) {
        Lead lead = event.getLead();
        message.setHeader(PipedriveLeadsConstants.ID, event.getLeadId());
        message.setHeader(PipedriveLeadsConstants.FEED, feed.name().toLowerCase(Locale.ROOT));
        message.setHeader(PipedriveLeadsConstants.EVENT_ACTION, event.getAction().wireName());
        message.setHeader(PipedriveLeadsConstants.EVENT_SOURCE, event.getSource().wireName());
        if (lead != null) {
            message.setHeader(PipedriveLeadsConstants.ADD_TIME, lead.getAddTime());
            message.setHeader(PipedriveLeadsConstants.UPDATE_TIME, lead.getUpdateTime());
        }
        LeadEventMeta meta = event.getMeta();
        if (meta != null) {
            message.setHeader(PipedriveLeadsConstants.EVENT_ID, meta.getId());
            message.setHeader(PipedriveLeadsConstants.CORRELATION_ID, meta.getCorrelationId());
            message.setHeader(PipedriveLeadsConstants.CHANGE_SOURCE, meta.getChangeSource());
            message.setHeader(PipedriveLeadsConstants.DELIVERY_ATTEMPT, meta.getAttempt());
            message.setHeader(PipedriveLeadsConstants.WEBHOOK_ID, meta.getWebhookId());
            message.setHeader(PipedriveLeadsConstants.EVENT_TIMESTAMP, meta.getTimestamp());
        }
    }

    private void rejectUnauthorized(Exchange exchange, boolean noCredentials) {
        if (unauthorizedWarned.compareAndSet(false, true)) {
            LOG.warn("Webhook delivery refused with 401: {} (further refusals are logged at DEBUG)",
                    noCredentials ? "this endpoint knows no credentials (not registered and no webhookAuthPassword)"
                            : "missing or wrong Basic auth");
        } else {
            LOG.debug("Webhook delivery refused with 401");
        }
        exchange.getMessage().setHeader("WWW-Authenticate", "Basic realm=\"pipedrive-leads\"");
        answer(exchange, 401);
    }

    private void tooLarge(Exchange exchange, long size) {
        LOG.warn("Webhook delivery refused with 413: {} bytes, more than webhookMaxBodySize ({})", size,
                configuration.getWebhookMaxBodySize());
        answer(exchange, 413);
    }

    private void malformed(Exchange exchange, String why) {
        // the reason may quote the body (Jackson does): no control characters into the log
        LOG.warn("Webhook delivery refused with 400: {}", SafeText.forMessage(why));
        answer(exchange, 400);
    }

    private static void answer(Exchange exchange, int status) {
        Message message = exchange.getMessage();
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "text/plain");
        message.setBody("");
    }

    /** Backfilled leads become events; leads that push delivered are skipped. */
    private final class BackfillGate implements DeliveryGate {
        private final PushDeduplicator dedupe;

        BackfillGate(PushDeduplicator dedupe) {
            this.dedupe = dedupe;
        }

        @Override
        public boolean admit(Lead lead, Exchange exchange) throws Exception {
            if (!dedupe.admitBackfill(lead)) {
                LOG.debug("Backfill skips lead {}: delivered by push", lead.getId());
                return false;
            }
            LeadEvent event = new LeadEvent(backfillAction(lead), lead.getId(), lead, null, null,
                    LeadEventSource.BACKFILL);
            exchange.getMessage().setBody(event);
            setHeaders(exchange.getMessage(), event, configuration.getFeed());
            return true;
        }

        @Override
        public void finished(Lead lead, boolean completed, LeadCursor cursor) {
            dedupe.backfillFinished(lead, cursor);
        }

        private LeadEventAction backfillAction(Lead lead) {
            if (configuration.getFeed() == LeadFeed.NEW) {
                return LeadEventAction.CREATE;
            }
            Instant added = lead.getAddTime();
            return added != null && added.equals(lead.getUpdateTime()) ? LeadEventAction.CREATE
                    : LeadEventAction.CHANGE;
        }
    }
}
