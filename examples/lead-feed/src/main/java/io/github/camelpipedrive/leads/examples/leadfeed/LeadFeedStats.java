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
package io.github.camelpipedrive.leads.examples.leadfeed;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.PollingConsumerPollStrategy;

/**
 * Counts what the routes created and consumed, names the labels of each lead for the log line, and (as the consumer's
 * poll strategy) signals the end of the first poll.
 */
public class LeadFeedStats implements PollingConsumerPollStrategy {

    /** Header with the label names of the lead in the body. */
    public static final String LABELS_HEADER = "LeadFeedLabels";

    private final Map<String, String> labelNames = new ConcurrentHashMap<>();
    private final Set<String> created = ConcurrentHashMap.newKeySet();
    private final Set<String> consumed = ConcurrentHashMap.newKeySet();
    private final CountDownLatch firstPoll = new CountDownLatch(1);

    /** Remembers a label's name so that log lines can show names rather than ids. */
    public void label(String id, String name) {
        labelNames.put(id, name);
    }

    /** Called by the producer route with the created lead. */
    public void created(Exchange exchange) {
        Lead lead = exchange.getMessage().getBody(Lead.class);
        created.add(lead.getId());
        exchange.getMessage().setHeader(LABELS_HEADER, names(lead.getLabelIds()));
    }

    /** Called by the consumer route with each delivered lead. */
    public void consumed(Exchange exchange) {
        Lead lead = exchange.getMessage().getBody(Lead.class);
        consumed.add(lead.getId());
        exchange.getMessage().setHeader(LABELS_HEADER, names(lead.getLabelIds()));
        synchronized (this) {
            notifyAll();
        }
    }

    /** Waits until the consumer delivered {@code count} of the leads this run created, or the timeout passed. */
    public synchronized boolean awaitConsumedOfCreated(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long left;
        while (consumedOfCreated() < count && (left = deadline - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return consumedOfCreated() >= count;
    }

    /** Waits until the consumer's first poll has completed. */
    public boolean awaitFirstPoll(Duration timeout) throws InterruptedException {
        return firstPoll.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        firstPoll.countDown();
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        // as Camel's default strategy: the poll failed, the consumer's exception handler reports it
        return false;
    }

    private String names(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return "none";
        }
        return ids.stream().map(id -> labelNames.getOrDefault(id, id)).collect(Collectors.joining(", "));
    }

    public Set<String> createdIds() {
        return Set.copyOf(created);
    }

    public Set<String> consumedIds() {
        return Set.copyOf(consumed);
    }

    /** @return how many of the leads this run created the consumer has delivered */
    public long consumedOfCreated() {
        return created.stream().filter(consumed::contains).count();
    }
}
