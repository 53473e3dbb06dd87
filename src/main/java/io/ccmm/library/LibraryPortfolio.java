package io.ccmm.library;

import io.ccmm.portfolio.PortfolioFilter;
import io.ccmm.portfolio.PortfolioRow;
import io.ccmm.portfolio.TrendPoint;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The portfolio of a team library: one row per organization and site with its latest round, filtered in SQL. Each
 * site's latest round is found through the index {@code round_latest} (one index probe per site), module percents and
 * the trend come from the rounds of the listed sites only (module percents are kept on the round row); no round is
 * loaded whole.
 */
public final class LibraryPortfolio {

    /** At most this many rows are listed at once (a window or a terminal shows fewer). */
    public static final int MAX_ROWS = 100_000;

    private static final String SQL =
            """
            SELECT o.name, o.site, o.industry, l.uid, l.title, l.round_date, l.is_final, l.readiness_level,
                   l.next_level, l.next_percent, l.next_threshold, l.not_applicable, l.conflicts,
                   l.module_ids, l.module_percents,
                   t.uids, t.titles, t.dates, t.levels, t.finals
            FROM organization o
            CROSS JOIN LATERAL (
                SELECT r.* FROM round r WHERE r.organization_id = o.id
                ORDER BY r.round_date DESC NULLS LAST, r.version_at DESC LIMIT 1) l
            CROSS JOIN LATERAL (
                SELECT array_agg(r.uid::text ORDER BY r.round_date NULLS FIRST, r.version_at) AS uids,
                       array_agg(r.title ORDER BY r.round_date NULLS FIRST, r.version_at) AS titles,
                       array_agg(coalesce(r.round_date::text, '') ORDER BY r.round_date NULLS FIRST, r.version_at)
                           AS dates,
                       array_agg(r.readiness_level ORDER BY r.round_date NULLS FIRST, r.version_at) AS levels,
                       array_agg(r.is_final ORDER BY r.round_date NULLS FIRST, r.version_at) AS finals
                FROM round r WHERE r.organization_id = o.id) t
            WHERE (CAST(? AS text) IS NULL OR o.industry = ?)
              AND (CAST(? AS integer) IS NULL OR l.readiness_level = ?)
              AND (CAST(? AS boolean) IS NULL OR l.is_final = ?)
              AND (CAST(? AS text) IS NULL OR strpos(lower(o.name || ' ' || o.site || ' ' || l.title), lower(?)) > 0)
            ORDER BY o.name, o.site
            LIMIT ?
            """;

    private LibraryPortfolio() {}

    /** The rows that pass {@code filter}, each handed to {@code onRow} as it is read, in organization order. */
    public static List<PortfolioRow> read(Library library, PortfolioFilter filter, Consumer<PortfolioRow> onRow)
            throws LibraryException {
        try (Library.Lease lease = library.lease()) {
            Connection c = lease.connection();
            c.setReadOnly(true);
            c.setAutoCommit(false); // lets the driver stream the rows in batches
            try (PreparedStatement ps = c.prepareStatement(SQL)) {
                ps.setFetchSize(500);
                bind(ps, filter);
                List<PortfolioRow> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        PortfolioRow row = row(rs, library.location());
                        rows.add(row);
                        onRow.accept(row);
                    }
                }
                c.commit();
                return List.copyOf(rows);
            }
        } catch (SQLException e) {
            throw LibraryErrors.of(e, library.location());
        }
    }

    /** The item points (C + F) of one published round, not-applicable and unrated items left out. */
    public static Map<Integer, Integer> itemPoints(Library library, String roundUid) throws LibraryException {
        try (Library.Lease lease = library.lease();
                PreparedStatement ps = lease.connection()
                        .prepareStatement("SELECT item, coalesce(c, 0) + coalesce(f, 0) FROM rating"
                                + " WHERE round_uid = CAST(? AS uuid) AND NOT not_applicable AND (c IS NOT NULL OR f IS NOT NULL)"
                                + " ORDER BY item")) {
            ps.setString(1, roundUid);
            Map<Integer, Integer> points = new java.util.TreeMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    points.put(rs.getInt(1), rs.getInt(2));
                }
            }
            return points;
        } catch (SQLException e) {
            throw LibraryErrors.of(e, library.location());
        }
    }

    private static void bind(PreparedStatement ps, PortfolioFilter filter) throws SQLException {
        String industry = filter.industry().orElse(null);
        ps.setObject(1, industry, Types.VARCHAR);
        ps.setObject(2, industry, Types.VARCHAR);
        Integer level = filter.level().isPresent() ? filter.level().getAsInt() : null;
        ps.setObject(3, level, Types.INTEGER);
        ps.setObject(4, level, Types.INTEGER);
        Boolean isFinal = filter.isFinal().orElse(null);
        ps.setObject(5, isFinal, Types.BOOLEAN);
        ps.setObject(6, isFinal, Types.BOOLEAN);
        String search = filter.search().isEmpty() ? null : filter.search();
        ps.setObject(7, search, Types.VARCHAR);
        ps.setObject(8, search, Types.VARCHAR);
        ps.setInt(9, MAX_ROWS);
    }

    private static PortfolioRow row(ResultSet rs, LibraryLocation location) throws SQLException {
        String uid = rs.getString(4);
        Map<String, BigDecimal> modules = new LinkedHashMap<>();
        String[] ids = strings(rs.getArray(14));
        Object[] percents = objects(rs.getArray(15));
        for (int i = 0; i < ids.length && i < percents.length; i++) {
            modules.put(ids[i], (BigDecimal) percents[i]);
        }
        String[] uids = strings(rs.getArray(16));
        String[] titles = strings(rs.getArray(17));
        String[] dates = strings(rs.getArray(18));
        Object[] levels = objects(rs.getArray(19));
        Object[] finals = objects(rs.getArray(20));
        List<TrendPoint> trend = new ArrayList<>();
        for (int i = 0; i < uids.length; i++) {
            trend.add(new TrendPoint(
                    uids[i], titles[i], dates[i], ((Number) levels[i]).intValue(), Boolean.TRUE.equals(finals[i])));
        }
        String date = rs.getString(6);
        return new PortfolioRow(
                location.display() + "#" + uid,
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                uid,
                rs.getString(5),
                date == null ? "" : date,
                rs.getBoolean(7),
                rs.getInt(8),
                rs.getInt(9),
                rs.getBigDecimal(10),
                rs.getInt(11),
                modules,
                rs.getInt(12),
                rs.getInt(13),
                uids.length,
                trend,
                Optional.empty());
    }

    private static String[] strings(Array a) throws SQLException {
        if (a == null) {
            return new String[0];
        }
        Object[] values = (Object[]) a.getArray();
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] == null ? "" : values[i].toString();
        }
        return out;
    }

    private static Object[] objects(Array a) throws SQLException {
        return a == null ? new Object[0] : (Object[]) a.getArray();
    }
}
