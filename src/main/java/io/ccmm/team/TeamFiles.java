package io.ccmm.team;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.InvalidAssessmentException;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.files.AtomicFileWriter;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Evidence;
import io.ccmm.storage.FieldCopyHeader;
import io.ccmm.storage.OpenMode;
import io.ccmm.storage.Round;
import io.ccmm.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** Handing out field copies of a master's round and merging copies back, file to file. */
public final class TeamFiles {

    private TeamFiles() {}

    /** A field copy written: where, for whom, of which round, with which scope. */
    public record HandOut(Path copy, String assessor, Round round, Scope scope) {}

    /** A merge done: which round, which copies, and the items merged, unchanged and in conflict. */
    public record Merged(Round round, List<String> copies, MergePlan plan) {}

    /** The round of {@code master} to hand out or merge into: the one asked for, else the latest. */
    static Round chooseRound(AssessmentFile master, Path file, OptionalLong roundId) throws TeamException {
        try {
            if (roundId.isPresent()) {
                Optional<Round> found = master.rounds().stream()
                        .filter(r -> r.id() == roundId.getAsLong())
                        .findFirst();
                return found.orElseThrow(
                        () -> new TeamException(TeamException.Reason.NO_SUCH_ROUND, file, roundId.getAsLong()));
            }
            return master.latestRound()
                    .orElseThrow(() -> new TeamException(TeamException.Reason.NO_SUCH_ROUND, file, "–"));
        } catch (StorageException e) {
            throw new TeamException(TeamException.Reason.MASTER, file, e);
        }
    }

    /** The catalog items a scope is chosen from: those of the round's catalog. */
    public static Catalog catalogOf(Path masterFile, OptionalLong roundId) throws TeamException {
        try (AssessmentFile master = open(masterFile, OpenMode.READ_ONLY)) {
            return master.catalogBundleOf(
                            chooseRound(master, masterFile, roundId).id())
                    .catalog();
        } catch (StorageException e) {
            throw new TeamException(TeamException.Reason.MASTER, masterFile, e);
        }
    }

    /**
     * Writes a field copy of the master's round for {@code assessor} to {@code out} (which must not exist), and records
     * the hand-out in the master. The copy appears whole or not at all.
     */
    public static HandOut handOut(Path masterFile, OptionalLong roundId, String assessor, Scope scope, Path out)
            throws TeamException {
        try (AssessmentFile master = open(masterFile, OpenMode.READ_WRITE)) {
            return handOut(master, roundId, assessor, scope, out);
        } catch (StorageException e) {
            throw new TeamException(TeamException.Reason.MASTER, masterFile, e);
        }
    }

