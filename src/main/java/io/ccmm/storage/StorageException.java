package io.ccmm.storage;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Anything that goes wrong with an assessment file: a {@link Reason} and its arguments (file name, versions, item,
 * object names…). The sentence lives in the bundles {@code i18n/storage.properties} and {@code storage_zh_CN.properties}
 * and is put together by {@link StorageText#describe}; {@link #getMessage()} is the English sentence, for logs and
 * English output. {@link #reason()} also tells the UI which choice to offer (a read-only copy when {@link
 * Reason#LOCKED}).
 */
public class StorageException extends Exception {

    /** Why the file could not be opened or changed; each has one sentence in both bundles. */
    public enum Reason {
        /** {0} file: the file does not exist. */
        NOT_FOUND,
        /** {0} folder: the folder of a new file does not exist. */
        FOLDER_NOT_FOUND,
        /** {0} file, {1} folder: a new file cannot be created in a read-only folder. */
        FOLDER_READ_ONLY,
        /** {0} file: the target of a new file already exists. */
        ALREADY_EXISTS,
        /** {0} file: a folder where a file was expected. */
        IS_FOLDER,
        /** {0} file: not a SQLite database at all. */
        NOT_SQLITE,
        /** {0} file, {1} application id: a SQLite database of another application. */
        NOT_OURS,
        /** {0} file, {1} its schema version, {2} the newest this app reads. */
        NEWER_VERSION,
        /** {0} file: an assessment file without a schema version. */
        NO_SCHEMA_VERSION,
        /** {0} file: {@code quick_check}/{@code integrity_check} failed or SQLite reported corruption. */
        DAMAGED,
        /** {0} file, {1} kind (table, index, trigger, view), {2} name: an object the file format does not define. */
        SCHEMA_EXTRA,
        /** {0} file, {1} kind, {2} name: an object of the file format is missing. */
        SCHEMA_MISSING,
        /** {0} file, {1} kind, {2} name: an object differs from its definition in the file format. */
        SCHEMA_ALTERED,
        /** {0} file, {1} what (table.column), {2} limit: a stored value larger than any the app writes. */
        VALUE_TOO_LARGE,
        /** {0} file: open in another window or by another program. */
        LOCKED,
        /** {0} file: the file is open read-only (read-only location, read-only copy, or opened read-only). */
        READ_ONLY,
        /** {0} file: the file system refused to write. */
        WRITE_PROTECTED,
        /** {0} file: the disk is full; nothing was changed. */
        DISK_FULL,
        /** {0} file: the disk or file system failed (I/O error). */
        IO,
        /** {0} file: the file was closed. */
        CLOSED,
        /** {0} file, {1} from version, {2} to version, {3} the step, {4} the backup written before it. */
        MIGRATION_FAILED,
        /** {0} file, {1} from version, {2} to version, {3} the step: a migration of a private copy failed. */
        MIGRATION_FAILED_NO_BACKUP,
        /** {0} attachment name, {1} its size, {2} the limit: an attachment over the size limit. */
        TOO_LARGE,
        /** {0} attachment name, {1} the limit: an attachment stream longer than the limit. */
        TOO_LARGE_STREAM,
        /** {0} attachment name: the attachment to be read could not be read. */
        ATTACHMENT_UNREADABLE,
        /** {0} round title: the round is final; reopen it first. */
        ROUND_FINAL,
        /** {0} item, {1} catalog id: an item the round's catalog does not have. */
        UNKNOWN_ITEM,
        /** {0} index in ratings, {1} item, {2} catalog id: an imported rating of an unknown item. */
        IMPORT_UNKNOWN_ITEM,
        /** {0} file, {1} round id. */
        NO_SUCH_ROUND,
        /** {0} file, {1} attachment id. */
        NO_SUCH_ATTACHMENT,
        /** {0} file, {1} action id. */
        NO_SUCH_ACTION,
        /** {0} the text given: a round date that is not yyyy-MM-dd. */
        BAD_ROUND_DATE,
        /** {0} the text given: a due date that is not yyyy-MM-dd. */
        BAD_DUE_DATE,
        /** {0} the level given: a target level outside 1–5. */
        BAD_TARGET_LEVEL,
        /** {0} item, {1} limit: a note or justification longer than {@code Rating.MAX_TEXT_LENGTH}. */
        TEXT_TOO_LONG,
        /** {0} item: not applicable without a justification. */
        JUSTIFICATION_MISSING,
        /** An improvement action without a description. */
        ACTION_WITHOUT_TEXT,
        /** {0} the organization imported, {1} file, {2} the file's organization. */
        OTHER_ORGANIZATION,
        /** {0} the catalog id imported, {1} the catalog in use. */
        OTHER_CATALOG,
        /** {0} what is wrong with the catalog (the catalog checker's words). */
        CATALOG_UNUSABLE,
        /** {0} file, {1} attachment name: an attachment's content is missing. */
        MISSING_CONTENT,
        /** {0} file, {1} SHA-256: a round's catalog snapshot is missing. */
        MISSING_SNAPSHOT,
        /** {0} item, {1} limit: the item already has as many attachments as one item may have. */
        TOO_MANY_ATTACHMENTS_ON_ITEM,
        /** {0} round title, {1} limit: the round already has as many attachments as one round may have. */
        TOO_MANY_ATTACHMENTS_IN_ROUND,
        /** A copy cannot replace the file itself. */
        COPY_ONTO_ITSELF,
        /** {0} file: a value the file cannot take (kept for callers that supply their own message). */
        INVALID,
        // Team assessments
        /** {0} round title: a team round needs its sign-off before it is final. */
        SIGN_OFF_MISSING,
        /** {0} round title, {1} count: conflicts of merged field copies are not yet resolved. */
        CONFLICTS_OPEN,
        /** {0} item, {1} assessor, {2} scope: a field copy's item outside the assessor's scope is read-only. */
        OUTSIDE_SCOPE,
        /** {0} item: there is no open conflict on the item. */
        NO_SUCH_CONFLICT,
        // Plan
        /** A finding without text. */
        FINDING_WITHOUT_TEXT,
        /** {0} file, {1} finding id. */
        NO_SUCH_FINDING,
        /** {0} limit: a finding, action estimate or executive summary longer than the text limit. */
        PLAN_TEXT_TOO_LONG
    }

    private final Reason reason;
    private final List<String> args;
    private final boolean worded;

    private StorageException(Reason reason, List<String> args, boolean worded, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.args = List.copyOf(args);
        this.worded = worded;
    }

    /** A failure in the bundles' words: {@code args} fill the sentence of {@code reason} (see each reason). */
    public static StorageException of(Reason reason, Object... args) {
        return withCause(null, reason, args);
    }

    /** As {@link #of}, keeping the low-level failure for logs. */
    public static StorageException withCause(Throwable cause, Reason reason, Object... args) {
        List<String> texts = Arrays.stream(args)
                .map(a -> a instanceof Path p ? fileName(p) : String.valueOf(a))
                .toList();
        return new StorageException(reason, texts, true, StorageText.format(reason, texts, Locale.ROOT), cause);
    }

    /** A failure with a message of the caller's own (shown as it is in every language). */
    public StorageException(Reason reason, String message) {
        this(reason, List.of(), false, message, null);
    }

    public StorageException(Reason reason, String message, Throwable cause) {
        this(reason, List.of(), false, message, cause);
    }

    public Reason reason() {
        return reason;
    }

    /** The arguments of the reason's sentence (file names without folders, numbers as digits). */
    public List<String> args() {
        return args;
    }

    /** True when the sentence comes from the bundles (false for a caller's own message). */
    boolean worded() {
        return worded;
    }

    static String fileName(Path file) {
        Path name = file.getFileName();
        return String.valueOf(name == null ? file : name);
    }
}
