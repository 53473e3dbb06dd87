package io.ccmm.library;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A team library on a PostgreSQL server: connections as the given user (password from {@link LibraryPassword}), the
 * schema {@value #SCHEMA} migrated by Flyway, and the check that the schema is the one this app writes.
 */
public final class Library {

    /** The schema that holds the library's tables. */
    public static final String SCHEMA = "ccmm";

    /** The schema version this app reads and writes (the newest migration under {@code io/ccmm/library/migration}). */
    public static final String SCHEMA_VERSION = "1";

    private static final int CONNECT_TIMEOUT_SECONDS = 15;

    private final LibraryLocation location;
    private final Optional<String> password;

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

    /** A new connection; the caller closes it. */
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
        try (Connection c = connect()) {
            return requireSchema(c);
        } catch (SQLException e) {
            throw LibraryErrors.of(e, location);
        }
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
