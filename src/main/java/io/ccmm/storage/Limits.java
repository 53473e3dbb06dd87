package io.ccmm.storage;

import io.ccmm.assessment.Rating;
import io.ccmm.storage.StorageException.Reason;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What one value in an assessment file may hold. A file from elsewhere may hold anything; SQLite refuses to read or
 * write a string or blob over {@link #MAX_VALUE_BYTES} ({@code SQLITE_LIMIT_LENGTH}), and text the app shows is checked
 * against the limits the app itself writes with when it is read.
 */
final class Limits {

    /** The largest string or blob SQLite reads or writes for us: an attachment at the largest limit, with room. */
    static final int MAX_VALUE_BYTES = 64 * 1024 * 1024;

    /** The longest SQL statement; ours are short, a crafted schema need not be. */
    static final int MAX_SQL_LENGTH = 100_000;

    /** Notes and justifications: the limit the window and import share. */
    static final int MAX_TEXT_LENGTH = Rating.MAX_TEXT_LENGTH;

    private Limits() {}

    /** Refuses text read from {@code file} that is longer than the app ever writes. */
    static void checkText(Path file, String what, String value) throws StorageException {
        if (value != null && value.length() > MAX_TEXT_LENGTH) {
            throw StorageException.of(Reason.VALUE_TOO_LARGE, file, what, String.valueOf(MAX_TEXT_LENGTH));
        }
    }

    /** A size as people read it: 512 bytes, 3.5 KB, 50 MB. */
    static String formatSize(long bytes) {
        if (bytes >= 1024L * 1024) {
            return trim(bytes / (1024.0 * 1024)) + " MB";
        }
        if (bytes >= 1024) {
            return trim(bytes / 1024.0) + " KB";
        }
        return bytes + " bytes";
    }

    private static String trim(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
