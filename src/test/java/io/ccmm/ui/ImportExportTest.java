package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccmm.app.CcmmApplication;
import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import io.ccmm.ui.main.Documents;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.workspace.FileRoundSession;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Importing a round from interchange JSON and exporting one, from the window, with the work off the FX thread. */
@ExtendWith(ApplicationExtension.class)
class ImportExportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private MainWindow window;
    private FileRoundSession first;

    @Start
    void start(Stage stage) {
        first = TestSessions.empty();
        window = CcmmApplication.open(stage, first, Language.ZH);
    }

    /** The bundled sample, as the same organization as the open file (a file holds one organization). */
    private Path sample() throws Exception {
        return sampleOf("测试热线", "sample.json");
    }

    private Path sampleOf(String organization, String name) throws Exception {
        ObjectNode json;
        try (InputStream in = getClass().getResourceAsStream(Documents.SAMPLE)) {
            json = (ObjectNode) MAPPER.readTree(in);
        }
        ((ObjectNode) json.get("organization")).put("name", organization);
        Path file = dir.resolve(name);
        MAPPER.writeValue(file.toFile(), json);
        return file;
    }

    /** How many of the sample's ratings an import keeps (every item the sample rates or marks not applicable). */
    private int sampleRatings() throws Exception {
        Assessment a = InterchangeJson.read(
                Files.readAllBytes(sample()), CatalogLoader.bundled().catalog(), false);
        return (int) a.ratings().stream().filter(r -> !r.isEmpty()).count();
    }

    private String dialogText(FxRobot robot) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String message = pane.getContentText();
        robot.clickOn(TestDialogs.ok(pane));
        WaitForAsyncUtils.waitForFxEvents();
        return message;
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.busyProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void importingTheSampleAddsItAsANewRoundAndShowsIt(FxRobot robot) throws Exception {
        Path json = sample();
        robot.interact(() -> window.importJson(json));
        settle();
        FileRoundSession now = window.session();
        assertNotEquals(first.roundId(), now.roundId());
        assertEquals(2, now.file().rounds().size());
        assertEquals(sampleRatings(), now.ratings().size());
        assertEquals(2, window.dashboard().result().readinessLevel());
    }

    @Test
    void aBadJsonIsRefusedWithTheFileAndPlaceNamedAndNothingAdded(FxRobot robot) throws Exception {
        String text = Files.readString(sample(), StandardCharsets.UTF_8);
        Path bad = dir.resolve("bad-ratings.json");
        Files.writeString(bad, text.replaceFirst("\"c\"\\s*:\\s*10", "\"c\": 7"), StandardCharsets.UTF_8);
        robot.interact(() -> window.importJson(bad));
        settle();
        String message = dialogText(robot);
        assertTrue(message.contains("bad-ratings.json"), message);
        assertTrue(message.contains("7"), message);
        assertEquals(first.roundId(), window.session().roundId());
        assertEquals(1, window.session().file().rounds().size());
    }

    @Test
    void anotherOrganizationsRoundIsRefusedNamingBoth(FxRobot robot) throws Exception {
        Path other = sampleOf("某市12345政务服务便民热线", "other.json");
        robot.interact(() -> window.importJson(other));
        settle();
        String message = dialogText(robot);
        assertTrue(message.contains("某市12345政务服务便民热线") && message.contains("测试热线"), message);
        assertEquals(1, window.session().file().rounds().size());
    }

    @Test
    void exportingWritesTheRoundAsInterchangeJson(FxRobot robot) throws Exception {
        Path json = sample();
        robot.interact(() -> window.importJson(json));
        settle();
        Path out = dir.resolve("export.json");
        robot.interact(() -> window.exportJson(out));
        settle();
        Assessment back = InterchangeJson.read(
                Files.readAllBytes(out), CatalogLoader.bundled().catalog(), false);
        Assessment original = InterchangeJson.read(
                Files.readAllBytes(json), CatalogLoader.bundled().catalog(), false);
        assertEquals(
                original.ratings().stream().filter(r -> !r.isEmpty()).toList(),
                back.ratings().stream().filter(r -> !r.isEmpty()).toList());
        assertEquals(original.organization().name(), back.organization().name());
        try (var files = Files.list(dir)) {
            assertEquals(
                    0,
                    files.filter(p -> p.getFileName().toString().endsWith(".tmp"))
                            .count());
        }
    }

    @Test
    void aCopyOfTheOpenFileIsWrittenInTheBackgroundAndOpensOnItsOwn(FxRobot robot) throws Exception {
        Path json = sample();
        robot.interact(() -> window.importJson(json));
        settle();
        Path copy = dir.resolve("副本.ccmm");
        robot.interact(() -> window.saveCopy(copy));
        settle();
        try (AssessmentFile f = AssessmentFile.open(copy, OpenMode.READ_ONLY)) {
            assertEquals(2, f.rounds().size());
            assertEquals(
                    sampleRatings(),
                    f.ratings(f.latestRound().orElseThrow().id()).size());
        }
        // The open file is still the working file, and still writable.
        assertEquals(first.file().path(), window.session().file().path());
        assertFalse(window.session().readOnly());
    }
}
