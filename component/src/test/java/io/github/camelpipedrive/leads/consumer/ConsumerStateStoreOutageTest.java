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

import java.util.List;

import io.github.camelpipedrive.leads.exception.PipedriveStateException;
import io.github.camelpipedrive.leads.state.JdbcStateRepository;
import io.github.camelpipedrive.leads.state.PooledPostgres;
import io.github.camelpipedrive.leads.testutil.SwitchableDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The consumer's shared state store (a database) is down when the consumer starts, as after a failover during a
 * database outage. The consumer must start all the same - camel-master tries a consumer's start once and would keep
 * the leadership without one - read nothing from Pipedrive while the store is out of reach, say so in words that do
 * not advise deleting the cursor, and continue from the stored cursor once the store is back.
 */
class ConsumerStateStoreOutageTest extends SandboxConsumerTestSupport {

    private final SwitchableDataSource database = new SwitchableDataSource();

    private JdbcStateRepository repository() throws Exception {
        database.target = PooledPostgres.dataSource(PooledPostgres.shared(), "outage");
        JdbcStateRepository repository = new JdbcStateRepository(database,
                "outage_" + Long.toHexString(System.nanoTime()));
        context.getRegistry().bind("store", repository);
        return repository;
    }

    @Test
    void aStoreDownAtStartDelaysTheFeedUntilItIsBackAndKeepsTheStoredCursor() throws Exception {
        JdbcStateRepository repository = repository();
        repository.start();
        repository.setState("outage/new", "v1;0;"); // a cursor another node stored before the outage
        List<String> leads = createLeads(3);
        database.down = true;

        PipedriveLeadsConsumer consumer = feed("stateRepository=#store&stateKey=outage/new&startFrom=now");

        assertThat(consumer.getCursor()).as("not known while the store is out of reach").isNull();
        long requestsBefore = sandbox.requestCount();
        assertThatThrownBy(consumer::poll).isInstanceOf(PipedriveStateException.class)
                .hasMessageContaining("outage/new").hasMessageContaining("cannot be reached")
                .hasMessageContaining("Connection refused").hasMessageNotContaining("delete the");
        assertThat(sandbox.requestCount()).as("nothing read from Pipedrive without a cursor").isEqualTo(requestsBefore);
        assertThat(delivered).isEmpty();

        database.down = false;
        consumer.poll();

        assertThat(delivered).as("from the stored cursor, not from startFrom=now")
                .containsExactlyInAnyOrderElementsOf(leads);
        assertThat(repository.getState("outage/new")).isEqualTo(consumer.getCursor().serialize());
    }

    @Test
    void aNewFeedStartedDuringTheOutageStartsFromTheMomentItStarted() throws Exception {
        repository();
        createLeads(1); // before the start: not owed with startFrom=now
        database.down = true;
        PipedriveLeadsConsumer consumer = feed("stateRepository=#store&stateKey=outage/fresh&startFrom=now");
        List<String> createdDuringTheOutage = createLeads(2);

        database.down = false;
        consumer.poll();

        assertThat(delivered).containsExactlyInAnyOrderElementsOf(createdDuringTheOutage);
    }

    @Test
    void aStoredValueThatIsNotACursorStillStopsTheStart() throws Exception {
        JdbcStateRepository repository = repository();
        repository.start();
        repository.setState("outage/garbled", "not a cursor");

        assertThatThrownBy(() -> feed("stateRepository=#store&stateKey=outage/garbled")).satisfies(failure ->
                assertThat(stateFailureIn(failure)).hasMessageContaining("cannot be read")
                        .hasMessageContaining("delete the"));
    }

    @Test
    void aConfigurationErrorOfTheStoreStillStopsTheStart() throws Exception {
        repository();
        database.misconfigured = true; // not an outage: waiting would not help

        assertThatThrownBy(() -> feed("stateRepository=#store&stateKey=outage/misconfigured")).satisfies(failure ->
                assertThat(stateFailureIn(failure)).hasMessageContaining("outage/misconfigured")
                        .hasMessageContaining("failed to start").hasMessageContaining("password authentication failed")
                        .hasMessageNotContaining("cannot be reached").hasMessageNotContaining("delete the"));
    }

    /** The PipedriveStateException in a failure's cause chain (Camel may wrap the consumer's start failure). */
    private static Throwable stateFailureIn(Throwable failure) {
        Throwable state = failure;
        while (!(state instanceof PipedriveStateException) && state.getCause() != null) {
            state = state.getCause();
        }
        assertThat(state).isInstanceOf(PipedriveStateException.class);
        return state;
    }
}
