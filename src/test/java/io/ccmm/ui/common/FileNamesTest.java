package io.ccmm.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A long or odd organization name still proposes a file name the file system takes. */
class FileNamesTest {

    @Test
    void aVeryLongChineseNameIsCutAtAWholeCharacterAndCanBeCreated() throws Exception {
        String name = "某某市政务服务便民热线".repeat(40) + "𠀀中心";
        String proposed = FileNames.suggest(name, ".ccmm");
        assertTrue(proposed.endsWith(".ccmm"), proposed);
        assertTrue(proposed.getBytes(StandardCharsets.UTF_8).length <= FileNames.MAX_BYTES, proposed);
        assertTrue(name.startsWith(proposed.substring(0, proposed.length() - 5)), "a prefix of what was typed");
        Path created = Files.createFile(Files.createTempDirectory("ccmm-names").resolve(proposed));
        assertTrue(Files.exists(created));
    }

    @Test
    void charactersFileSystemsRefuseAreReplacedAndEmptyNamesGetADefault() {
        assertEquals("a_b_c_.ccmm", FileNames.suggest("a/b:c?", ".ccmm"));
        assertEquals("assessment.ccmm", FileNames.suggest("  ... ", ".ccmm"));
        assertEquals("assessment.ccmm", FileNames.suggest(null, ".ccmm"));
        assertEquals("Hotline.ccmm", FileNames.suggest("Hotline. ", ".ccmm"));
    }
}
