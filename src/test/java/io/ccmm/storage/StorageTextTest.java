package io.ccmm.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.storage.StorageException.Reason;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Every storage failure has a sentence in both languages, and none of them shows SQLite's or Jackson's internals. */
class StorageTextTest {

    private static final Pattern INTERNALS =
            Pattern.compile("\\[SQLITE_|no such table|no transaction is active|\\[Source:|Exception|\\{\\d|null");

    @Test
    void everyReasonHasASentenceInBothLanguages() {
        ResourceBundle en = StorageText.bundle(Locale.ENGLISH);
        ResourceBundle zh = StorageText.bundle(Locale.SIMPLIFIED_CHINESE);
        for (Reason reason : Reason.values()) {
            String key = StorageText.key(reason);
            assertTrue(en.containsKey(key), "English text for " + reason);
            assertTrue(zh.containsKey(key), "Chinese text for " + reason);
            assertNotEquals(en.getString(key), zh.getString(key), reason + " is translated");
        }
        assertEquals(en.keySet(), zh.keySet(), "both bundles have the same keys");
    }

    @Test
    void sentencesInTheUsersLanguageWithoutInternals() {
        for (Reason reason : Reason.values()) {
            Object[] args = {Path.of("/data/center.ccmm"), "2", "3", "4", "5"};
            StorageException e = StorageException.of(reason, args);
            String english = StorageText.describe(e, Locale.ENGLISH);
            String chinese = StorageText.describe(e, Locale.SIMPLIFIED_CHINESE);
            assertEquals(english, e.getMessage(), "getMessage is the English sentence");
            assertFalse(INTERNALS.matcher(english).find(), english);
            assertFalse(INTERNALS.matcher(chinese).find(), chinese);
            assertFalse(english.contains("/data/"), "the file's name, not its folder: " + english);
            assertNotEquals(english, chinese);
        }
        assertEquals(
                StorageText.describe(StorageException.of(Reason.LOCKED, Path.of("a.ccmm")), Locale.ENGLISH),
                StorageText.describe(StorageException.of(Reason.LOCKED, Path.of("a.ccmm")), Locale.GERMAN),
                "languages other than Chinese read English");
    }

    @Test
    void sqliteFailuresBecomeReasons() {
        Path file = Path.of("center.ccmm");
        StorageException full = FileAccess.map(
                new SQLiteException(
                        "[SQLITE_FULL] Insertion failed because database is full", SQLiteErrorCode.SQLITE_FULL),
                file);
        assertEquals(Reason.DISK_FULL, full.reason());
        assertEquals(
                "Cannot save “center.ccmm”: the disk is full. Nothing was changed; free some space and try again.",
                full.getMessage());
        assertEquals("无法保存“center.ccmm”：磁盘已满。未作任何改动；请释放空间后重试。", StorageText.describe(full, Locale.CHINA));
        StorageException other = FileAccess.map(
                new SQLiteException(
                        "[SQLITE_ERROR] SQL error or missing database (no such table: round)",
                        SQLiteErrorCode.SQLITE_ERROR),
                file);
        assertEquals(Reason.IO, other.reason());
        assertFalse(INTERNALS.matcher(other.getMessage()).find(), other.getMessage());
        assertTrue(other.getCause() instanceof SQLException, "SQLite's words stay in the cause, for logs");
        assertTrue(
                Arrays.stream(Reason.values()).allMatch(r -> StorageText.key(r).startsWith("storage.")));
    }
}
