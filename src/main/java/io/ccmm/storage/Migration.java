package io.ccmm.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One step of the schema from version {@code fromVersion} to {@code fromVersion + 1}. It runs inside the transaction
 * that also sets {@code user_version}, after a backup copy of the file has been written beside it.
 */
public interface Migration {

    int fromVersion();

    /** What the step changes, for the log and the backup's reason. */
    String description();

    void apply(Connection connection) throws SQLException;
}
