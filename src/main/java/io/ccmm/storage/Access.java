package io.ccmm.storage;

/** How a file is open. Everything but {@link #READ_WRITE} refuses changes with {@link StorageException.Reason#READ_ONLY}. */
public enum Access {
    READ_WRITE,
    /** The caller asked for read-only. */
    READ_ONLY_REQUESTED,
    /** The file or its folder cannot be written (read-only share, CD, permissions). */
    READ_ONLY_LOCATION,
    /** A private copy of a file that is open elsewhere. */
    READ_ONLY_COPY
}
