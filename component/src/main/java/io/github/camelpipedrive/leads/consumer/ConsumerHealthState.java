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

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;

/**
 * How a consumer's polls went: the outcome and time of the last one, failures in a row and the last failure. Filled
 * in by {@link #recording(PollingConsumerPollStrategy)}, a decorator of the consumer's poll strategy (Camel calls
 * commit after every poll that returned and rollback after every poll that threw), so the poll algorithm itself does
 * not need to report anything. Read by the consumer's health check and the dev console.
 */
public final class ConsumerHealthState {

    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong failedPolls = new AtomicLong();
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private volatile Instant lastPollTime;
    private volatile Instant lastSuccessTime;
    private volatile int lastDelivered;
    private volatile Exception lastFailure;

    /**
     * The poll strategy that records into this state and then does what {@code delegate} does (Camel's default
     * strategy when null).
     */
    public PollingConsumerPollStrategy recording(PollingConsumerPollStrategy delegate) {
        if (delegate instanceof Recording recording && recording.state() == this) {
            return delegate;
        }
        // null until ScheduledPollConsumer falls back to its default, which is therefore what we delegate to
        return new Recording(delegate != null ? delegate : new DefaultPollingConsumerPollStrategy());
    }

    void pollSucceeded(int delivered) {
        Instant now = Instant.now();
        polls.incrementAndGet();
        lastPollTime = now;
        lastSuccessTime = now;
        lastDelivered = delivered;
        failuresInARow.set(0);
        lastFailure = null;
    }

    void pollFailed(Exception cause) {
        polls.incrementAndGet();
        failedPolls.incrementAndGet();
        lastPollTime = Instant.now();
        failuresInARow.incrementAndGet();
        lastFailure = cause;
    }

    /** Polls finished (successful or not). */
    public long getPolls() {
        return polls.get();
    }

    /** Polls that failed, in total. */
    public long getFailedPolls() {
        return failedPolls.get();
    }

    /** Polls that failed since the last successful one. */
    public int getFailuresInARow() {
        return failuresInARow.get();
    }

    /** Whether at least one poll succeeded and the last one did. */
    public boolean isLastPollSuccessful() {
        return lastSuccessTime != null && failuresInARow.get() == 0;
    }

    /** When the last poll ended, or null before the first. */
    public Instant getLastPollTime() {
        return lastPollTime;
    }

    /** When the last successful poll ended, or null. */
    public Instant getLastSuccessTime() {
        return lastSuccessTime;
    }

    /** Leads delivered by the last successful poll. */
    public int getLastDelivered() {
        return lastDelivered;
    }

    /** The failure of the last poll, or null when it succeeded. Its message names no secret (component rule). */
    public Exception getLastFailure() {
        return lastFailure;
    }

    /** Records, then delegates: the delegate (the user's pollStrategy, or Camel's default) keeps every decision. */
    private final class Recording implements PollingConsumerPollStrategy {

        private final PollingConsumerPollStrategy delegate;

        Recording(PollingConsumerPollStrategy delegate) {
            this.delegate = delegate;
        }

        ConsumerHealthState state() {
            return ConsumerHealthState.this;
        }

        @Override
        public boolean begin(Consumer consumer, Endpoint endpoint) {
            return delegate.begin(consumer, endpoint);
        }

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            pollSucceeded(polledMessages);
            delegate.commit(consumer, endpoint, polledMessages);
        }

        @Override
        public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause)
                throws Exception {
            pollFailed(cause);
            return delegate.rollback(consumer, endpoint, retryCounter, cause);
        }
    }
}
