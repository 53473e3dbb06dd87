package io.ccmm.storage;

import io.ccmm.storage.StorageException.Reason;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.sqlite.SQLiteConfig;

/**
 * Compares a file's {@code sqlite_master} with the exact tables, indexes, triggers and views its schema version
 * defines. A file is untrusted input: a trigger or view added by someone else would run inside our transactions (a
 * trigger {@code AFTER INSERT ON round} can delete every rating), so anything extra, missing or different is refused
 * before the file is used or written.
 *
 * <p>The expected set is not written down twice: it is what {@link Schema#createVersion1} and the migrations up to the
 * file's version produce in an empty in-memory database, so a new migration is checked the moment it exists.
 */
final class SchemaCheck {

    /** One schema object as SQLite keeps it. */
    record SchemaObject(String type, String name, String table, String sql) {}

    private static final Map<Integer, Map<String, SchemaObject>> EXPECTED = new ConcurrentHashMap<>();

    private SchemaCheck() {}

    /** Refuses {@code connection}'s database unless its schema is exactly that of {@code version}. */
    static void verify(Connection connection, Path file, int version, StorageOptions options)
            throws SQLException, StorageException {
        Map<String, SchemaObject> expected = expected(version, options);
        Map<String, SchemaObject> actual = objects(connection);
        // Triggers and views first: they are what can act on their own, so they are what the message names.
        List<SchemaObject> ordered = new ArrayList<>(actual.values());
        ordered.sort(Comparator.comparingInt(
                o -> List.of("trigger", "view", "table", "index").indexOf(o.type())));
        for (SchemaObject found : ordered) {
            SchemaObject wanted = expected.get(found.name());
            if (wanted == null || !wanted.type().equals(found.type())) {
                throw StorageException.of(Reason.SCHEMA_EXTRA, file, found.type(), found.name());
            }
            if (!wanted.table().equals(found.table()) || !Objects.equals(wanted.sql(), found.sql())) {
                throw StorageException.of(Reason.SCHEMA_ALTERED, file, found.type(), found.name());
            }
        }
        for (SchemaObject wanted : expected.values()) {
            if (!actual.containsKey(wanted.name())) {
                throw StorageException.of(Reason.SCHEMA_MISSING, file, wanted.type(), wanted.name());
            }
        }
    }

    /** The objects of schema {@code version}, by name, built once per version and set of migrations. */
    static Map<String, SchemaObject> expected(int version, StorageOptions options) throws SQLException {
        // Only this build's own steps are cached; tests bring steps of their own.
        boolean own = options.migrations().equals(Schema.MIGRATIONS);
        Map<String, SchemaObject> cached = own ? EXPECTED.get(version) : null;
        if (cached != null) {
            return cached;
        }
        // Straight from the driver: DriverManager would first look for every JDBC driver on the class path (and start
        // PostgreSQL's) while a file opens at start.
        try (Connection memory = new SQLiteConfig().createConnection("jdbc:sqlite::memory:")) {
            memory.setAutoCommit(false);
            Schema.createVersion1(memory);
            for (int v = 1; v < version; v++) {
                int from = v;
                Migration step = options.migrations().stream()
                        .filter(m -> m.fromVersion() == from)
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("no migration from schema version " + from));
                step.apply(memory);
            }
            Map<String, SchemaObject> objects = objects(memory);
            memory.rollback();
            if (own) {
                EXPECTED.put(version, objects);
            }
            return objects;
        }
    }

    private static Map<String, SchemaObject> objects(Connection connection) throws SQLException {
        Map<String, SchemaObject> objects = new LinkedHashMap<>();
        List<SchemaObject> list = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid")) {
            while (rs.next()) {
                list.add(new SchemaObject(
                        rs.getString(1), rs.getString(2), rs.getString(3), normalize(rs.getString(4))));
            }
        }
        for (SchemaObject o : list) {
            // Two objects of one name cannot exist in one database; a second row is a crafted schema table.
            if (objects.putIfAbsent(o.name(), o) != null) {
                throw new SQLException("schema object " + o.name() + " twice", "", 11);
            }
        }
        return objects;
    }

    /** Runs of white space are one space: the same definition however it was indented when written. */
    private static String normalize(String sql) {
        return sql == null ? null : sql.strip().replaceAll("\\s+", " ");
    }
}
