package io.ccmm.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.CatalogSnapshot;
import io.ccmm.storage.OpenMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the start page says about each recent file, read from real .ccmm files. */
class RecentFilesTest {

    @TempDir
    Path dir;

    private Path file(String name, String organization, String... rounds) throws Exception {
        Path path = dir.resolve(name);
        try (AssessmentFile f =
                AssessmentFile.create(path, new Organization(organization, "主中心", "", OptionalInt.of(7)))) {
            for (int i = 0; i < rounds.length; i++) {
                f.createRound(
                        new RoundInfo(rounds[i], "2026-0" + (i + 3) + "-01", List.of(), OptionalInt.empty()),
                        CatalogSnapshot.bundled());
            }
        }
        return path;
    }

    @Test
    void readsOrganizationLatestRoundAndRoundCount() throws Exception {
        Path a = file("a.ccmm", "某市12345热线", "2026 自评", "2026 复评");
        RecentFile entry =
                RecentFiles.summarize(List.of(a.toString()), Optional.empty()).get(0);
        assertEquals(RecentFile.State.READY, entry.state());
        assertEquals("某市12345热线", entry.displayName());
        assertEquals("主中心", entry.site());
        assertEquals("2026 复评", entry.latestRound());
        assertEquals("2026-04-01", entry.latestRoundDate());
        assertEquals(2, entry.rounds());
        assertTrue(entry.modified().isPresent());
        assertTrue(entry.canOpen());
    }

    @Test
    void tellsMissingUnreadableInUseAndCurrentApartInTheGivenOrder() throws Exception {
        Path ready = file("ready.ccmm", "甲", "2026");
        Path current = file("current.ccmm", "乙", "2026");
        Path busy = file("busy.ccmm", "丙", "2026");
        Path text = dir.resolve("notes.ccmm");
        Files.writeString(text, "not an assessment", StandardCharsets.UTF_8);
        Path gone = dir.resolve("gone.ccmm");
        try (AssessmentFile holder = AssessmentFile.open(busy, OpenMode.READ_WRITE)) {
            List<RecentFile> entries = RecentFiles.summarize(
                    List.of(gone.toString(), ready.toString(), text.toString(), busy.toString(), current.toString()),
                    Optional.of(new RecentFile(
                            current, RecentFile.State.CURRENT, "乙", "分中心", "2026", "2026-03-01", 1, Optional.empty())));
            assertEquals(
                    List.of(
                            RecentFile.State.MISSING,
                            RecentFile.State.READY,
                            RecentFile.State.UNREADABLE,
                            RecentFile.State.IN_USE,
                            RecentFile.State.CURRENT),
                    entries.stream().map(RecentFile::state).toList());
            assertFalse(entries.get(0).canOpen());
            assertTrue(entries.get(3).canOpen(), "a file in use can still be opened as a read-only copy");
            assertEquals("gone.ccmm", entries.get(0).displayName());
            assertEquals("乙", entries.get(4).displayName(), "the open file is described by the window");
            assertTrue(entries.get(4).modified().isPresent());
        }
    }

    @Test
    void readingAFileLeavesItUnchanged() throws Exception {
        Path a = file("a.ccmm", "某市12345热线", "2026 自评");
        byte[] before = Files.readAllBytes(a);
        RecentFiles.summarize(List.of(a.toString()), Optional.empty());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(a)), "file bytes unchanged");
        try (var siblings = Files.list(dir)) {
            assertEquals(
                    List.of("a.ccmm"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
