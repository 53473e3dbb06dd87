package io.ccmm.ui.main;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.InvalidAssessmentException;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.CatalogSnapshot;
import io.ccmm.storage.OpenMode;
import io.ccmm.storage.Round;
import io.ccmm.storage.StorageException;
import io.ccmm.storage.StorageText;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.workspace.FileRoundSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The open {@code .ccmm} file: opening (with the read-only-copy offer for a file in use), creating, rounds, import and
 * export. One file at a time; the previous one is closed cleanly so it alone holds everything.
 */
public final class Documents implements AutoCloseable {

    public static final String SAMPLE = Sample.HOTLINE_12345.resource();

    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private AssessmentFile current;
    private boolean sample;

    public Documents(DialogService dialogs, Supplier<Messages> messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public Optional<AssessmentFile> current() {
        return Optional.ofNullable(current);
    }

    public boolean isSample() {
        return sample;
    }

    /** Takes over a session opened elsewhere (start-up, tests): its file is closed with the window. */
    public void adopt(FileRoundSession session) {
        if (current != session.file()) {
            AssessmentFile previous = current;
            current = session.file();
            if (previous != null) {
                closeQuietly(previous);
            }
        }
    }

    /** Opens a file at its latest round. Empty when the user declined or the file cannot be used (already said). */
    public Optional<FileRoundSession> open(Path path) {
        return open(path, Optional.empty());
    }

    /** Opens a file at its latest round, with what the start read of it ahead, if it read this file. */
    public Optional<FileRoundSession> open(Path path, StartReading early) {
        return open(path, early.take(path));
    }

    /**
     * Opens a file at its latest round, taking what {@code early} read of it on another thread (the start's reading
     * ahead) as if this call had read it: the same dialogs for the same failures.
     */
    Optional<FileRoundSession> open(Path path, Optional<StartReading.Opened> early) {
        Messages m = messages.get();
        AssessmentFile file;
        try {
            file = early.isPresent() ? early.get().fileOrThrow() : AssessmentFile.open(path, OpenMode.READ_WRITE);
        } catch (StorageException e) {
            if (e.reason() != StorageException.Reason.LOCKED) {
                dialogs.error(m.get("file.error.open"), words(e));
                return Optional.empty();
            }
            if (!dialogs.confirm(m.get("file.locked.title"), m.get("file.locked.body", path.getFileName()))) {
                return Optional.empty();
            }
            try {
                file = AssessmentFile.openReadOnlyCopy(path);
            } catch (StorageException again) {
                dialogs.error(m.get("file.error.open"), words(again));
                return Optional.empty();
            }
        }
        try {
            if (early.isPresent() && early.get().file() == file) {
                Optional<FileRoundSession> read = early.get().sessionOrThrow();
                if (read.isPresent()) {
                    return Optional.of(replaceWith(file, read.get()));
                }
            }
            Optional<Round> latest = file.latestRound();
            long roundId = latest.isPresent()
                    ? latest.get().id()
                    : file.createRound(defaultRound(m), CatalogSnapshot.bundled())
                            .id();
            return Optional.of(replaceWith(file, roundId, false));
        } catch (StorageException e) {
            closeQuietly(file);
            dialogs.error(m.get("file.error.open"), words(e));
            return Optional.empty();
        }
    }

    /** Creates a new file for the organization with its first round. */
    public Optional<FileRoundSession> create(Path path, Organization organization, RoundInfo round) {
        return create(path, organization, round, CatalogSnapshot.bundled());
    }

    /** Creates a new file for the organization with its first round, rated against {@code catalog}. */
    public Optional<FileRoundSession> create(
            Path path, Organization organization, RoundInfo round, CatalogSnapshot catalog) {
        try {
            AssessmentFile file = AssessmentFile.create(path, organization);
            long id = file.createRound(round, catalog).id();
            return Optional.of(replaceWith(file, id, false));
        } catch (StorageException e) {
            dialogs.error(messages.get().get("file.error.create"), words(e));
            return Optional.empty();
        }
    }

    /** The default file in the documents folder, created on first use so a new user can rate at once. */
    public Optional<FileRoundSession> openOrCreateDefault(Path folder) {
        Messages m = messages.get();
        Path file = defaultFile(folder::resolve, m);
        if (Files.exists(file)) {
            return open(file);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            dialogs.error(m.get("file.error.create"), m.get("file.error.folder", folder));
            return Optional.empty();
        }
        return create(
                file,
                new Organization(m.get("file.default.organization"), "", "", java.util.OptionalInt.empty()),
                defaultRound(m));
    }

    /**
     * The default file's name in the user's language, or the English one where the file system cannot spell it (a Linux
     * session in the C locale cannot encode a Chinese file name, and the app must still start).
     */
    static Path defaultFile(java.util.function.Function<String, Path> inFolder, Messages m) {
        try {
            return inFolder.apply(m.get("file.default.name") + ".ccmm");
        } catch (java.nio.file.InvalidPathException e) {
            return inFolder.apply(Messages.of(io.ccmm.catalog.Language.EN).get("file.default.name") + ".ccmm");
        }
    }

    /** The 12345 hotline sample as a temporary file. */
    public Optional<FileRoundSession> openSample() {
        return openSample(Sample.HOTLINE_12345);
    }

    /** A bundled sample as a temporary file: everything works, nothing of the user's is touched. */
    public Optional<FileRoundSession> openSample(Sample sample) {
        Messages m = messages.get();
        try (InputStream in = Documents.class.getResourceAsStream(sample.resource())) {
            Assessment a = InterchangeJson.read(
                    in.readAllBytes(), CatalogLoader.bundled().catalog(), true);
            Path dir = Files.createTempDirectory("ccmm-sample");
            Path path = dir.resolve(m.get(sample.messageKey()) + ".ccmm");
            AssessmentFile file = AssessmentFile.create(path, a.organization());
            Round round = file.importRound(a, CatalogSnapshot.bundled());
            path.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            FileRoundSession s = replaceWith(file, round.id(), true);
            return Optional.of(s);
        } catch (StorageException e) {
            dialogs.error(m.get("file.error.open"), words(e));
            return Optional.empty();
        } catch (IOException | InvalidAssessmentException e) {
            dialogs.error(m.get("file.error.open"), m.get("error.io.sample", String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    public List<Round> rounds() {
        try {
            return current == null ? List.of() : current.rounds();
        } catch (StorageException e) {
            return List.of();
        }
    }

    public Optional<FileRoundSession> switchRound(long roundId) {
        return withCurrent(f -> session(f, roundId));
    }

    /** A re-assessment: a copy of {@code fromRound} as the start of a new round. */
    public Optional<FileRoundSession> newReassessment(long fromRound, RoundInfo info) {
        return withCurrent(f -> session(f, f.copyRound(fromRound, info).id()));
    }

    /** Changes the organization's and the round's details (both audited by the file). */
    public Optional<FileRoundSession> updateDetails(long roundId, Organization organization, RoundInfo round) {
        return withCurrent(f -> {
            if (!organization.equals(f.organization())) {
                f.updateOrganization(organization);
            }
            if (!round.equals(f.round(roundId).info())) {
                f.updateRound(roundId, round);
            }
            return session(f, roundId);
        });
    }

    /** A storage failure in the words of the window's language. */
    private String words(StorageException e) {
        return StorageText.describe(e, messages.get().language().locale());
    }

    public Optional<FileRoundSession> markFinal(long roundId) {
        return withCurrent(f -> {
            f.markFinal(roundId);
            return session(f, roundId);
        });
    }

    public Optional<FileRoundSession> reopen(long roundId, String reason) {
        return withCurrent(f -> {
            f.reopen(roundId, reason);
            return session(f, roundId);
        });
    }

    /**
     * Reads and checks an interchange JSON against the bundled catalog; touches no file. Safe off the FX thread: the
     * slow part of an import (reading, parsing, checking every item).
     */
    public static Assessment readImport(Path json) throws IOException, InvalidAssessmentException {
        return InterchangeJson.read(
                Files.readAllBytes(json), CatalogLoader.bundled().catalog(), false);
    }

    /** Adds a checked assessment as a new round of the open file, in one transaction: whole or not at all. */
    public Optional<FileRoundSession> applyImport(Assessment assessment) {
        return withCurrent(
                "file.error.import",
                f -> session(
                        f, f.importRound(assessment, CatalogSnapshot.bundled()).id()));
    }

    private interface FileCall {
        FileRoundSession run(AssessmentFile f) throws StorageException;
    }

    private Optional<FileRoundSession> withCurrent(FileCall call) {
        return withCurrent("file.error.change", call);
    }

    private Optional<FileRoundSession> withCurrent(String errorTitleKey, FileCall call) {
        if (current == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(call.run(current));
        } catch (StorageException e) {
            dialogs.error(messages.get().get(errorTitleKey), words(e));
            return Optional.empty();
        }
    }

    private FileRoundSession session(AssessmentFile f, long roundId) throws StorageException {
        String label = sample
                ? messages.get().get("file.sample.label")
                : String.valueOf(f.path().getFileName());
        return new FileRoundSession(f, roundId, label);
    }

    private FileRoundSession replaceWith(AssessmentFile file, long roundId, boolean isSample) throws StorageException {
        AssessmentFile previous = current;
        current = file;
        sample = isSample;
        try {
            return session(file, roundId);
        } finally {
            if (previous != null && previous != file) {
                closeQuietly(previous);
            }
        }
    }

    /** Like {@link #replaceWith(AssessmentFile, long, boolean)} with a session read elsewhere (not the sample). */
    private FileRoundSession replaceWith(AssessmentFile file, FileRoundSession read) {
        AssessmentFile previous = current;
        current = file;
        sample = false;
        if (previous != null && previous != file) {
            closeQuietly(previous);
        }
        return read;
    }

    private static RoundInfo defaultRound(Messages m) {
        java.time.LocalDate today = java.time.LocalDate.now();
        return new RoundInfo(
                m.get("wizard.round.default", today.getYear()),
                today.toString(),
                List.of(),
                java.util.OptionalInt.empty());
    }

    private static void closeQuietly(AssessmentFile f) {
        try {
            f.close();
        } catch (StorageException e) {
            System.getLogger(Documents.class.getName()).log(System.Logger.Level.WARNING, "closing " + f.path(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            closeQuietly(current);
            current = null;
        }
    }

    // ---- first start

    /** The default file in {@code folder} when the user has one there; nothing is created. */
    public Optional<FileRoundSession> openDefaultIfPresent(Path folder) {
        Path file = defaultFile(folder::resolve, messages.get());
        return Files.isRegularFile(file) ? open(file) : Optional.empty();
    }
}