    /** As {@link #handOut(Path, OptionalLong, String, Scope, Path)}, from a master that is open. */
    public static HandOut handOut(AssessmentFile master, OptionalLong roundId, String assessor, Scope scope, Path out)
            throws TeamException {
        Path masterFile = master.path();
        String name = assessor == null ? "" : assessor.strip();
        if (name.isEmpty()) {
            throw new TeamException(TeamException.Reason.NO_ASSESSOR);
        }
        if (Files.exists(out)) {
            throw new TeamException(TeamException.Reason.OUTPUT_EXISTS, out);
        }
        try {
            if (master.isReadOnly()) {
                throw new TeamException(
                        TeamException.Reason.MASTER,
                        masterFile,
                        StorageException.of(StorageException.Reason.READ_ONLY, masterFile));
            }
            Round round = chooseRound(master, masterFile, roundId);
            if (round.isFinal()) {
                throw new TeamException(TeamException.Reason.ROUND_FINAL, round.title());
            }
            Path tmp = AtomicFileWriter.temporarySibling(out.toAbsolutePath());
            String copyUid;
            try {
                master.saveCopy(tmp);
                try (AssessmentFile copy = AssessmentFile.open(tmp, OpenMode.READ_WRITE)) {
                    copy.makeFieldCopy(
                            round.id(),
                            new FieldCopyHeader(
                                    master.fileUid(),
                                    TeamException.fileName(masterFile),
                                    round.uid(),
                                    name,
                                    scope.ranges(),
                                    Instant.now()));
                    copyUid = copy.fileUid();
                }
                AtomicFileWriter.moveIntoPlaceIfAbsent(tmp, out.toAbsolutePath());
            } catch (IOException e) {
                throw new TeamException(TeamException.Reason.UNREADABLE, out, e);
            } finally {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is not the copy
                }
            }
            try {
                master.recordHandout(round.id(), copyUid, name, scope.ranges());
            } catch (StorageException e) {
                deleteQuietly(out);
                throw e;
            }
            return new HandOut(out, name, round, scope);
        } catch (StorageException e) {
            throw new TeamException(TeamException.Reason.MASTER, masterFile, e);
        }
    }

    /**
     * Merges the copies (field copies, plain copies of the file, or interchange JSON with the round's uid) into the
     * master's round: every copy is read and checked first, then the changes are applied in one transaction. A refused
     * copy leaves the master as it was.
     */
    public static Merged merge(Path masterFile, List<Path> copyFiles, OptionalLong roundId) throws TeamException {
        try (AssessmentFile master = open(masterFile, OpenMode.READ_WRITE)) {
            return merge(master, copyFiles, roundId);
        } catch (StorageException e) {
            throw new TeamException(TeamException.Reason.MASTER, masterFile, e);
        }
    }

    /** As {@link #merge(Path, List, OptionalLong)}, into a master that is open (e.g. in the window). */
    public static Merged merge(AssessmentFile master, List<Path> copyFiles, OptionalLong roundId) throws TeamException {
        return merge(master, copyFiles, roundId, true);
    }

    /**
     * Reads and checks every copy and works out what merging them would do, per copy and in total, without changing
     * the master: the same refusals as {@link #merge(AssessmentFile, List, OptionalLong)}.
     */
    public static Merged check(AssessmentFile master, List<Path> copyFiles, OptionalLong roundId) throws TeamException {
        return merge(master, copyFiles, roundId, false);
    }

    private static Merged merge(AssessmentFile master, List<Path> copyFiles, OptionalLong roundId, boolean apply)
            throws TeamException {
        Path masterFile = master.path();
        try {
            if (master.isReadOnly()) {
                throw new TeamException(
                        TeamException.Reason.MASTER,
                        masterFile,
                        StorageException.of(StorageException.Reason.READ_ONLY, masterFile));
            }
            for (Path copy : copyFiles) {
                if (sameFile(copy, masterFile)) {
                    throw new TeamException(TeamException.Reason.SAME_FILE, copy);
                }
            }
            List<CopyFile> read = new ArrayList<>();
            for (Path copy : copyFiles) {
                read.add(readCopy(copy));
            }
            Round round = roundId.isPresent()
                    ? chooseRound(master, masterFile, roundId)
                    : master.rounds().stream()
                            .filter(r -> !read.isEmpty()
                                    && r.uid().equalsIgnoreCase(read.get(0).roundUid()))
                            .findFirst()
                            .orElse(chooseRound(master, masterFile, roundId));
            if (round.isFinal()) {
                throw new TeamException(TeamException.Reason.ROUND_FINAL, round.title());
            }
            String masterUid = master.fileUid();
            Catalog catalog = master.catalogBundleOf(round.id()).catalog();
            List<CopyContent> contents = new ArrayList<>();
            for (CopyFile copy : read) {
                if (copy.masterUid().isPresent() && !copy.masterUid().get().equals(masterUid)) {
                    throw new TeamException(
                            TeamException.Reason.OTHER_FILE,
                            copy.path(),
                            copy.masterName(),
                            copy.masterUid().get(),
                            masterFile,
                            masterUid);
                }
                if (!copy.roundUid().equalsIgnoreCase(round.uid())) {
                    throw new TeamException(
                            TeamException.Reason.OTHER_ROUND,
                            copy.path(),
                            copy.roundTitle(),
                            copy.roundUid().isEmpty() ? "–" : copy.roundUid(),
                            masterFile,
                            round.title(),
                            round.uid());
                }
                contents.add(copy.content());
            }
            long id = round.id();
            MasterState state = MasterState.of(master, id);
            List<Integer> items =
                    catalog.items().stream().map(AssessmentItem::id).toList();
            MergePlan plan = MergeRules.plan(state, contents, items);
            MergeEvidence.check(
                    plan.changes(), contents, master.evidence(id), master.maxAttachmentBytes(), round.title());
            if (apply) {
                master.applyMerge(id, plan.changes());
            }
            return new Merged(
                    round,
                    read.stream().map(c -> TeamException.fileName(c.path())).toList(),
                    plan);
        } catch (StorageException e) {
            throw new TeamException(TeamException.Reason.MASTER, masterFile, e);
        }
    }

    /** A copy as read, with what it says about its origin. */
    private record CopyFile(
            Path path,
            Optional<String> masterUid,
            String masterName,
            String roundUid,
            String roundTitle,
            CopyContent content) {}

    private static CopyFile readCopy(Path path) throws TeamException {
        if (path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return readJson(path);
        }
        // Read-only: an older copy is brought up to date in a private copy, the copy itself stays as it is.
        try (AssessmentFile copy = AssessmentFile.openForReading(path)) {
            Optional<FieldCopyHeader> header = copy.fieldCopyHeader();
            String roundUid = header.map(FieldCopyHeader::roundUid).orElse("");
            List<Round> rounds = copy.rounds();
            Optional<Round> round = header.isPresent()
                    ? rounds.stream()
                            .filter(r -> r.uid().equalsIgnoreCase(header.get().roundUid()))
                            .findFirst()
                    : rounds.stream().findFirst();
            if (round.isEmpty()) {
                return new CopyFile(path, header.map(FieldCopyHeader::masterFileUid), "", roundUid, "", null);
            }
            Round r = round.get();
            if (header.isEmpty() && rounds.size() > 1) {
                // A plain copy of a file with several rounds: the round is chosen by the master's uid later.
                return plainCopyOfMany(path, copy, rounds);
            }
            String assessor = header.map(FieldCopyHeader::assessor).orElse(assessorsOf(r, path));
            String source = header.isPresent() ? copy.fileUid() : "copy:" + assessor;
            CopyContent content = content(copy, r, source, path, assessor, header);
            return new CopyFile(
                    path,
                    header.map(FieldCopyHeader::masterFileUid),
                    header.map(FieldCopyHeader::masterName).orElse(""),
                    r.uid(),
                    r.title(),
                    content);
        } catch (StorageException e) {
            throw new TeamException(TeamException.Reason.UNREADABLE, path, e);
        }
    }

    private static CopyFile plainCopyOfMany(Path path, AssessmentFile copy, List<Round> rounds)
            throws StorageException {
        // Kept simple: a plain multi-round copy offers its latest round.
        Round r = copy.latestRound().orElse(rounds.get(0));
        String assessor = assessorsOf(r, path);
        return new CopyFile(
                path,
                Optional.empty(),
                "",
                r.uid(),
                r.title(),
                content(copy, r, "copy:" + assessor, path, assessor, Optional.empty()));
    }

    private static CopyContent content(
            AssessmentFile copy, Round r, String source, Path path, String assessor, Optional<FieldCopyHeader> header)
            throws StorageException {
        List<CopyContent.CopyEvidence> evidence = new ArrayList<>();
        for (Evidence e : copy.evidence(r.id())) {
            evidence.add(new CopyContent.CopyEvidence(e.item(), e.name(), e.sha256(), copy.evidenceContent(e.id())));
        }
        return new CopyContent(
                source,
                TeamException.fileName(path),
                assessor,
                header.map(FieldCopyHeader::scope).orElse(""),
                header.isPresent() ? Optional.of(copy.fieldCopyBase()) : Optional.empty(),
                copy.ratings(r.id()),
                evidence,
                copy.actions(r.id()),
                copy.auditTrail(r.id()));
    }

    private static CopyFile readJson(Path path) throws TeamException {
        byte[] json;
        try {
            json = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new TeamException(TeamException.Reason.UNREADABLE, path, e);
        }
        Assessment a;
        try {
            a = InterchangeJson.read(
                    json, io.ccmm.catalog.CatalogLoader.bundled().catalog(), true);
        } catch (InvalidAssessmentException e) {
            throw new TeamException(TeamException.Reason.UNREADABLE, path, e);
        }
        String assessor = a.round().assessors().isEmpty()
                ? stem(path)
                : String.join(", ", a.round().assessors());
        java.util.Map<Integer, Rating> ratings = new java.util.HashMap<>(a.ratingsByItem());
        CopyContent content = new CopyContent(
                "json:" + assessor,
                TeamException.fileName(path),
                assessor,
                "",
                Optional.empty(),
                ratings,
                List.of(),
                List.of(),
                List.of());
        return new CopyFile(path, Optional.empty(), "", a.uid(), a.round().title(), content);
    }

    private static String assessorsOf(Round r, Path path) {
        return r.info().assessors().isEmpty()
                ? stem(path)
                : String.join(", ", r.info().assessors());
    }

    private static String stem(Path path) {
        String name = TeamException.fileName(path);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static AssessmentFile open(Path file, OpenMode mode) throws StorageException {
        return mode == OpenMode.READ_ONLY ? AssessmentFile.openForReading(file) : AssessmentFile.open(file, mode);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing more to do
        }
    }
}
