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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.state.ConditionalStateRepository;
import io.github.camelpipedrive.leads.state.JdbcStateRepository;
import io.github.camelpipedrive.leads.state.PooledPostgres;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two consumers of one feed (two "nodes") sharing a {@link ConditionalStateRepository}: the node that read the cursor
 * before the other moved it is a stale writer. Its save must lose the compare-and-set, its poll must stop after the
 * one lead in flight, the newer cursor must stay, and its next poll must continue from the shared cursor. Run with a
 * fake store and with the JDBC store on a real PostgreSQL.
 */
class ConsumerCompareAndSetTest extends SandboxConsumerTestSupport {

    private static final String KEY = "cas-test/new";
    private final List<String> deliveredByA = Collections.synchronizedList(new ArrayList<>());
    private final List<String> deliveredByB = Collections.synchronizedList(new ArrayList<>());

    private ConditionalStateRepository repository(String kind) throws Exception {
        if ("fake".equals(kind)) {
            return new FakeConditionalRepository();
        }
        JdbcStateRepository jdbc = new JdbcStateRepository(
                PooledPostgres.dataSource(PooledPostgres.shared(), "cas-consumer"),
                "cas_consumer_" + Long.toHexString(System.nanoTime()));
        jdbc.start();
        return jdbc;
    }

