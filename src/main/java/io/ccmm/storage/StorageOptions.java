package io.ccmm.storage;

import java.time.Clock;
import java.util.List;

/**
 * Settings of an open file that tests (and future versions) change: the attachment limit, the schema version this
 * build writes with its migrations, and the clock of the audit trail.
 *
 * @param maxAttachmentBytes largest evidence attachment accepted
 * @param schemaVersion the schema version files are brought up to when opened for writing
 * @param migrations steps from each older version to the next
 * @param clock time of ratings and audit entries
 */
public record StorageOptions(long maxAttachmentBytes, int schemaVersion, List<Migration> migrations, Clock clock) {

    /** 50 MB per attachment: large scans and recordings go into a document system, not into the assessment. */
    public static final long DEFAULT_MAX_ATTACHMENT_BYTES = io.ccmm.evidence.EvidenceLimits.MAX_ATTACHMENT_BYTES;

    public StorageOptions {
        migrations = List.copyOf(migrations);
    }

    public static StorageOptions defaults() {
        return new StorageOptions(
                DEFAULT_MAX_ATTACHMENT_BYTES, Schema.CURRENT_VERSION, Schema.MIGRATIONS, Clock.systemUTC());
    }

    public StorageOptions withMaxAttachmentBytes(long bytes) {
        return new StorageOptions(bytes, schemaVersion, migrations, clock);
    }

    public StorageOptions withSchema(int version, List<Migration> steps) {
        return new StorageOptions(maxAttachmentBytes, version, steps, clock);
    }

    public StorageOptions withClock(Clock newClock) {
        return new StorageOptions(maxAttachmentBytes, schemaVersion, migrations, newClock);
    }
}
