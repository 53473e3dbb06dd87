package io.ccmm.ui.start;

import io.ccmm.assessment.Organization;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import io.ccmm.storage.Round;
import io.ccmm.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the start page shows about each recent file. Each file is opened read-only for a moment and closed again;
 * a file open elsewhere is reported as in use, never copied or waited for. Plain I/O: run it off the FX thread.
 */
public final class RecentFiles {

    private RecentFiles() {}

    /**
     * The entries for {@code paths} in the same order. {@code current} describes the file open in this window, if any:
     * it is locked by this window, so its details come from the window rather than from the file.
     */
    public static List<RecentFile> summarize(List<String> paths, Optional<RecentFile> current) {
        Optional<Path> open = current.map(c -> normalized(c.path()));
        List<RecentFile> out = new ArrayList<>();
        for (String p : paths) {
            Path path = normalized(Path.of(p));
            if (open.filter(path::equals).isPresent()) {
                RecentFile c = current.get();
                out.add(new RecentFile(
                        path,
                        RecentFile.State.CURRENT,
                        c.organization(),
                        c.site(),
                        c.latestRound(),
                        c.latestRoundDate(),
                        c.rounds(),
                        modified(path)));
            } else {
                out.add(summarize(path));
            }
        }
        return List.copyOf(out);
    }

    static RecentFile summarize(Path path) {
        if (!Files.isRegularFile(path)) {
            return RecentFile.unread(path, RecentFile.State.MISSING, Optional.empty());
        }
        Optional<Instant> modified = modified(path);
        try (AssessmentFile file = AssessmentFile.open(path, OpenMode.READ_ONLY)) {
            Organization org = file.organization();
            List<Round> rounds = file.rounds();
            Optional<Round> latest = file.latestRound();
            return new RecentFile(
                    path,
                    RecentFile.State.READY,
                    org.name(),
                    org.site(),
                    latest.map(r -> r.info().title()).orElse(""),
                    latest.map(r -> r.info().date()).orElse(""),
                    rounds.size(),
                    modified);
        } catch (StorageException e) {
            RecentFile.State state = e.reason() == StorageException.Reason.LOCKED
                    ? RecentFile.State.IN_USE
                    : RecentFile.State.UNREADABLE;
            return RecentFile.unread(path, state, modified);
        }
    }

    private static Optional<Instant> modified(Path path) {
        try {
            return Optional.of(Files.getLastModifiedTime(path).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Path normalized(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
