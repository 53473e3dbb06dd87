package io.ccmm.library;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A team library on a PostgreSQL server: connections as the given user (password from {@link LibraryPassword}), the
 * schema {@value #SCHEMA} migrated by Flyway, and the check that the schema is the one this app writes.
 *
 * <p>One object is one session with the library: its work borrows connections through {@link #lease()}, which keeps a
 * few idle connections for the next piece of work and checks the schema version once (connecting, authenticating and
 * checking the schema cost more than a portfolio query). {@link #close()} ends the session.
 */
public final class Library implements AutoCloseable {

    /** The schema that holds the library's tables. */
    public static final String SCHEMA = "ccmm";

    /** The schema version this app reads and writes (the newest migration under {@code io/ccmm/library/migration}). */
    public static final String SCHEMA_VERSION = "1";

    private static final int CONNECT_TIMEOUT_SECONDS = 15;

    /** Idle connections kept for the next piece of work; more concurrent users get connections of their own. */
    private static final int MAX_IDLE = 4;

    /** An idle connection older than this is asked whether it still works before it is lent again. */
    private static final long CHECK_IDLE_AFTER_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final LibraryLocation location;
    private final Optional<String> password;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private volatile boolean schemaChecked;
    private boolean closed;

    private record Idle(Connection connection, long since) {}

    public Library(LibraryLocation location) {
        this(location, LibraryPassword.find(location));
    }

    public Library(LibraryLocation location, Optional<String> password) {
        this.location = location;
        this.password = password;
    }

    public LibraryLocation location() {
        return location;
    }

    /**
     * A connection for one piece of work, on a library whose schema is this app's (checked once per session); closing
     * the lease gives the connection back, reset to auto-commit and read-write.
     */
    public Lease lease() throws LibraryException {
        Connection c = idleConnection();
        if (c == null) {
            c = connect();
        }
        if (!schemaChecked) {
            try {
                requireSchema(c);
                schemaChecked = true;
            } catch (SQLException e) {
                closeQuietly(c);
                throw LibraryErrors.of(e, location);
            } catch (LibraryException e) {
                giveBack(c);
                throw e;
            }
        }
        return new Lease(c);
    }

    /** Connects and checks the schema: the schema version when the library can be used, else why not. */
    public String check() throws LibraryException {
        schemaChecked = false;
        try (Lease lease = lease()) {
            return requireSchema(lease.connection());
        } catch (SQLException e) {
            throw LibraryErrors.of(e, location);
        }
    }

    /** Closes the idle connections; connections lent out close when they are given back. */
    @Override
    public void close() {
        List<Idle> all;
        synchronized (idle) {
            closed = true;
            all = new ArrayList<>(idle);
            idle.clear();
        }
        all.forEach(i -> closeQuietly(i.connection()));
    }

    private Connection idleConnection() {
        while (true) {
            Idle i;
            synchronized (idle) {
                i = idle.pollFirst();
            }
            if (i == null) {
                return null;
            }
            try {
                if (System.nanoTime() - i.since() < CHECK_IDLE_AFTER_NANOS
                        || i.connection().isValid(5)) {
                    return i.connection();
                }
            } catch (SQLException e) {
                // gone: try the next one
            }
            closeQuietly(i.connection());
        }
    }

    private void giveBack(Connection c) {
        try {
            if (c.isClosed()) {
                return;
            }
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            if (c.isReadOnly()) {
                c.setReadOnly(false);
            }
        } catch (SQLException e) {
            closeQuietly(c);
            return;
        }
        synchronized (idle) {
            if (!closed && idle.size() < MAX_IDLE) {
                idle.addFirst(new Idle(c, System.nanoTime()));
                return;
            }
        }
        closeQuietly(c);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a broken connection: nothing to keep
        }
    }

    /** A connection lent by {@link #lease()}; closing it gives it back to the library. */
    public final class Lease implements AutoCloseable {

        private final Connection connection;
        private boolean returned;

        private Lease(Connection connection) {
            this.connection = connection;
        }

        public Connection connection() {
            return connection;
        }

        @Override
        public void close() {
            if (!returned) {
                returned = true;
                giveBack(connection);
            }
        }
    }

    /** A new connection of its own, outside the session; the caller closes it. */
    public Connection connect() throws LibraryException {
        Properties props = new Properties();
        props.setProperty("user", location.user());
        password.ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", "CCMM Readiness");
        props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        props.setProperty("currentSchema", SCHEMA);
        try {
            return DriverManager.getConnection(location.url(), props);
        } catch (SQLException e) {
            throw LibraryErrors.connect(e, location);
        }
    }

    /**
     * Creates or brings the library's schema up to date (run by the library's owner, once per app version). Returns
     * the schema version afterwards.
     */
    public String migrate() throws LibraryException {
        try {
            flyway().migrate();
        } catch (FlywayException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof SQLException)) {
                cause = cause.getCause();
            }
            if (cause instanceof SQLException sql) {
                throw LibraryErrors.of(sql, location);
            }
            throw LibraryException.withCause(e, LibraryException.Reason.FAILED, e.getMessage());
        }
        return check();
    }

    private Flyway flyway() {
        return Flyway.configure(Library.class.getClassLoader())
                .dataSource(location.url(), location.user(), password.orElse(null))
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .locations("classpath:io/ccmm/library/migration")
                .connectRetries(0)
                .load();
    }

    /** The schema version of the library on {@code c}; refused unless it is {@link #SCHEMA_VERSION}. */
    String requireSchema(Connection c) throws LibraryException, SQLException {
        String version;
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT to_regclass('" + SCHEMA + ".flyway_schema_history')")) {
                if (!rs.next() || rs.getString(1) == null) {
                    throw LibraryException.of(LibraryException.Reason.NOT_INITIALIZED, location.display());
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT version FROM " + SCHEMA + ".flyway_schema_history"
                    + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
                version = rs.next() ? rs.getString(1) : "";
            }
        }
        if (version.isEmpty()) {
            throw LibraryException.of(LibraryException.Reason.NOT_INITIALIZED, location.display());
        }
        if (!version.equals(SCHEMA_VERSION)) {
            throw LibraryException.of(LibraryException.Reason.SCHEMA_VERSION, version, SCHEMA_VERSION);
        }
        return version;
    }
}
