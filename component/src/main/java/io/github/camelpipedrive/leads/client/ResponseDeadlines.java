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
package io.github.camelpipedrive.leads.client;

import java.io.Closeable;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.hc.core5.concurrent.Cancellable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces {@code responseDeadline} on the requests in flight. A scheduled task per request (the first version) costs a
 * task object, two operations on the scheduler's locked queue and, whenever the queue was empty (always with one
 * caller), a wake-up of the scheduler thread: a context switch per call. Here a request only enters and leaves a
 * concurrent set, and one scanner aborts those past their deadline every tenth of the deadline (at least 10 ms, at
 * most 1 s): a request is aborted at most that much after its deadline.
 */
final class ResponseDeadlines implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseDeadlines.class);

    /** One request in flight. */
    static final class InFlight {
        private final Cancellable request;
        private final long deadlineNanos;
        private volatile boolean expired;

        private InFlight(Cancellable request, long deadlineNanos) {
            this.request = request;
            this.deadlineNanos = deadlineNanos;
        }

        /** Whether the request was aborted because its deadline passed. */
        boolean expired() {
            return expired;
        }
    }

    private final Set<InFlight> inFlight = ConcurrentHashMap.newKeySet();
    private final long deadlineNanos;
    private final CamelContext camelContext;
    private final ScheduledExecutorService scanner;

    ResponseDeadlines(long deadlineMillis, CamelContext camelContext, Object source) {
        this.deadlineNanos = TimeUnit.MILLISECONDS.toNanos(deadlineMillis);
        this.camelContext = camelContext;
        this.scanner = camelContext.getExecutorServiceManager().newSingleThreadScheduledExecutor(source,
                "PipedriveLeadsResponseDeadline");
        long period = Math.max(10, Math.min(1000, deadlineMillis / 10));
        scanner.scheduleWithFixedDelay(this::abortExpired, period, period, TimeUnit.MILLISECONDS);
    }

    /** Registers a request about to be sent; pair with {@link #finish}. */
    InFlight start(Cancellable request) {
        InFlight entry = new InFlight(request, System.nanoTime() + deadlineNanos);
        inFlight.add(entry);
        return entry;
    }

    /** The request completed (or failed): it can no longer be aborted by its deadline. */
    void finish(InFlight entry) {
        inFlight.remove(entry);
    }

    /** How many requests are registered (for tests: none may stay behind once finished). */
    int inFlightCount() {
        return inFlight.size();
    }

    private void abortExpired() {
        try {
            long now = System.nanoTime();
            for (InFlight entry : inFlight) {
                if (!entry.expired && now - entry.deadlineNanos >= 0) {
                    entry.expired = true;
                    // closes the socket: a read blocked on a drip-fed body returns at once
                    entry.request.cancel();
                }
            }
        } catch (RuntimeException e) {
            // never let one failure end the schedule: later requests would have no deadline
            LOG.warn("Could not abort a request past its response deadline: {}", e.toString());
        }
    }

    @Override
    public void close() {
        camelContext.getExecutorServiceManager().shutdownNow(scanner);
    }
}