    private PipedriveLeadsConsumer node(String name, String startFrom, ConditionalStateRepository repository,
                                        org.apache.camel.Processor processor) throws Exception {
        context.getRegistry().bind("repo-" + name, repository);
        String uri = "pipedrive-leads:getLeads?startScheduler=false&stateKey=" + KEY + "&startFrom=" + startFrom
                     + "&stateRepository=#repo-" + name;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(name).process(processor);
            }
        });
        if (!context.isStarted()) {
            context.start();
        }
        return (PipedriveLeadsConsumer) context.getRoute(name).getConsumer();
    }

    private static String id(Exchange exchange) {
        return exchange.getMessage().getBody(Lead.class).getId();
    }

    @ParameterizedTest
    @ValueSource(strings = { "fake", "postgresql" })
    void aStaleWriterStopsAfterTheLeadInFlightAndNeverOverwritesTheNewerCursor(String kind) throws Exception {
        ConditionalStateRepository shared = repository(kind);
        List<String> first = createLeads(5);
        PipedriveLeadsConsumer[] b = new PipedriveLeadsConsumer[1];
        AtomicInteger overtaken = new AtomicInteger();
        PipedriveLeadsConsumer a = node("a", "beginning", shared, exchange -> {
            deliveredByA.add(id(exchange));
            if (overtaken.getAndIncrement() == 0) {
                // while A processes its first lead, B (the new leader) polls the whole feed and saves its cursor
                b[0].poll();
            }
        });
        b[0] = node("b", "beginning", shared, exchange -> deliveredByB.add(id(exchange)));

        int aDelivered = a.poll();

        assertThat(deliveredByB).containsExactlyInAnyOrderElementsOf(first);
        assertThat(deliveredByA).as("the stale node stops after the one lead in flight")
                .containsExactly(deliveredByB.get(0));
        assertThat(aDelivered).as("the lead whose cursor was not saved does not count").isZero();
        assertThat(shared.getState(KEY)).as("B's newer cursor is not overwritten")
                .isEqualTo(b[0].getCursor().serialize());

        List<String> later = createLeads(2);
        assertThat(a.poll()).as("the next poll adopts the shared cursor and reads nothing").isZero();
        assertThat(a.poll()).isEqualTo(2);
        assertThat(deliveredByA.subList(1, deliveredByA.size())).as("the one after continues from the shared cursor")
                .containsExactlyInAnyOrderElementsOf(later);
        assertThat(shared.getState(KEY)).isEqualTo(a.getCursor().serialize());
        assertThat(b[0].poll()).as("B re-reads the cursor A moved: nothing is delivered twice").isZero();
    }

    /**
     * A leader frozen past its session (found by a churn probe: SIGSTOP longer than the ZooKeeper session) wakes up
     * believing it still leads, and Camel runs its overdue poll at once, before the cluster service noticed: that poll
     * must not deliver what the new leader delivered meanwhile, nor anything new.
     */
    @ParameterizedTest
    @ValueSource(strings = { "fake", "postgresql" })
    void aDeposedLeaderWakingUpReadsNothingAtItsFirstPoll(String kind) throws Exception {
        ConditionalStateRepository shared = repository(kind);
        createLeads(2);
        PipedriveLeadsConsumer a = node("a", "beginning", shared, exchange -> deliveredByA.add(id(exchange)));
        assertThat(a.poll()).isEqualTo(2);
        // A freezes; B is elected and delivers what came meanwhile
        PipedriveLeadsConsumer b = node("b", "beginning", shared, exchange -> deliveredByB.add(id(exchange)));
        List<String> whileFrozen = createLeads(3);
        assertThat(b.poll()).isEqualTo(3);
        createLeads(1);
        long requestsBefore = sandbox.requestCount();

        assertThat(a.poll()).as("A wakes up: its overdue poll").isZero();

        assertThat(deliveredByA).hasSize(2).doesNotContainAnyElementsOf(whileFrozen);
        assertThat(sandbox.requestCount()).as("nothing read from Pipedrive").isEqualTo(requestsBefore);
        assertThat(a.getCursor().serialize()).as("the shared cursor adopted").isEqualTo(shared.getState(KEY));
    }

    @ParameterizedTest
    @ValueSource(strings = { "fake", "postgresql" })
    void aNodeStartingAfterAnotherAdoptsTheCursorItSaved(String kind) throws Exception {
        ConditionalStateRepository shared = repository(kind);
        List<String> before = createLeads(3);
        PipedriveLeadsConsumer a = node("a", "beginning", shared, exchange -> deliveredByA.add(id(exchange)));
        String initial = shared.getState(KEY);
        // B would start at "now" (after the 3 leads); it must take A's cursor (the beginning) instead
        PipedriveLeadsConsumer b = node("b", "now", shared, exchange -> deliveredByB.add(id(exchange)));

        assertThat(shared.getState(KEY)).isEqualTo(initial);
        assertThat(b.getCursor().serialize()).isEqualTo(initial);
        assertThat(b.poll()).isEqualTo(3);
        assertThat(deliveredByB).containsExactlyInAnyOrderElementsOf(before);
        assertThat(a.poll()).isZero();
    }

    @org.junit.jupiter.api.Test
    void aSharedCursorDeletedWhileRunningIsWrittenAgainInsteadOfLosingEveryCompareAndSet() throws Exception {
        FakeConditionalRepository shared = new FakeConditionalRepository();
        createLeads(2);
        PipedriveLeadsConsumer a = node("a", "beginning", shared, exchange -> deliveredByA.add(id(exchange)));
        assertThat(a.poll()).isEqualTo(2);
        shared.remove(KEY); // an operator deleted the key while the feed ran

        List<String> later = createLeads(1);
        assertThat(a.poll()).isEqualTo(1);
        assertThat(deliveredByA).endsWith(later.get(0));
        assertThat(shared.getState(KEY)).isEqualTo(a.getCursor().serialize());
    }

    /** An in-memory compare-and-set store, as the contract describes it. */
    static final class FakeConditionalRepository implements ConditionalStateRepository {
        private final Map<String, String> values = new ConcurrentHashMap<>();

        @Override
        public synchronized boolean compareAndSet(String key, String expected, String newValue) {
            String current = values.get(key);
            if (expected == null ? current != null : !expected.equals(current)) {
                return false;
            }
            values.put(key, newValue);
            return true;
        }

        @Override
        public synchronized void setState(String key, String value) {
            values.put(key, value);
        }

        @Override
        public synchronized String getState(String key) {
            return values.get(key);
        }

        synchronized void remove(String key) {
            values.remove(key);
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }
    }
}
