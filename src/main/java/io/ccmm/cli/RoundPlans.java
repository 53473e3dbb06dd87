package io.ccmm.cli;

import io.ccmm.assessment.Assessment;
import io.ccmm.plan.PlanEntry;
import io.ccmm.report.ReportPlan;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Finding;
import io.ccmm.storage.PlanAction;
import io.ccmm.storage.Round;
import io.ccmm.storage.StorageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the plan kept with a round of a {@code .ccmm} file for a report or {@code ccmm plan}. */
final class RoundPlans {

    private RoundPlans() {}

    /** The plan of the round the options name (latest by default); {@link ReportPlan#NONE} for interchange JSON. */
    static ReportPlan of(AssessmentOptions options) {
        if (!options.file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ccmm")) {
            return ReportPlan.NONE;
        }
        return load(options.file, Optional.ofNullable(options.round));
    }

    static ReportPlan load(Path file, Optional<String> round) {
        try (AssessmentFile f = AssessmentFile.openForReading(file)) {
            long roundId = round.isPresent()
                    ? Long.parseLong(round.get().strip())
                    : f.latestRound()
                            .orElseThrow(() -> BadInputException.of("noRound", file))
                            .id();
            List<ReportPlan.Finding> findings = new ArrayList<>();
            for (Finding x : f.findings(roundId)) {
                findings.add(new ReportPlan.Finding(
                        x.item(), x.kind().code(), x.severity().code(), x.text(), x.author()));
            }
            List<PlanEntry> actions =
                    f.planActions(roundId).stream().map(RoundPlans::entry).toList();
            List<ReportPlan.TrendRound> trend = new ArrayList<>();
            List<Round> rounds = new ArrayList<>(f.rounds());
            rounds.sort(Comparator.comparing((Round r) -> r.info().date().isEmpty()
                            ? r.created().toString()
                            : r.info().date())
                    .thenComparingLong(Round::id));
            for (Round r : rounds) {
                Assessment a = f.exportRound(r.id());
                trend.add(new ReportPlan.TrendRound(
                        r.title(),
                        r.info().date(),
                        ReadinessEngine.of(f.catalogBundleOf(r.id())).score(a),
                        r.id() == roundId));
            }
            return ReportPlan.of(f.executiveSummary(roundId), f.round(roundId).isFinal(), findings, actions, trend, 0);
        } catch (StorageException e) {
            throw BadInputException.of("storage", e);
        }
    }

    static PlanEntry entry(PlanAction p) {
        return new PlanEntry(
                p.action().what(),
                p.action().owner(),
                p.action().due(),
                p.action().status().code(),
                p.priority().code(),
                p.effort(),
                p.items(),
                p.targetC(),
                p.targetF());
    }
}
