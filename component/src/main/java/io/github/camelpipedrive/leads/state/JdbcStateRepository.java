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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ConditionalStateRepository} in a relational database, for feeds and OAuth apps shared by several replicas:
 * one row per key, every read goes to the database (no cache a second node would not see), and every write bumps a
 * version so that {@link #compareAndSet} is a single {@code UPDATE ... WHERE state_key = ? AND version = ?}.
 * <p>
 * The table (default {@value #DEFAULT_TABLE_NAME}) is created on start when it is missing. Only standard SQL is used
 * (no upsert dialects), so PostgreSQL, MySQL/MariaDB and H2 work; the column type of the value is the one thing that
 * differs (see {@link #createTableSql(String)}). The PostgreSQL DDL:
 * <pre>
 * CREATE TABLE camel_pipedrive_leads_state (
 *     state_key   VARCHAR(255) NOT NULL PRIMARY KEY,
 *     state_value TEXT         NOT NULL,
 *     version     BIGINT       NOT NULL,
 *     updated_at  TIMESTAMP    NOT NULL
 * )
 * </pre>
 * Values are secrets when they hold refresh tokens: this class never logs or prints a value.
 */
public class JdbcStateRepository extends ServiceSupport implements ConditionalStateRepository {

    /** The table used when none is configured. */
    public static final String DEFAULT_TABLE_NAME = "camel_pipedrive_leads_state";
    /** Longest key the table accepts (a VARCHAR primary key that fits MySQL's index limit with utf8mb4). */
    public static final int MAX_KEY_LENGTH = 255;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStateRepository.class);
    /** A plain or schema-qualified SQL identifier: the name goes into SQL text, so nothing else is accepted. */
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");
    /** Attempts of an unconditional write whose row keeps vanishing between update and insert. */
    private static final int MAX_WRITE_ATTEMPTS = 10;

    private DataSource dataSource;
    private String tableName = DEFAULT_TABLE_NAME;
    private boolean createTableIfMissing = true;

    /** For bean containers: set the data source before start. */
    public JdbcStateRepository() {
    }

    public JdbcStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public JdbcStateRepository(DataSource dataSource, String tableName) {
        this.dataSource = dataSource;
        setTableName(tableName);
    }

    /** A value and the version it was written with (the version grows by one on every write). */
    public record VersionedValue(String value, long version) {
        @Override
        public String toString() {
            return "VersionedValue[version=" + version + ", value hidden]";
        }
    }

    // ------------------------------------------------------------------ lifecycle

    @Override
    protected void doStart() throws Exception {
        if (dataSource == null) {
            throw new IllegalArgumentException("JdbcStateRepository: dataSource must be set");
        }
        if (createTableIfMissing) {
            createTableIfMissing();
        }
    }

    private void createTableIfMissing() throws SQLException {
        if (tableExists()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String ddl = createTableSql(connection.getMetaData().getDatabaseProductName());
            statement.execute(ddl);
            LOG.info("Created the state table {}", tableName);
        } catch (SQLException e) {
            // another node may have created it at the same moment: fine as long as it is there now
            if (!tableExists()) {
                throw new SQLException("Cannot create the state table " + tableName + ": " + e.getMessage(),
                        e.getSQLState(), e);
            }
        }
    }

    private boolean tableExists() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            // works whatever case the database folds unquoted names to; a failed probe leaves no open transaction
            // because the connection is in auto-commit mode
            statement.executeQuery("SELECT state_key FROM " + tableName + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException missing) {
            return false;
        }
    }

    /**
     * The CREATE TABLE statement for the named database product (as {@code DatabaseMetaData} names it): TEXT for
     * PostgreSQL and MySQL/MariaDB, CLOB otherwise (H2 and the SQL standard). Values are never compared in SQL, so a
     * large-object type is fine everywhere.
     */
    public String createTableSql(String databaseProductName) {
        String product = databaseProductName == null ? "" : databaseProductName.toLowerCase(Locale.ROOT);
        String valueType = product.contains("postgres") || product.contains("mysql") || product.contains("mariadb")
                ? "TEXT" : "CLOB";
        return "CREATE TABLE " + tableName + " ("
               + "state_key VARCHAR(" + MAX_KEY_LENGTH + ") NOT NULL PRIMARY KEY, "
               + "state_value " + valueType + " NOT NULL, "
               + "version BIGINT NOT NULL, "
               + "updated_at TIMESTAMP NOT NULL)";
    }

    // ------------------------------------------------------------------ reads

    @Override
    public String getState(String key) {
        return read(key).map(VersionedValue::value).orElse(null);
    }

    /** The current value and its version, read from the database now. */
    public Optional<VersionedValue> read(String key) {
        checkKey(key);
        String sql = "SELECT state_value, version FROM " + tableName + " WHERE state_key = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(new VersionedValue(rs.getString(1), rs.getLong(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read", key, e);
        }
    }

    // ------------------------------------------------------------------ writes

    /**
     * Writes unconditionally (last writer wins), as Camel's StateRepository contract asks. Callers that must not
     * overwrite a newer value use {@link #compareAndSet} instead.
     */
    @Override
    public void setState(String key, String value) {
        checkKey(key);
        checkValue(value);
        // update first; insert when there is no row; if another node inserted meanwhile, its row is there to update
        for (int attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
            if (update(key, value) || insertIfAbsent(key, value)) {
                return;
            }
        }
        throw new IllegalStateException("State key " + key + " in table " + tableName + " was inserted and deleted"
                                        + " concurrently " + MAX_WRITE_ATTEMPTS + " times; nothing was written");
    }

    @Override
    public boolean compareAndSet(String key, String expected, String newValue) {
        checkKey(key);
        checkValue(newValue);
        if (expected == null) {
            return insertIfAbsent(key, newValue);
        }
        Optional<VersionedValue> current = read(key);
        if (current.isEmpty() || !current.get().value().equals(expected)) {
            return false;
        }
        // the version guards the gap between the read and the update: whoever wrote in between wins
        return updateIfVersion(key, current.get().version(), newValue);
    }

    /**
     * Sets {@code key} to {@code newValue} only if its version is still {@code expectedVersion} (as returned by
     * {@link #read(String)}).
     *
     * @return true when written; false when the row changed or vanished meanwhile
     */
    public boolean compareAndSetVersion(String key, long expectedVersion, String newValue) {
        checkKey(key);
        checkValue(newValue);
        return updateIfVersion(key, expectedVersion, newValue);
    }

    private boolean update(String key, String value) {
        String sql = "UPDATE " + tableName + " SET state_value = ?, version = version + 1, updated_at = CURRENT_TIMESTAMP"
                     + " WHERE state_key = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            statement.setString(2, key);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("write", key, e);
        }
    }

    private boolean updateIfVersion(String key, long expectedVersion, String value) {
        String sql = "UPDATE " + tableName + " SET state_value = ?, version = version + 1, updated_at = CURRENT_TIMESTAMP"
                     + " WHERE state_key = ? AND version = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            statement.setString(2, key);
            statement.setLong(3, expectedVersion);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("write", key, e);
        }
    }

    /** Inserts version 1; false when the key exists already (the primary key decides between racing nodes). */
    private boolean insertIfAbsent(String key, String value) {
        String sql = "INSERT INTO " + tableName + " (state_key, state_value, version, updated_at)"
                     + " VALUES (?, ?, 1, CURRENT_TIMESTAMP)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            statement.setString(2, value);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw failure("insert", key, e);
        }
    }

    /** SQLSTATE class 23 is "integrity constraint violation" in PostgreSQL, MySQL/MariaDB, H2 and the standard. */
    private static boolean isDuplicateKey(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private static void checkKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("State key must not be null or empty");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("State key must be at most " + MAX_KEY_LENGTH + " characters, was "
                                               + key.length());
        }
    }

    private static void checkValue(String value) {
        if (value == null) {
            throw new IllegalArgumentException("State value must not be null (the table keeps one value per key)");
        }
    }

    private IllegalStateException failure(String what, String key, SQLException e) {
        // the message names the table, the key and the database's reason; never the value (it may be a token)
        return new IllegalStateException("Cannot " + what + " state key " + key + " in table " + tableName + ": "
                                         + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
    }

    // ------------------------------------------------------------------ configuration

    public DataSource getDataSource() {
        return dataSource;
    }

    /** The database holding the state table (any javax.sql.DataSource; a pooled one for production). */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String getTableName() {
        return tableName;
    }

    /** The state table: a plain or schema-qualified SQL name (letters, digits, underscores). */
    public void setTableName(String tableName) {
        Objects.requireNonNull(tableName, "tableName");
        if (!TABLE_NAME.matcher(tableName).matches()) {
            throw new IllegalArgumentException("Invalid tableName '" + tableName + "': must be a SQL name of letters,"
                                               + " digits and underscores, optionally schema-qualified (schema.table)");
        }
        this.tableName = tableName;
    }

    public boolean isCreateTableIfMissing() {
        return createTableIfMissing;
    }

    /** Whether start creates the table when it is missing (turn off when the schema is managed by migrations). */
    public void setCreateTableIfMissing(boolean createTableIfMissing) {
        this.createTableIfMissing = createTableIfMissing;
    }

    @Override
    public String toString() {
        return "JdbcStateRepository[table=" + tableName + "]";
    }
}
