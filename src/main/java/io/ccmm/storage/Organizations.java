package io.ccmm.storage;

import io.ccmm.assessment.Organization;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

/** The {@code organization} table: the one organization a file belongs to, each changed field audited. */
final class Organizations {

    private static final String UPSERT =
            "INSERT INTO organization (id, name, site, industry, years_in_operation) VALUES (1, ?, ?, ?, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, site = excluded.site,"
                    + " industry = excluded.industry, years_in_operation = excluded.years_in_operation";

    private final FileSession session;
    private final AuditTrail audit;

    Organizations(FileSession session, AuditTrail audit) {
        this.session = session;
        this.audit = audit;
    }

    /** The organization row of a file being built. */
    static void insert(Sql sql, Organization o) throws SQLException {
        sql.update(UPSERT, o.name(), o.site(), o.industry(), years(o.yearsInOperation()));
    }

    Organization get() throws StorageException {
        return session.read(() -> session.sql()
                .one(
                        "SELECT name, site, industry, years_in_operation FROM organization WHERE id = 1",
                        rs -> new Organization(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                Sql.optionalLong(rs, 4)
                                        .map(y -> OptionalInt.of(y.intValue()))
                                        .orElse(OptionalInt.empty())))
                .orElse(new Organization("", "", "", OptionalInt.empty())));
    }

    void update(Organization organization) throws StorageException {
        Objects.requireNonNull(organization, "organization");
        session.requireWritable();
        Organization old = get();
        if (old.equals(organization)) {
            return;
        }
        session.write(() -> {
            write(old, organization);
            return null;
        });
    }

    /** Writes {@code org} in the current transaction, auditing what changed from {@code old}. */
    void write(Organization old, Organization org) throws SQLException {
        insert(session.sql(), org);
        Instant now = session.now();
        audit.record(now, null, null, "organization.name", old.name(), org.name());
        audit.record(now, null, null, "organization.site", old.site(), org.site());
        audit.record(now, null, null, "organization.industry", old.industry(), org.industry());
        audit.record(now, null, null, "organization.yearsInOperation", text(old), text(org));
    }

    private static Integer years(OptionalInt years) {
        return years.isPresent() ? years.getAsInt() : null;
    }

    private static String text(Organization o) {
        return o.yearsInOperation().isPresent()
                ? String.valueOf(o.yearsInOperation().getAsInt())
                : "";
    }
}
