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

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An embedded, stateful, in-memory emulator of the Pipedrive Leads API.
 *
 * <pre>{@code
 * try (PipedriveSandbox sb = PipedriveSandbox.builder().seedLeads(25).build()) {
 *     String baseUrl = sb.start();              // e.g. http://127.0.0.1:41234
 *     // GET baseUrl + "/api/v1/leads" with header "x-api-token: sandbox-token"
 * }
 * }</pre>
 *
 * <p>Serves {@code /v1/...} and {@code /api/v1/...} for v1, {@code /api/v2/...} for v2 and
 * {@code /oauth/token}. The API token is accepted in {@code x-api-token} only; {@code Authorization:
 * Bearer} carries OAuth access tokens. Conversion jobs complete on their own after
 * {@link Builder#conversionDelay(Duration)} of the sandbox clock. Behaviour where the reference is
 * uncertain is documented on the classes that implement it and in {@code docs/sandbox.md}; in
 * particular PATCH on an archived lead is refused with 400 ({@code "Archived leads cannot be
 * edited"}) unless the body is exactly {@code {"is_archived": false}}, which un-archives the lead,
 * and PATCH with {@code "title": null} is refused with 400 (a lead always has a title).
 *
 * <p>Webhooks: {@code POST/GET/DELETE /v1/webhooks} manage subscriptions, and every lead create,
 * change and delete is POSTed asynchronously as a Webhooks v2 payload to the matching version-2.0
 * subscriptions, with Pipedrive's retry and ban rules ({@link #webhookFaults()},
 * {@link #webhooks()}, {@link #webhookDeliveries()}).
 *
 * <p>All methods are thread-safe and may be called while clients are using the server.
 */
public final class PipedriveSandbox implements AutoCloseable {

    /**
     * JDK property that turns on TCP_NODELAY for the connections of {@code com.sun.net.httpserver}.
     * The JDK server flushes the response headers before it writes the body, so every response
     * leaves in two TCP segments; with Nagle's algorithm on, the body segment waits for the
     * client's delayed ACK of the headers (~40 ms on Linux) on every keep-alive request. The JDK
     * reads the property once, when its server configuration class initializes, i.e. during the
     * first {@code HttpServer.create} of the JVM; there is no per-server switch.
     */
    static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";
    /** Serializes the set-create-clear window of {@link #createServer} between sandboxes started concurrently. */
    private static final Object NODELAY_WINDOW = new Object();

    private final SandboxConfig config;
    private final LeadStore store;
    private final RateLimiter limiter;
    private final FaultInjector faults = new FaultInjector();
    private final RequestLog requestLog = new RequestLog();
    private final WebhookRegistry webhookRegistry;
    private final WebhookFaults webhookFaults;
    private final WebhookDeliverer webhookDeliverer;
    private final SandboxDispatcher dispatcher;
    private final Object lifecycle = new Object();
    private HttpServer server;
    private ExecutorService executor;
    /** Null until the first {@link #start()}; kept after {@link #close()} (the state is kept too). */
    private volatile String baseUrl;

    private PipedriveSandbox(SandboxConfig config) {
        this.config = config;
        this.store = new LeadStore(config);
        this.limiter = new RateLimiter(config.clock(), config.rateLimitPlan, config.dailyTokenBudget);
        OAuthTokenEndpoint oauth = new OAuthTokenEndpoint(config, this::baseUrl);
        this.webhookRegistry = new WebhookRegistry(config.clock(), config.webhookRetryTimeScale);
        this.webhookFaults = new WebhookFaults(config.seed(), config.webhookDropShare, config.webhookDuplicateShare,
                config.webhookDelay);
        this.webhookDeliverer = new WebhookDeliverer(webhookRegistry, webhookFaults, config.webhookRetryTimeScale,
                config.seed(), config.host);
        store.setListener(webhookDeliverer);
        Router router = new Router();
        new LeadSearchHandler(store).register(router);
        new LeadsHandler(store, config.paginationShape).register(router);
        new LeadLabelsHandler(store).register(router);
        new LeadSourcesHandler().register(router);
        new LeadFieldsHandler(config.paginationShape).register(router);
        new ConversionHandler(store).register(router);
        new WebhooksHandler(webhookRegistry).register(router);
        this.dispatcher = new SandboxDispatcher(router, new Authenticator(config.apiToken, oauth), limiter, faults,
                requestLog, oauth);
    }

    /** @return a builder with the defaults described on each of its methods */
    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------ lifecycle

    /**
     * Starts the HTTP server (idempotent).
     *
     * @return the base URL, e.g. {@code http://127.0.0.1:41234}
     */
    public String start() {
        synchronized (lifecycle) {
            if (server != null) {
                return baseUrl;
            }
            try {
                HttpServer created = createServer(new InetSocketAddress(config.host, config.port));
                AtomicInteger threadNumber = new AtomicInteger();
                executor = Executors.newFixedThreadPool(config.threads, r -> {
                    Thread t = new Thread(r, "pipedrive-sandbox-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
                created.setExecutor(executor);
                created.createContext("/", new SandboxHttpHandler(dispatcher));
                startOnDaemonThread(created);
                server = created;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the Pipedrive sandbox on port " + config.port, e);
            }
            String host = config.host.contains(":") ? "[" + config.host + "]" : config.host;
            baseUrl = "http://" + host + ":" + server.getAddress().getPort();
            return baseUrl;
        }
    }

    /**
     * Creates the JDK server with TCP_NODELAY on where the sandbox can still decide it: the
     * property is set only around the create call, only when the application has not set it, and
     * cleared again right after, so it is visible JVM-wide for as short as possible. If the JVM has
     * already created a JDK HTTP server before (the setting was fixed then), this changes nothing.
     */
    private static HttpServer createServer(InetSocketAddress address) throws IOException {
        synchronized (NODELAY_WINDOW) {
            boolean setHere = System.getProperty(NODELAY_PROPERTY) == null;
            if (setHere) {
                System.setProperty(NODELAY_PROPERTY, "true");
            }
            try {
                return HttpServer.create(address, 64);
            } finally {
                if (setHere) {
                    System.clearProperty(NODELAY_PROPERTY);
                }
            }
        }
    }

    /**
     * Starts the server from a daemon thread: the JDK's {@code HTTP-Dispatcher} thread inherits
     * the daemon flag of the thread that calls {@code start()}, and a non-daemon dispatcher would
     * keep the JVM alive when a test forgets {@link #close()}. The worker threads are daemons too.
     */
    private static void startOnDaemonThread(HttpServer created) {
        FutureTask<Void> start = new FutureTask<>(created::start, null);
        Thread starter = new Thread(start, "pipedrive-sandbox-start");
        starter.setDaemon(true);
        starter.start();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    start.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException) {
                        throw (RuntimeException) cause;
                    }
                    throw new IllegalStateException("cannot start the Pipedrive sandbox", cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops the server and its threads (idempotent). State is kept until the object is dropped. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (server != null) {
                server.stop(0);
                executor.shutdownNow();
                server = null;
            }
            webhookDeliverer.close();
        }
    }

    /**
     * @return the base URL, e.g. {@code http://127.0.0.1:41234} (still the same after {@link #close()})
     * @throws IllegalStateException before {@link #start()}
     */
    public String baseUrl() {
        String current = baseUrl;
        if (current == null) {
            throw new IllegalStateException("sandbox not started: call start() first");
        }
        return current;
    }

    /**
     * @return the bound port
     * @throws IllegalStateException when the server is not running
     */
    public int port() {
        synchronized (lifecycle) {
            if (server == null) {
                throw new IllegalStateException("sandbox not started: call start() first");
            }
            return server.getAddress().getPort();
        }
    }

    /** @return the API token the sandbox accepts */
    public String apiToken() {
        return config.apiToken;
    }

    // ------------------------------------------------------------------ faults, budget, counters

    /** @return the runtime fault switchboard */
    public FaultInjector faults() {
        return faults;
    }

    /** Gives back the whole daily token budget (as the midnight reset would). */
    public void resetDailyBudget() {
        limiter.resetDailyBudget();
    }

    /** @return tokens charged since start, over all days */
    public long tokensCharged() {
        return limiter.tokensCharged();
    }

    /** @return tokens left today, or -1 without a daily budget */
    public long dailyTokensRemaining() {
        return limiter.dailyTokensRemaining();
    }

    /**
     * Makes the next conversion job (either direction) end with the given outcome instead of the
     * configured default.
     *
     * @param outcome how the next job ends
     */
    public void failNextConversion(ConversionOutcome outcome) {
        store.setNextConversionOutcome(outcome);
    }

    // ------------------------------------------------------------------ webhooks

    /**
     * @return the runtime switchboard of webhook delivery faults (drop, duplicate, delay, seed),
     *     starting from the builder's settings
     */
    public WebhookFaults webhookFaults() {
        return webhookFaults;
    }

    /** @return the current webhook subscriptions, oldest first */
    public List<WebhookSubscription> webhooks() {
        return webhookRegistry.snapshot();
    }

    /**
     * Bans a subscription now, as ten first-attempt failures in a row would: nothing is delivered
     * to it for 30 minutes times {@link Builder#webhookRetryTimeScale(double)} of the sandbox clock,
     * and its events of that time are lost.
     *
     * @param id webhook id
     * @throws IllegalArgumentException when there is no such webhook
     */
    public void banWebhook(long id) {
        webhookRegistry.ban(id);
    }

    /**
     * @return every delivery attempt (and every dropped or banned event) so far, in the order they
     *     ended; the most recent 100,000 records are kept
     */
    public List<WebhookDelivery> webhookDeliveries() {
        return webhookDeliverer.deliveries();
    }

    /**
     * Tests wait for this to reach 0 before they count deliveries: a delivery (or its duplicate)
     * is pending from the lead change until it succeeded, failed its last attempt or was cut off by
     * a ban, a deletion or {@link #close()}.
     *
     * @return webhook deliveries not finished yet (waiting for an answer or a retry)
     */
    public int pendingWebhookDeliveries() {
        return webhookDeliverer.pending();
    }

    /** Forgets the delivery log (subscriptions and pending retries stay). */
    public void clearWebhookDeliveries() {
        webhookDeliverer.clearDeliveries();
    }

    // ------------------------------------------------------------------ request log

    /** @return how many requests the server received (faulted and refused ones included) */
    public int requestCount() {
        return requestLog.size();
    }

    /**
     * @param method HTTP method, case-insensitive
     * @param pathRegex regular expression that must match the whole path, query excluded
     * @return how many requests matched
     */
    public int requestCount(String method, String pathRegex) {
        return requestLog.count(method, pathRegex);
    }

    /** @return request lines such as {@code "GET /api/v1/leads?limit=500&start=0"}, never a token */
    public List<String> requestLog() {
        return requestLog.lines();
    }

    /** Forgets the logged requests. */
    public void resetRequestLog() {
        requestLog.clear();
    }

    // ------------------------------------------------------------------ mutation API

    /**
     * Creates a lead as a user would in the UI ({@code source_name "Manually created"}).
     *
     * @param title the title, required
     * @param personId an existing person, or null
     * @param organizationId an existing organization, or null (not both null)
     * @return the new lead's id
     */
    public String createLead(String title, Integer personId, Integer organizationId) {
        return store.createManualLead(title, personId, organizationId);
    }

    /**
     * Renames a lead and moves its update_time to the clock's now.
     *
     * @param id lead id
     * @param title new title
     */
    public void updateLeadTitle(String id, String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        store.mutate(id, lead -> lead.title = title);
    }

    /** @param id lead id to delete (it disappears everywhere) */
    public void deleteLead(String id) {
        store.deleteLead(id);
    }

    /** @param id lead id to archive (it moves to {@code /leads/archived}) */
    public void archiveLead(String id) {
        store.mutate(id, lead -> lead.archived = true);
    }

    /** @param id lead id to bring back from the archive */
    public void unarchiveLead(String id) {
        store.mutate(id, lead -> lead.archived = false);
    }

    /**
     * Converts a lead to a deal at once (no job to poll); the lead disappears.
     *
     * @param id lead id
     */
    public void convertLead(String id) {
        store.convertLeadNow(id);
    }

    /** @return number of live, non-archived leads */
    public int activeLeadCount() {
        return store.countLeads(false);
    }

    /** @return number of archived leads */
    public int archivedLeadCount() {
        return store.countLeads(true);
    }

    /** @return ids of live, non-archived leads in the default order (add_time, then creation) */
    public List<String> activeLeadIds() {
        return store.leadIds(false);
    }

    /**
     * @param id lead id
     * @return the lead as the API would serialize it, if it exists (archived included)
     */
    public Optional<String> leadJson(String id) {
        return store.read(() -> {
            Lead lead = store.lead(id);
            return lead == null ? Optional.<String>empty()
                    : Optional.of(new String(lead.json(), java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    /**
     * @param dealId deal id
     * @return whether the deal exists and is not deleted (seeded deals, converted leads)
     */
    public boolean dealExists(int dealId) {
        return store.dealExists(dealId);
    }

    /** The transport-independent pipeline, for in-process measurements. */
    SandboxDispatcher dispatcher() {
        return dispatcher;
    }

    /** The settings this sandbox was built with (tests check the command line against them). */
    SandboxConfig config() {
        return config;
    }

    /**
     * Configures a {@link PipedriveSandbox}. A builder may be reused: each {@link #build()}
     * returns an independent sandbox.
     */
    public static final class Builder {
        /** Default of {@link #conversionDelay(Duration)}. */
        public static final Duration DEFAULT_CONVERSION_DELAY = Duration.ofSeconds(1);

        int port;
        String host = "127.0.0.1";
        String apiToken = "sandbox-token";
        int seedLeads;
        long seed = 42L;
        Clock clock = Clock.systemUTC();
        RateLimitPlan rateLimitPlan = RateLimitPlan.NONE;
        long dailyTokenBudget = -1;
        PaginationShape paginationShape = PaginationShape.FLAT;
        int seedPersons = 100;
        int seedOrganizations = 50;
        int seedDeals = 10;
        String oauthClientId;
        String oauthClientSecret;
        String initialRefreshToken;
        Duration accessTokenTtl = Duration.ofSeconds(3599);
        ConversionOutcome conversionOutcome = ConversionOutcome.COMPLETED;
        Duration conversionDelay = DEFAULT_CONVERSION_DELAY;
        int threads = 8;
        double webhookRetryTimeScale = 1.0;
        double webhookDropShare;
        double webhookDuplicateShare;
        Duration webhookDelay = Duration.ZERO;

        private Builder() {
        }

        /**
         * @param value port to bind; 0 (default) picks a free one
         * @return this builder
         */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /**
         * @param value address to bind, default {@code 127.0.0.1}
         * @return this builder
         */
        public Builder host(String value) {
            this.host = value;
            return this;
        }

        /**
         * @param value the accepted API token, default {@code sandbox-token}
         * @return this builder
         */
        public Builder apiToken(String value) {
            this.apiToken = value;
            return this;
        }

        /**
         * @param value leads to create at start (default 0), with distinct, increasing add_time in
         *     the past, one per hour before the clock's now
         * @return this builder
         */
        public Builder seedLeads(int value) {
            this.seedLeads = value;
            return this;
        }

        /**
         * @param value seed of every random choice (ids, seed data, tokens); default 42
         * @return this builder
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * @param value source of add_time/update_time, token expiry, the rate-limit window and the
         *     budget day; default {@code Clock.systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /**
         * @param value burst plan, default {@link RateLimitPlan#NONE}
         * @return this builder
         */
        public Builder rateLimitPlan(RateLimitPlan value) {
            this.rateLimitPlan = value;
            return this;
        }

        /**
         * @param value daily token budget of the company; -1 (default) = unlimited
         * @return this builder
         */
        public Builder dailyTokenBudget(long value) {
            this.dailyTokenBudget = value;
            return this;
        }

        /**
         * @param value paging block shape of offset lists, default FLAT
         * @return this builder
         */
        public Builder paginationShape(PaginationShape value) {
            this.paginationShape = value;
            return this;
        }

        /**
         * @param value persons with ids 1..value that exist (default 100)
         * @return this builder
         */
        public Builder seedPersons(int value) {
            this.seedPersons = value;
            return this;
        }

        /**
         * @param value organizations with ids 1..value that exist (default 50)
         * @return this builder
         */
        public Builder seedOrganizations(int value) {
            this.seedOrganizations = value;
            return this;
        }

        /**
         * @param value deals with ids 1..value that can be converted to leads (default 10)
         * @return this builder
         */
        public Builder seedDeals(int value) {
            this.seedDeals = value;
            return this;
        }

        /**
         * Enables {@code POST /oauth/token}.
         *
         * @param clientId OAuth client id
         * @param clientSecret OAuth client secret
         * @param initialRefreshToken the refresh token valid at start
         * @return this builder
         */
        public Builder oauthClient(String clientId, String clientSecret, String initialRefreshToken) {
            this.oauthClientId = clientId;
            this.oauthClientSecret = clientSecret;
            this.initialRefreshToken = initialRefreshToken;
            return this;
        }

        /**
         * @param value lifetime of issued access tokens, default 3599 s
         * @return this builder
         */
        public Builder accessTokenTtl(Duration value) {
            this.accessTokenTtl = value;
            return this;
        }

        /**
         * @param value how every conversion job ends unless overridden (default COMPLETED)
         * @return this builder
         */
        public Builder conversionOutcome(ConversionOutcome value) {
            this.conversionOutcome = value;
            return this;
        }

        /**
         * How long a lead-to-deal or deal-to-lead conversion job takes, by the sandbox clock. The
         * job reports {@code not_started} for the first half of it and {@code running} for the
         * second; when it has passed, the job reaches its outcome on its own (the source disappears
         * and the target appears), whether or not anyone polls. {@link Duration#ZERO} completes
         * jobs at once.
         *
         * @param value delay of every job, default 1 s; not negative
         * @return this builder
         */
        public Builder conversionDelay(Duration value) {
            this.conversionDelay = value;
            return this;
        }

        /**
         * @param value HTTP worker threads, default 8
         * @return this builder
         */
        public Builder threads(int value) {
            this.threads = value;
            return this;
        }

        /**
         * Multiplies the webhook retry delays (3, 30 and 150 s) and the 30-minute ban; tests use
         * e.g. 0.01. The 10 s delivery timeout and the 3-day removal are not scaled.
         *
         * @param value positive factor, default 1.0
         * @return this builder
         */
        public Builder webhookRetryTimeScale(double value) {
            this.webhookRetryTimeScale = value;
            return this;
        }

        /**
         * @param value initial {@link WebhookFaults#dropShare(double)}: share of (event,
         *     subscription) pairs never delivered, 0..1, default 0
         * @return this builder
         */
        public Builder webhookDropShare(double value) {
            this.webhookDropShare = value;
            return this;
        }

        /**
         * @param value initial {@link WebhookFaults#duplicateShare(double)}: share of (event,
         *     subscription) pairs delivered twice, 0..1, default 0
         * @return this builder
         */
        public Builder webhookDuplicateShare(double value) {
            this.webhookDuplicateShare = value;
            return this;
        }

        /**
         * @param value initial {@link WebhookFaults#delay(Duration)}: extra wait before every
         *     delivery attempt, default zero
         * @return this builder
         */
        public Builder webhookDelay(Duration value) {
            this.webhookDelay = value;
            return this;
        }

        /** @return a new, not yet started sandbox */
        public PipedriveSandbox build() {
            return new PipedriveSandbox(new SandboxConfig(this));
        }
    }
}
