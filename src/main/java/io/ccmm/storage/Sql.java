package io.ccmm.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one query helper of the storage classes: parameters are bound by type with {@code null} as SQL NULL, rows are
 * mapped by a small function, and every statement is prepared once per connection and reused (saves are hot). Closing
 * a result resets its statement; {@link #closeStatements} runs before checkpoints and journal mode changes, which want
 * no other statement of the connection open.
 */
final class Sql {

    /** Maps the current row of a result. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Sql(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** Every row of {@code sql}. */
    <T> List<T> list(String sql, Row<T> row, Object... params) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (ResultSet rs = prepared(sql, params).executeQuery()) {
            while (rs.next()) {
                rows.add(row.map(rs));
            }
        }
        return rows;
    }

    /** The first row of {@code sql}, if any. */
    <T> Optional<T> one(String sql, Row<T> row, Object... params) throws SQLException {
        try (ResultSet rs = prepared(sql, params).executeQuery()) {
            return rs.next() ? Optional.of(row.map(rs)) : Optional.empty();
        }
    }

    /** Runs an INSERT, UPDATE or DELETE; the number of rows changed. */
    int update(String sql, Object... params) throws SQLException {
        return prepared(sql, params).executeUpdate();
    }

    /** Runs an INSERT; the new row's id. */
    long insert(String sql, Object... params) throws SQLException {
        update(sql, params);
        return one("SELECT last_insert_rowid()", rs -> rs.getLong(1)).orElseThrow();
    }

    /** Closes the reused statements (before the connection is closed or its journal mode changed). */
    void closeStatements() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        statements.clear();
    }

    private PreparedStatement prepared(String sql, Object... params) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        ps.clearParameters();
        bindAll(ps, params);
        return ps;
    }

    private static void bindAll(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            bind(ps, i + 1, params[i]);
        }
    }

    private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof Integer i) {
            ps.setInt(index, i);
        } else if (value instanceof Long l) {
            ps.setLong(index, l);
        } else if (value instanceof String s) {
            ps.setString(index, s);
        } else if (value instanceof byte[] b) {
            ps.setBytes(index, b);
        } else {
            throw new IllegalArgumentException("cannot bind " + value.getClass().getName());
        }
    }

    /** An INTEGER column that may be NULL. */
    static Optional<Long> optionalLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
