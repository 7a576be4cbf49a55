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

    private PooledPostgres() {
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
