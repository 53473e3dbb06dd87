package io.ccmm.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Language;
import io.ccmm.storage.Access;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import io.ccmm.ui.QuietDialogs;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.Settings;
import io.ccmm.ui.common.SettingsStore;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings and the first file are read on a thread of their own while JavaFX starts; the window takes the result
 * as if it had read it itself, and a failure reaches the user in the same dialog as before.
 */
class StartReadingTest {

    @TempDir
    Path dir;

    /** Dialogs that collect what the user would be shown, and answer every question with {@code answer}. */
    private static final class Collected extends QuietDialogs {
        final List<String> shown = new ArrayList<>();
        final boolean answer;

        Collected(boolean answer) {
            this.answer = answer;
        }

        @Override
        public void error(String title, String message) {
            shown.add("error: " + title + " / " + message);
        }

        @Override
        public boolean confirm(String title, String message) {
            shown.add("confirm: " + title + " / " + message);
            return answer;
        }
    }

    private SettingsStore store(Settings settings) throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings").resolve("settings.json"));
        store.save(settings);
        return store;
    }

    private Path fileWithOneRating(String name) throws Exception {
        FileRoundSession s = TestSessions.with(dir.resolve(name), List.of());
        int item = s.catalog().items().get(0).id();
        s.file().saveRating(s.roundId(), Rating.of(item, Rate.FULL, Rate.NONE));
        s.file().close();
        return dir.resolve(name);
    }

    private static Documents documents(Collected dialogs) {
        return new Documents(dialogs, () -> Messages.of(Language.EN));
    }

    @Test
    void theGivenFileIsReadAheadAndTheWindowTakesItsLatestRound() throws Exception {
        Path file = fileWithOneRating("given.ccmm");
        StartReading reading =
                StartReading.begin(store(Settings.defaults().withLanguage("zh")), List.of(file.toString()));
        assertEquals("zh", reading.settings().language());

        Collected dialogs = new Collected(false);
        Documents documents = documents(dialogs);
        FileRoundSession session = documents.open(file, reading).orElseThrow();
        assertSame(session.file(), documents.current().orElseThrow(), "the window owns the file read ahead");
        assertEquals(1, session.ratings().size(), "the round as saved");
        Rating rating = session.ratings().values().iterator().next();
        assertEquals(Rate.FULL, rating.c());
        assertEquals("given.ccmm", session.sourceName());
        assertEquals(List.of(), dialogs.shown);
        documents.close();
        try (AssessmentFile again = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            assertEquals(1, again.rounds().size(), "closed with the window, nothing added");
        }
    }

    @Test
    void withoutAGivenFileTheLastFileIsReadAhead() throws Exception {
        Path last = fileWithOneRating("last.ccmm");
        Settings settings = Settings.defaults()
                .withRecent(dir.resolve("gone.ccmm").toString())
                .withRecent(last.toString());
        assertEquals(Optional.of(last), StartReading.firstPath(List.of(), settings));
        assertEquals(
                Optional.of(dir.resolve("other.ccmm")),
                StartReading.firstPath(List.of(dir.resolve("other.ccmm").toString()), settings),
                "a given file comes first, as in the start chain");

        StartReading reading = StartReading.begin(store(settings), List.of());
        Documents documents = documents(new Collected(false));
        assertTrue(reading.take(last).isPresent(), "the last file was read ahead");
        documents.close();
    }

    @Test
    void aFileThatCannotBeOpenedIsReportedInTheSameWordsAsBefore() throws Exception {
        Path broken = dir.resolve("broken.ccmm");
        Files.writeString(broken, "not an assessment file at all, but long enough to have a header of sorts");

        Collected direct = new Collected(false);
        assertEquals(Optional.empty(), documents(direct).open(broken));

        StartReading reading = StartReading.begin(store(Settings.defaults()), List.of(broken.toString()));
        Collected early = new Collected(false);
        assertEquals(Optional.empty(), documents(early).open(broken, reading));

        assertEquals(1, direct.shown.size(), "the refusal is shown: " + direct.shown);
        assertEquals(direct.shown, early.shown, "the same dialog, the same words");
    }

    @Test
    void aFileInUseStillOffersTheReadOnlyCopy() throws Exception {
        Path file = fileWithOneRating("in-use.ccmm");
        try (AssessmentFile elsewhere = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            Collected direct = new Collected(true);
            Documents first = documents(direct);
            FileRoundSession copy = first.open(file).orElseThrow();
            assertEquals(Access.READ_ONLY_COPY, copy.file().access(), "a private copy");
            first.close();

            StartReading reading = StartReading.begin(store(Settings.defaults()), List.of(file.toString()));
            Collected early = new Collected(true);
            Documents second = documents(early);
            FileRoundSession copyToo = second.open(file, reading).orElseThrow();
            assertEquals(Access.READ_ONLY_COPY, copyToo.file().access(), "a private copy");
            assertEquals(1, copyToo.ratings().size());
            second.close();

            assertEquals(1, direct.shown.size());
            assertTrue(direct.shown.get(0).startsWith("confirm: "), direct.shown.toString());
            assertEquals(direct.shown, early.shown, "the same question, the same words");
        }
    }

    @Test
    void aFileWithoutARoundGetsItsFirstRoundAsBefore() throws Exception {
        Path file = dir.resolve("no-round.ccmm");
        AssessmentFile.create(file, new Organization("热线", "", "", OptionalInt.empty()))
                .close();
        StartReading reading = StartReading.begin(store(Settings.defaults()), List.of(file.toString()));
        Documents documents = documents(new Collected(false));
        FileRoundSession session = documents.open(file, reading).orElseThrow();
        assertEquals(1, session.file().rounds().size(), "the default round was added");
        documents.close();
    }

    @Test
    void aFileReadAheadThatTheStartDoesNotTakeIsClosed() throws Exception {
        Path file = fileWithOneRating("untaken.ccmm");
        StartReading reading = StartReading.begin(store(Settings.defaults()), List.of(file.toString()));
        reading.settings();
        reading.discard();
        try (AssessmentFile again = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            assertEquals(1, again.rounds().size(), "not held by the reading thread");
        }

        StartReading other = StartReading.begin(store(Settings.defaults()), List.of(file.toString()));
        assertEquals(Optional.empty(), other.take(dir.resolve("another.ccmm")), "read another file: not handed out");
        try (AssessmentFile again = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            assertFalse(again.rounds().isEmpty(), "and closed");
        }
    }

    @Test
    void unreadableSettingsAreTheDefaultsAsBefore() throws Exception {
        Path settings = dir.resolve("settings").resolve("settings.json");
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, "{ not json");
        StartReading reading = StartReading.begin(new SettingsStore(settings), List.of());
        assertEquals(Settings.defaults(), reading.settings());
        assertEquals(Optional.empty(), reading.take(dir.resolve("x.ccmm")));
    }

    @Test
    void somethingUnexpectedWhileReadingIsThrownWhereTheWindowTakesTheSettings() {
        SettingsStore failing = new SettingsStore(dir.resolve("settings.json")) {
            @Override
            public Settings load() {
                throw new IllegalStateException("disk gone");
            }
        };
        StartReading reading = StartReading.begin(failing, List.of());
        assertEquals(
                "disk gone",
                assertThrows(IllegalStateException.class, reading::settings).getMessage());
    }
}
