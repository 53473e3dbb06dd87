package io.ccmm.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Language;
import io.ccmm.ui.ShownDialogs;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.Settings;
import io.ccmm.ui.common.SettingsStore;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.main.StartReading;
import io.ccmm.ui.workspace.FileRoundSession;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A damaged file given on the command line (a double-click) is refused in a message that names it and says what is
 * wrong, and the start opens nothing else in its place: not the last file, not the default file, not the sample. The
 * file stays exactly as it was.
 */
@ExtendWith(ApplicationExtension.class)
class RefusedGivenFileTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** A real assessment file with its second page (a table's root) overwritten: the header still says it is ours. */
    private Path damagedFile() throws Exception {
        Path file = dir.resolve("damaged.ccmm");
        FileRoundSession s = TestSessions.with(file, List.of());
        for (int i = 0; i < 40; i++) {
            int item = s.catalog().items().get(i).id();
            s.file().saveRating(s.roundId(), new Rating(item, Rate.FULL, Rate.PARTIAL, "note " + i + " ".repeat(200)));
        }
        s.file().close();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(4096);
            raf.write("garbage ".repeat(512).getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    private Path savedFile(Path file) throws Exception {
        TestSessions.with(file, List.of()).file().close();
        return file;
    }

    @Test
    void aDamagedFileGivenOnTheCommandLineIsRefusedAndNothingElseOpens(FxRobot robot) throws Exception {
        Path documents = Files.createDirectories(dir.resolve("documents"));
        Path defaultFile = savedFile(documents.resolve(Messages.of(Language.EN).get("file.default.name") + ".ccmm"));
        Path last = savedFile(dir.resolve("last.ccmm"));
        Path damaged = damagedFile();
        byte[] before = Files.readAllBytes(damaged);
        Settings settings = Settings.defaults().withRecent(last.toString());
        List<String> args = List.of(damaged.toString());

        for (boolean readAhead : new boolean[] {false, true}) {
            Optional<StartReading> early = readAhead
                    ? Optional.of(StartReading.begin(
                            new SettingsStore(dir.resolve("settings").resolve("settings.json")), args))
                    : Optional.empty();
            CompletableFuture<MainWindow> window = new CompletableFuture<>();
            CompletableFuture<Optional<FileRoundSession>> first = new CompletableFuture<>();
            Platform.runLater(() -> {
                MainWindow w = new MainWindow(stage, Language.EN, SettingsStore.forUser(), uri -> {});
                window.complete(w);
                first.complete(CcmmApplication.firstSession(w, args, settings, documents, early));
            });

            DialogPane dialog = ShownDialogs.await();
            String said = WaitForAsyncUtils.asyncFx(() -> dialog.getHeaderText() + " / " + dialog.getContentText())
                    .get();
            assertTrue(said.contains("“damaged.ccmm” is damaged"), "names the file and what is wrong: " + said);
            robot.interact(
                    () -> ((Button) dialog.lookupButton(dialog.getButtonTypes().get(0))).fire());

            Optional<FileRoundSession> opened = first.get(10, TimeUnit.SECONDS);
            assertEquals(Optional.empty(), opened.map(s -> s.file().path()), "nothing opens in its place");
            MainWindow w = window.get();
            robot.interact(() -> {
                assertTrue(w.documents().current().isEmpty(), "no file is open");
                assertFalse(w.documents().isSample(), "not the sample either");
            });
            assertEquals(null, WaitForAsyncUtils.asyncFx(ShownDialogs::shown).get(), "one message, then nothing");
            early.ifPresent(StartReading::discard);

            assertArrayEquals(before, Files.readAllBytes(damaged), "the damaged file is untouched");
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(
                        List.of("damaged.ccmm", "documents", "last.ccmm"),
                        files.map(p -> p.getFileName().toString())
                                .filter(n -> !n.equals("settings"))
                                .sorted()
                                .toList(),
                        "nothing is left beside it (no journal, no log)");
            }
            assertTrue(Files.isRegularFile(defaultFile));
        }
    }
}
