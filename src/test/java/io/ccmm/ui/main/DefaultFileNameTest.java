package io.ccmm.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ccmm.catalog.Language;
import io.ccmm.ui.common.Messages;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DefaultFileNameTest {

    @Test
    void theDefaultFileIsNamedInTheUsersLanguage() {
        Path folder = Path.of("docs");
        assertEquals(folder.resolve("我的评估.ccmm"), Documents.defaultFile(folder::resolve, Messages.of(Language.ZH)));
        assertEquals(
                folder.resolve("My assessment.ccmm"), Documents.defaultFile(folder::resolve, Messages.of(Language.EN)));
    }

    @Test
    void aFileSystemThatCannotSpellChineseGetsTheEnglishName() {
        Path folder = Path.of("docs");
        // What a Linux session in the C locale answers for a name it cannot encode.
        Path file = Documents.defaultFile(
                name -> {
                    if (!name.chars().allMatch(c -> c < 128)) {
                        throw new InvalidPathException(name, "Malformed input or input contains unmappable characters");
                    }
                    return folder.resolve(name);
                },
                Messages.of(Language.ZH));
        assertEquals(folder.resolve("My assessment.ccmm"), file);
    }
}
