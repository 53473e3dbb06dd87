package io.ccmm.storage;

import java.nio.file.Path;

/**
 * Anything that goes wrong with an assessment file, with a message a user can read. {@link #reason()} tells the UI
 * which choice to offer (e.g. a read-only copy when the file is {@link Reason#LOCKED}).
 */
public class StorageException extends Exception {

    /** Why the file could not be opened or changed. */
    public enum Reason {
        /** The file does not exist. */
        NOT_FOUND,
        /** The target of a new file already exists. */
        ALREADY_EXISTS,
        /** Not a SQLite database at all. */
        NOT_SQLITE,
        /** A SQLite database of another application ({@code PRAGMA application_id}). */
        NOT_OURS,
        /** Written by a newer version of the app ({@code PRAGMA user_version}). */
        NEWER_VERSION,
        /** {@code PRAGMA integrity_check} failed or SQLite reported corruption. */
        DAMAGED,
        /** Open in another window or by another program. */
        LOCKED,
        /** The file is open read-only (read-only location, read-only copy, or opened read-only). */
        READ_ONLY,
        /** An attachment over the size limit. */
        TOO_LARGE,
        /** The round is final; reopen it first. */
        ROUND_FINAL,
        /** A value the file cannot take (unknown item, round or date format, another organization). */
        INVALID,
        /** The disk or file system failed (full disk, I/O error). */
        IO
    }

    private final Reason reason;

    public StorageException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public StorageException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static String name(Path file) {
        Path name = file.getFileName();
        return "“" + (name == null ? file : name) + "”";
    }
}
