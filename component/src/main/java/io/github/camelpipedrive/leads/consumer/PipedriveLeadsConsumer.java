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
package io.github.camelpipedrive.leads.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.github.camelpipedrive.leads.HealthCheckRegistration;
import io.github.camelpipedrive.leads.LeadFeed;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.PipedriveLeadsEndpoint;
import io.github.camelpipedrive.leads.PipedriveLeadsOperation;
import io.github.camelpipedrive.leads.QueryOption;
import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.DefaultScheduledPollConsumerScheduler;
import org.apache.camel.support.LoggingExceptionHandler;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.util.ObjectHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Camel shell of the lead feed: options, the cursor's repository, the cadence, exchanges and logging. What to
 * read and deliver is decided by {@link LeadPoller}; each lead (or page, in batchMode) becomes one exchange, and the
 * cursor is saved after each exchange completed, never before.
 */
public class PipedriveLeadsConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(PipedriveLeadsConsumer.class);
    /**
     * When the server cannot be asked for "now" at start, the cursor starts this long before the local start time:
     * a skewed clock or a lead created while the consumer was starting must not be skipped (a few older leads may
     * be delivered instead).
     */
    static final Duration START_SKEW_ALLOWANCE = Duration.ofMinutes(5);

    private final PipedriveLeadsEndpoint endpoint;
    private final PipedriveLeadsConfiguration configuration;
    /** The value of the feed header, computed once. */
    private final String feedName;
    private LeadPoller poller;
    /** The thread that reads the next page of a backlog while the route processes one (readAhead); or null. */
    private ExecutorService readAhead;
    private CursorStore store;
    private PollFailureLog failureLog;
    private boolean adaptiveDelay;
    /** Null only while the state repository could not be reached yet since the start (then see deferredInitial). */
    private volatile LeadCursor cursor;
    /** A new feed's starting point, fixed at the start, for a cursor established at a later poll. */
    private java.util.function.Supplier<LeadCursor> deferredInitial;
    private final ConsumerHealthState healthState = new ConsumerHealthState();
    private HealthCheckRegistration healthCheck = HealthCheckRegistration.none();
    private DeliveryGate gate;
    /** Held while exchanges are processed, so that a stop can wait for the one in flight. */
    private final ReentrantLock delivering = new ReentrantLock();

    public PipedriveLeadsConsumer(PipedriveLeadsEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.feedName = configuration.getFeed().name().toLowerCase(Locale.ROOT);
    }

    /** Whether the poll delay is derived from the token budget (true when delay was not set). */
    public void setAdaptiveDelay(boolean adaptiveDelay) {
        this.adaptiveDelay = adaptiveDelay;
    }

    public boolean isAdaptiveDelay() {
        return adaptiveDelay;
    }

    /** A hook around each delivered lead (push and backfill mode); not for batchMode. Set before the start. */
    public void setDeliveryGate(DeliveryGate gate) {
        this.gate = gate;
    }

    @Override
    protected void doStart() throws Exception {
        int pageSize = configuration.getPageSize();
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("Invalid pageSize: must be between 1 and 500, was " + pageSize);
        }
        if (configuration.isIncludeArchived() && configuration.getFeed() != LeadFeed.NEW) {
            throw new IllegalArgumentException("includeArchived works with feed=new only: the archived list has no"
                                               + " updated_since to follow updates");
        }
        PollCadence.requireShare(configuration.getPollBudgetShare());
        parseStartFrom();
        // a restarted consumer reads its cursor again; what it held before the stop may be stale
        cursor = null;
        deferredInitial = null;
        StateRepository<String, String> configured = configuration.getStateRepository();
        // a supplied repository is started through the store: a torn file fails naming the key and the file
        store = new CursorStore(configured != null ? configured : endpoint.cursorRepository(),
                CursorStore.keyFor(configuration));
        FeedQuery query = new FeedQuery(endpoint.getApiClient(), endpoint.getMapper(), configuration);
        if (configuration.isReadAhead() && !configuration.isIncludeArchived()) {
            readAhead = getEndpoint().getCamelContext().getExecutorServiceManager()
                    .newSingleThreadExecutor(this, "PipedriveLeadsReadAhead");
        }
        poller = new LeadPoller(LeadSource.of(query), new LeadPoller.Settings(pageSize,
                configuration.isIncludeArchived(), configuration.isBatchMode(), getMaxMessagesPerPoll()), readAhead);
        failureLog = new PollFailureLog(LOG, store.key(), Clock.systemUTC());
        // the cursor is fixed now, not at the first poll: a lead created between start and the first poll counts
        try {
            cursor = store.establish(this::initialCursor);
            LOG.debug("Feed {} starts at {}", store.key(), cursor);
        } catch (CursorStoreUnavailableException unreachable) {
            // a store that is down must not stop the feed for good (camel-master tries a consumer's start once and
            // then keeps the leadership without a consumer): start, and establish the cursor at the first poll that
            // reaches the store; the starting point of a new feed is still the one of this moment
            LeadCursor initial = initialCursor();
            deferredInitial = () -> initial;
            LOG.warn("Feed {}: {}; starting anyway", store.key(), unreachable.getMessage());
        }
        configureCadence();
        if (getExceptionHandler() instanceof LoggingExceptionHandler) {
            // only Camel's default handler is replaced; a bridgeErrorHandler or a custom handler stays in charge
            setExceptionHandler(new FailureLoggingHandler(getExceptionHandler()));
        }
        super.doStart();
        healthCheck = HealthCheckRegistration.register(getEndpoint().getCamelContext(), newHealthCheck());
    }

    @Override
    protected void doStop() throws Exception {
        healthCheck.unregister();
        awaitExchangeInFlight();
        super.doStop();
        if (readAhead != null) {
            // after the poll thread stopped; a read in progress is left to finish (its page is not used)
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdown(readAhead);
            readAhead = null;
        }
    }

    /**
     * Lets the exchange in flight complete (and its cursor be saved) before the scheduler stops, which interrupts
     * the poll thread. Camel's graceful shutdown waits for a consumer's exchanges itself; a consumer stopped directly
     * is not waited for - camel-master stops the consumer it wraps that way when it loses or gives up the leadership
     * - and the route would be interrupted in the middle of its work. No new exchange starts once stopping
     * ({@code isBatchAllowed}); the wait ends after Camel's shutdown timeout at the latest.
     */
    private void awaitExchangeInFlight() {
        long timeout = ShutdownBudget.millis(getEndpoint().getCamelContext());
        if (timeout < 0) {
            return;
        }
        boolean completed;
        try {
            completed = delivering.tryLock(timeout, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the stop goes on all the same: never a half-stopped consumer
            return;
        }
        if (completed) {
            delivering.unlock();
        } else {
            LOG.warn("Feed {}: the exchange in flight did not complete within the shutdown timeout of {} ms; stopping"
                     + " anyway (it is delivered again by the next poll)", store == null ? "?" : store.key(), timeout);
        }
    }

    private PipedriveLeadsConsumerHealthCheck newHealthCheck() {
        PipedriveLeadsConsumerHealthCheck check = new PipedriveLeadsConsumerHealthCheck(this, getRouteId());
        check.setEnabled(endpoint.getComponent().isHealthCheckConsumerEnabled());
        return check;
    }

    @Override
    protected int poll() throws Exception {
        if (cursor == null) {
            cursor = store.establish(deferredInitial); // fails this poll (logged, backed off) while still out of reach
            LOG.info("Feed {}: the cursor store is reachable again; continuing from {}", store.key(), cursor);
        }
        int delivered = 0;
        CursorStore.Reload shared = store.isShared() ? store.reload() : null;
        if (shared != null && shared.movedByAnother() && shared.cursor() != null) {
            // Another node delivered since this one last read or saved the shared cursor. Under master: a leader
            // frozen past its session (a GC pause, a suspended VM) wakes up still believing it leads, and Camel runs
            // its overdue poll at once, before the cluster service has noticed the lost leadership: new work now
            // would deliver what the new leader delivers, and its compare-and-sets would succeed against the value
            // just read. This poll adopts the shared cursor and reads nothing; the next one continues from it.
            cursor = shared.cursor();
            LOG.info("Feed {}: another node moved the shared cursor since this one last saved it; continuing from {}"
                     + " at the next poll", store.key(), cursor);
        } else {
            delivered = poller.poll(cursor, this::deliver, this::isPollAllowed).delivered();
        }
        forceConsumerAsReady();
        failureLog.succeeded();
        return delivered;
    }

    /** Turns the units into exchanges and processes them; the cursor moves (and is saved) per completed exchange. */
    private int deliver(List<LeadPoller.Unit> units) throws Exception {
        Queue<Object> exchanges = new ArrayDeque<>(units.size());
        for (LeadPoller.Unit unit : units) {
            // the cursor after the exchange travels beside it, not as an exchange property
            exchanges.add(new Pending(configuration.isBatchMode() ? pageExchange(unit) : leadExchange(unit),
                    unit.after()));
        }
        return processBatch(exchanges);
    }

    private Exchange leadExchange(LeadPoller.Unit unit) {
        Lead lead = unit.leads().get(0);
        Exchange exchange = createExchange(false);
        exchange.setIn(new LeadMessage(exchange, lead, feedName)); // headers written when the route reads one
        return exchange;
    }

    private Exchange pageExchange(LeadPoller.Unit unit) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(new java.util.ArrayList<>(unit.leads()));
        exchange.getMessage().setHeader(PipedriveLeadsConstants.FEED, feedName);
        return exchange;
    }

    /**
     * Processes the exchanges one by one, the cursor moving after each one that completed; stops at the first
     * failure, which goes to the consumer's exception handler (and the route with bridgeErrorHandler).
     * <p>
     * A durable or shared repository gets every completed exchange's cursor at once (the crash bound: at most the
     * exchange in flight is delivered again). The in-memory default keeps nothing across a crash anyway, so it gets
     * the cursor once, when the batch ends, however it ends (all done, a failure, a stop): a restarted route still
     * continues after the last completed exchange, and a lead no longer costs a serialized cursor.
     */
    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        Integer boxedTotal = total; // one box for the whole batch
        int index = 0;
        boolean deferSaves = store.isVolatile();
        LeadCursor unsaved = null;
        delivering.lock();
        try {
            while (!exchanges.isEmpty() && mayStartAnotherExchange()) {
                Pending pending = (Pending) exchanges.poll();
                Exchange exchange = pending.exchange();
                exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
                exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, boxedTotal);
                exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
                pendingExchanges = total - index - 1;
                LeadCursor after = pending.after();
                Lead gated = gate != null && exchange.getMessage().getBody() instanceof Lead lead ? lead : null;
                boolean admitted = true;
                try {
                    admitted = gated == null || gate.admit(gated, exchange);
                    if (admitted) {
                        getProcessor().process(exchange);
                    }
                } catch (Exception e) {
                    exchange.setException(e);
                }
                Exception failure = exchange.getException();
                if (failure != null) {
                    if (gated != null) {
                        gate.finished(gated, false, cursor);
                    }
                    getExceptionHandler().handleException("Error processing lead(s); the cursor stays before them"
                                                          + " and they are delivered again on the next poll",
                            exchange, failure);
                    releaseExchange(exchange, false);
                    return index;
                }
                if (deferSaves) {
                    unsaved = after;
                } else if (!store.save(after)) {
                    if (gated != null) {
                        gate.finished(gated, false, cursor);
                    }
                    LOG.warn("Feed {}: the shared cursor was moved by another node since this node read it"
                             + " (compare-and-set lost); stopping this poll after exchange {} (delivered, its cursor"
                             + " not saved) and re-reading the shared cursor on the next poll. Expected once around a"
                             + " change of leader; often means two nodes poll the same feed.", store.key(),
                            exchange.getExchangeId());
                    releaseExchange(exchange, false);
                    return index;
                }
                cursor = after;
                if (gated != null) {
                    gate.finished(gated, admitted, after);
                }
                releaseExchange(exchange, false);
                index++;
            }
            return index;
        } finally {
            pendingExchanges = 0;
            try {
                if (unsaved != null) {
                    store.save(unsaved);
                }
            } finally {
                delivering.unlock();
            }
        }
    }

    /**
     * Whether the batch goes on to its next exchange. Not once the CamelContext is stopping, unless Camel's shutdown
     * asked this consumer to complete all its tasks: a consumer that Camel's graceful shutdown does not manage (the
     * one camel-master wraps) would otherwise start exchanges that the stopping route refuses.
     */
    private boolean mayStartAnotherExchange() {
        return isBatchAllowed() && (shutdownRunningTask == org.apache.camel.ShutdownRunningTask.CompleteAllTasks
                                    || !getEndpoint().getCamelContext().isStopping());
    }

    /** An exchange to process and the cursor once it completed (the elements of {@link #processBatch}'s queue). */
    private record Pending(Exchange exchange, LeadCursor after) {
    }

    private LeadCursor initialCursor() {
        Instant from = parseStartFrom();
        if (from != null) {
            return LeadCursor.from(from);
        }
        if ("beginning".equalsIgnoreCase(configuration.getStartFrom())) {
            return LeadCursor.beginning();
        }
        // "now": the newest lead present at start (server time, so clock skew cannot skip leads)
        try {
            return poller.anchorNow();
        } catch (RuntimeException e) {
            Instant fallback = Instant.now().minus(START_SKEW_ALLOWANCE);
            LOG.warn("Could not ask Pipedrive where startFrom=now is for {} ({}); starting from {} (local time"
                     + " minus {} min) so that no lead created since the start is skipped", store.key(),
                    e.getMessage(), fallback, START_SKEW_ALLOWANCE.toMinutes());
            return LeadCursor.from(fallback);
        }
    }

    /**
     * An unset delay becomes the budget-derived one; an explicit delay is honoured, with one WARN when its idle
     * polling spends more than pollBudgetShare of the daily budget.
     */
    private void configureCadence() {
        int idleCost = idlePollTokens();
        double share = configuration.getPollBudgetShare();
        long reported = endpoint.getComponent().getUsageStatistics().getLastDailyTokenLimit();
        long budget = PollCadence.budget(reported);
        String budgetSource = reported > 0 ? "reported by Pipedrive" : "assumed: Pipedrive did not report it yet";
        if (adaptiveDelay) {
            long millis = PollCadence.intervalMillis(idleCost, share, budget);
            setDelay(Math.max(1, getTimeUnit().convert(millis, TimeUnit.MILLISECONDS)));
            if (getScheduler() instanceof DefaultScheduledPollConsumerScheduler scheduler) {
                // a restarted route keeps its scheduler, which took the delay of its first start
                scheduler.setDelay(getDelay());
            }
            LOG.info("Feed {} polls every {} s: an idle poll costs {} tokens, about {} tokens a day, {} % of the"
                     + " daily budget of {} tokens ({}). Set delay to choose another cadence.", store.key(),
                    millis / 1000, idleCost, PollCadence.tokensPerDay(idleCost, millis), percent(share), budget,
                    budgetSource);
            return;
        }
        long millis = getTimeUnit().toMillis(getDelay());
        long perDay = PollCadence.tokensPerDay(idleCost, millis);
        if (perDay > share * budget) {
            LOG.warn("Feed {} polls every {} ms: idle polling alone costs about {} tokens a day ({} tokens a poll),"
                     + " {} % of the company's daily budget of {} tokens ({}), more than pollBudgetShare ({} %)."
                     + " Leave delay unset for a cadence within the share, or raise pollBudgetShare.",
                    store.key(), millis, perDay, idleCost, Math.round(100.0 * perDay / budget), budget,
                    budgetSource, percent(share));
        }
    }

    private int idlePollTokens() {
        return PipedriveLeadsOperation.getLeads.tokenCost()
               + (configuration.isIncludeArchived() ? PipedriveLeadsOperation.getArchivedLeads.tokenCost() : 0);
    }

    private static String percent(double share) {
        double pct = share * 100;
        return pct == Math.rint(pct) ? Long.toString(Math.round(pct)) : String.format(Locale.ROOT, "%.1f", pct);
    }

    private Instant parseStartFrom() {
        String startFrom = configuration.getStartFrom();
        if (ObjectHelper.isEmpty(startFrom) || "now".equalsIgnoreCase(startFrom)
            || "beginning".equalsIgnoreCase(startFrom)) {
            return null;
        }
        return QueryOption.toInstant(startFrom, "startFrom");
    }

    /** The cursor as last saved (for tests and management). */
    public LeadCursor getCursor() {
        return cursor;
    }

    /** The key the cursor is stored under. */
    public String getStateKey() {
        return CursorStore.keyFor(configuration);
    }

    /** The key the cursor of a feed with these options is stored under. */
    public static String stateKeyOf(PipedriveLeadsConfiguration configuration) {
        return CursorStore.keyFor(configuration);
    }

    /** How the polls went (for the health check and the dev console). */
    public ConsumerHealthState getHealthState() {
        return healthState;
    }

    /**
     * Camel's default handler logs every failed poll with its stack trace; this one hands poll failures to
     * {@link PollFailureLog} and leaves failed exchanges to the default handler.
     */
    private final class FailureLoggingHandler implements ExceptionHandler {
        private final ExceptionHandler exchanges;

        FailureLoggingHandler(ExceptionHandler exchanges) {
            this.exchanges = exchanges;
        }

        @Override
        public void handleException(Throwable exception) {
            failureLog.failed(exception);
        }

        @Override
        public void handleException(String message, Throwable exception) {
            failureLog.failed(exception);
        }

        @Override
        public void handleException(String message, Exchange exchange, Throwable exception) {
            if (exchange == null) {
                failureLog.failed(exception);
            } else {
                exchanges.handleException(message, exchange, exception);
            }
        }
    }
}
