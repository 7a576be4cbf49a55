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
package io.github.camelpipedrive.leads.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends Webhooks v2 lead events to the matching subscriptions, asynchronously: {@link #onLeadEvent}
 * runs under the store's write lock and only decides (seeded faults, bans) and schedules, so no API
 * request ever waits for a receiver. Delivery rules (reference §7): POST of {@code {meta, data,
 * previous}}, 10 s timeout, any 2xx is a success, otherwise retried after 3, 30 and 150 s (times the
 * time scale) up to {@value #MAX_ATTEMPTS} attempts, {@code meta.attempt} counting them. Events are
 * not ordered across subscriptions or attempts, as in Pipedrive.
 */
final class WebhookDeliverer implements LeadEvent.Listener {

    static final int MAX_ATTEMPTS = 4;
    static final int LOG_CAPACITY = 100_000;
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(3), Duration.ofSeconds(30),
            Duration.ofSeconds(150));

    private final WebhookRegistry registry;
    private final WebhookFaults faults;
    private final double timeScale;
    private final String host;
    /** Seeded apart from the store's random, so lead ids do not depend on webhooks. */
    private final Random ids;
    /** The most recent {@value #LOG_CAPACITY} records, oldest first (a long benchmark must not fill the heap). */
    private final ArrayDeque<WebhookDelivery> log = new ArrayDeque<>();
    private final Object lifecycle = new Object();
    private final AtomicInteger pending = new AtomicInteger();
    private ScheduledExecutorService scheduler;
    private ExecutorService httpExecutor;
    private HttpClient client;

    WebhookDeliverer(WebhookRegistry registry, WebhookFaults faults, double timeScale, long seed, String host) {
        this.registry = registry;
        this.faults = faults;
        this.timeScale = timeScale;
        this.ids = new Random(seed ^ 0x5DEECE66DL);
        this.host = host;
    }

    /** One event on its way to one subscription (one chain of attempts; a duplicate is a second chain). */
    private static final class Delivery {
        final WebhookRegistry.Entry webhook;
        final LeadEvent event;
        final String eventId;
        final String correlationId;
        final boolean duplicate;
        final Duration extraDelay;

        Delivery(WebhookRegistry.Entry webhook, LeadEvent event, String eventId, String correlationId,
                boolean duplicate, Duration extraDelay) {
            this.webhook = webhook;
            this.event = event;
            this.eventId = eventId;
            this.correlationId = correlationId;
            this.duplicate = duplicate;
            this.extraDelay = extraDelay;
        }
    }

    @Override
    public boolean listening() {
        return registry.hasLeadReceivers();
    }

    @Override
    public void onLeadEvent(LeadEvent event) {
        List<WebhookRegistry.Entry> targets = registry.receiving(event.action);
        if (targets.isEmpty()) {
            return;
        }
        String correlationId = newUuid(); // one per change, shared by the subscriptions it reaches
        for (WebhookRegistry.Entry webhook : targets) {
            // every pair draws its fault choice, banned or not, so the seeded sequence stays the same
            WebhookFaults.Choice choice = faults.choose();
            String eventId = newUuid();
            if (registry.banned(webhook)) {
                record(webhook, event, eventId, 0, WebhookDelivery.Outcome.BANNED, 0, null, false);
                continue;
            }
            if (choice.drop) {
                record(webhook, event, eventId, 0, WebhookDelivery.Outcome.DROPPED, 0, null, false);
                continue;
            }
            start(new Delivery(webhook, event, eventId, correlationId, false, choice.delay));
            if (choice.duplicate) {
                start(new Delivery(webhook, event, eventId, correlationId, true, choice.delay));
            }
        }
    }

    private synchronized String newUuid() {
        long msb = (ids.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /** Starts a chain of attempts; it counts as pending until it succeeds, gives up or is cut off. */
    private void start(Delivery d) {
        pending.incrementAndGet();
        schedule(d, 1, Duration.ZERO);
    }

    private void schedule(Delivery d, int attempt, Duration wait) {
        long millis = wait.plus(d.extraDelay).toMillis();
        try {
            scheduler().schedule(() -> attempt(d, attempt), millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the sandbox was closed meanwhile: pending deliveries are dropped with it
            done();
        }
    }

    /** A chain ended; never below zero (after {@link #close()} late answers may still come in). */
    private void done() {
        pending.updateAndGet(n -> Math.max(0, n - 1));
    }

    /** @return chains of attempts not finished yet (waiting for a retry or an answer) */
    int pending() {
        return pending.get();
    }

    private void attempt(Delivery d, int attempt) {
        if (!registry.exists(d.webhook)) {
            done();
            return; // deleted meanwhile (by the API or for lack of successful deliveries)
        }
        if (registry.banned(d.webhook)) {
            record(d, attempt, WebhookDelivery.Outcome.BANNED, 0, null);
            done();
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(d.webhook.subscriptionUrl))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.bytes(payload(d, attempt))));
        if (d.webhook.httpAuthUser != null || d.webhook.httpAuthPassword != null) {
            String userPass = nullToEmpty(d.webhook.httpAuthUser) + ":" + nullToEmpty(d.webhook.httpAuthPassword);
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8)));
        }
        HttpClient http;
        try {
            http = client();
        } catch (IllegalStateException closed) {
            done();
            return;
        }
        try {
            http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> finished(d, attempt, response, error));
        } catch (RuntimeException e) {
            // refused before anything was sent (e.g. the client's executor was shut down by close())
            finished(d, attempt, null, e);
        }
    }

    private void finished(Delivery d, int attempt, HttpResponse<Void> response, Throwable error) {
        int status = response == null ? 0 : response.statusCode();
        boolean success = status >= 200 && status < 300;
        registry.recordAttempt(d.webhook, attempt, success, response == null ? null : status);
        String failure = error == null ? null : describe(error);
        record(d, attempt, success ? WebhookDelivery.Outcome.SUCCESS : WebhookDelivery.Outcome.FAILURE, status,
                failure);
        if (!success && attempt < MAX_ATTEMPTS && registry.exists(d.webhook) && !registry.banned(d.webhook)) {
            schedule(d, attempt + 1, scaled(RETRY_DELAYS.get(attempt - 1)));
        } else {
            done();
        }
    }

    private Duration scaled(Duration delay) {
        return Duration.ofMillis(Math.round(delay.toMillis() * timeScale));
    }

    private static String describe(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause instanceof java.util.concurrent.CompletionException) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** The Webhooks v2 body; {@code meta} in the order of the reference's captured sample. */
    private ObjectNode payload(Delivery d, int attempt) {
        LeadEvent e = d.event;
        ObjectNode body = Json.object();
        ObjectNode meta = body.putObject("meta");
        meta.put("action", e.action.wire());
        meta.put("entity", "lead");
        meta.put("entity_id", e.leadId);
        meta.put("version", "2.0");
        meta.put("company_id", String.valueOf(WebhookRegistry.COMPANY_ID));
        meta.put("user_id", String.valueOf(LeadStore.DEFAULT_USER));
        meta.put("id", d.eventId);
        meta.put("correlation_id", d.correlationId);
        meta.put("timestamp", Timestamps.format(e.timestamp));
        meta.put("type", "general");
        meta.put("is_bulk_edit", false);
        meta.put("webhook_id", String.valueOf(d.webhook.id));
        meta.put("webhook_owner_id", String.valueOf(d.webhook.ownerId));
        meta.put("change_source", e.changeSource);
        e.permittedUserIds.forEach(id -> meta.withArray("permitted_user_ids").add(String.valueOf(id)));
        meta.put("attempt", attempt);
        meta.put("host", host);
        body.set("data", e.data);
        body.set("previous", e.previous);
        return body;
    }

    private void record(Delivery d, int attempt, WebhookDelivery.Outcome outcome, int status, String failure) {
        append(new WebhookDelivery(d.webhook.id, d.eventId, d.event.leadId, d.event.action.wire(), attempt,
                outcome, status, failure, d.duplicate));
    }

    private void record(WebhookRegistry.Entry webhook, LeadEvent event, String eventId, int attempt,
            WebhookDelivery.Outcome outcome, int status, String failure, boolean duplicate) {
        append(new WebhookDelivery(webhook.id, eventId, event.leadId, event.action.wire(), attempt, outcome,
                status, failure, duplicate));
    }

    private void append(WebhookDelivery delivery) {
        synchronized (log) {
            if (log.size() == LOG_CAPACITY) {
                log.removeFirst();
            }
            log.addLast(delivery);
        }
    }

    List<WebhookDelivery> deliveries() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    void clearDeliveries() {
        synchronized (log) {
            log.clear();
        }
    }

    // ------------------------------------------------------------------ threads

    private ScheduledExecutorService scheduler() {
        synchronized (lifecycle) {
            if (scheduler == null) {
                scheduler = Executors.newScheduledThreadPool(2, daemon("pipedrive-sandbox-webhook-timer-"));
            }
            return scheduler;
        }
    }

    private HttpClient client() {
        synchronized (lifecycle) {
            if (scheduler == null) {
                throw new IllegalStateException("closed");
            }
            if (client == null) {
                httpExecutor = Executors.newCachedThreadPool(daemon("pipedrive-sandbox-webhook-http-"));
                client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NEVER).executor(httpExecutor).build();
            }
            return client;
        }
    }

    /** Stops the threads; deliveries still waiting are lost. Later events start new threads. */
    void close() {
        synchronized (lifecycle) {
            if (scheduler != null) {
                scheduler.shutdownNow();
                scheduler = null;
            }
            pending.set(0); // what was waiting is dropped
            if (httpExecutor != null) {
                httpExecutor.shutdownNow();
                httpExecutor = null;
                client = null;
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
