package io.ccmm.storage;

/** How the caller wants to open a file; a file in a read-only location opens read-only either way. */
public enum OpenMode {
    READ_WRITE,
    READ_ONLY
}
