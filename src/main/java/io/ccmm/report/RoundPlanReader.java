package io.ccmm.report;

import io.ccmm.assessment.Assessment;
import io.ccmm.plan.PlanEntry;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Contribution;
import io.ccmm.storage.Finding;
import io.ccmm.storage.PlanAction;
import io.ccmm.storage.Round;
import io.ccmm.storage.StorageException;
import io.ccmm.team.Agreement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The plan kept with a round of a {@code .ccmm} file, as the reports show it: the executive summary, findings, the
 * action plan, the trend over the file's rounds and the open conflicts. The window and the command line read it
 * alike.
 */
public final class RoundPlanReader {

    private RoundPlanReader() {}

    public static ReportPlan read(AssessmentFile f, long roundId) throws StorageException {
        List<ReportPlan.Finding> findings = new ArrayList<>();
        for (Finding x : f.findings(roundId)) {
            findings.add(new ReportPlan.Finding(
                    x.item(), x.kind().code(), x.severity().code(), x.text(), x.author()));
        }
        List<PlanEntry> actions =
                f.planActions(roundId).stream().map(RoundPlanReader::entry).toList();
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
        int open =
                (int) f.conflicts(roundId).stream().filter(c -> !c.resolved()).count();
        return ReportPlan.of(f.executiveSummary(roundId), f.round(roundId).isFinal(), findings, actions, trend, open)
                .withExtras(extras(f, roundId));
    }

    /**
     * The file's branding and, when field copies were merged into the round, its raters and their agreement (the
     * figures of {@code ccmm agreement}); the round's sign-off when it has one.
     */
    public static ReportExtras extras(AssessmentFile f, long roundId) throws StorageException {
        List<Contribution> contributions = f.contributions(roundId);
        return new ReportExtras(
                f.branding(),
                Agreement.assessors(contributions),
                f.signOffOf(roundId),
                Agreement.of(contributions, f.catalogBundleOf(roundId).catalog()));
    }

    public static PlanEntry entry(PlanAction p) {
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
