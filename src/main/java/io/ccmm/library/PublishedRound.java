package io.ccmm.library;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.portfolio.ConflictCount;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.AuditEntry;
import io.ccmm.storage.Evidence;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.storage.Round;
import io.ccmm.storage.StorageException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Everything a publish sends about one round: the organization, the round's details and identity, catalog and rules
 * (ids and SHA-256), every rating with its note, not-applicable mark and justification, the readiness result, the
 * improvement actions, and the evidence files when asked for.
 *
 * @param versionAt the round's version: the time of its newest audit entry in the file (its last change), or its
 *     creation time when it has none. An older version never replaces a newer one in the library.
 * @param withEvidence whether the evidence files were asked for; without them, evidence the library already holds for
 *     the round stays
 */
public record PublishedRound(
        Assessment assessment,
        Round round,
        Instant versionAt,
        String catalogId,
        String rulesId,
        ReadinessResult result,
        List<ImprovementAction> actions,
        List<EvidenceFile> evidence,
        boolean withEvidence,
        int conflicts,
        String sourceFile) {

    /** One evidence file with its content. */
    public record EvidenceFile(int item, String name, String mediaType, String sha256, byte[] content) {}

    public PublishedRound {
        actions = List.copyOf(actions);
        evidence = List.copyOf(evidence);
    }

    public String uid() {
        return round.uid();
    }

    /** Reads round {@code roundId} of an open file (read-only is enough) and scores it by its own catalog and rules. */
    public static PublishedRound read(
            AssessmentFile file, long roundId, boolean withEvidence, ConflictCount conflicts, Path source)
            throws StorageException {
        Round round = file.round(roundId);
        Assessment assessment = file.exportRound(roundId);
        CatalogBundle bundle = file.catalogBundleOf(roundId);
        ReadinessResult result = ReadinessEngine.of(bundle)
                .score(
                        assessment.ratings(),
                        assessment.organization().yearsInOperation(),
                        assessment.round().targetLevel());
        Instant version = round.created();
        for (AuditEntry e : file.auditTrail(roundId)) {
            if (e.at().isAfter(version)) {
                version = e.at();
            }
        }
        List<EvidenceFile> files = new ArrayList<>();
        if (withEvidence) {
            for (Evidence e : file.evidence(roundId)) {
                files.add(
                        new EvidenceFile(e.item(), e.name(), e.mediaType(), e.sha256(), file.evidenceContent(e.id())));
            }
        }
        return new PublishedRound(
                assessment,
                round,
                version,
                bundle.catalog().id(),
                bundle.rules().id(),
                result,
                file.actions(roundId),
                files,
                withEvidence,
                conflicts.of(file, roundId),
                source.getFileName() == null ? "" : source.getFileName().toString());
    }

    /** How many items are marked not applicable. */
    public int notApplicable() {
        return (int) assessment.ratings().stream().filter(Rating::notApplicable).count();
    }

    /** How many items have both angles rated. */
    public int rated() {
        return (int) assessment.ratings().stream()
                .filter(r -> r.c().isRated() && r.f().isRated())
                .count();
    }

    /** The level the round's target names, if any. */
    public OptionalInt targetLevel() {
        return assessment.round().targetLevel();
    }
}
