package io.ccmm.ui.main;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.Theme;
import io.ccmm.ui.workspace.FileRoundSession;
import io.ccmm.ui.workspace.WorkspaceViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** Read-only and final states in the window's own language, from the file's access and the round's status. */
class StatusTextTest {

    private static String status(FileRoundSession session, Language language, boolean sample) {
        SimpleObjectProperty<Language> lang = new SimpleObjectProperty<>(language);
        WorkspaceViewModel workspace = new WorkspaceViewModel(session, lang);
        return new MainWindowViewModel(workspace, Messages.of(language), lang, t -> {}, () -> Theme.LIGHT, sample)
                .sourceText();
    }

    @Test
    void aReadOnlyCopyIsNamedInChineseInTheChineseWindow() throws Exception {
        Path path = Files.createTempDirectory("ccmm-status").resolve("busy.ccmm");
        TestSessions.with(path, List.of()).file().close();
        try (AssessmentFile holder = AssessmentFile.open(path, OpenMode.READ_WRITE);
                AssessmentFile copy = AssessmentFile.openReadOnlyCopy(path)) {
            FileRoundSession session =
                    new FileRoundSession(copy, copy.latestRound().orElseThrow().id(), "busy.ccmm");
            String zh = status(session, Language.ZH, false);
            assertTrue(zh.contains("只读副本"), zh);
            assertFalse(zh.toLowerCase().contains("read-only"), zh);
            assertTrue(status(session, Language.EN, false).contains("Read-only copy"));
        }
    }

    @Test
    void theSampleSaysItsChangesAreDiscarded() {
        String zh = status(TestSessions.empty(), Language.ZH, true);
        assertTrue(zh.contains("关闭时将丢弃"), zh);
    }
}
