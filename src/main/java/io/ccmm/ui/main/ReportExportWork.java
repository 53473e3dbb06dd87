package io.ccmm.ui.main;

import io.ccmm.catalog.Language;
import io.ccmm.report.ReportInput;
import io.ccmm.report.ReportModel;
import io.ccmm.report.ReportProgress;
import io.ccmm.report.ReportService;
import io.ccmm.report.RoundPlanReader;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.StorageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The background work of File › Export report…: the round is read from a snapshot of the open file (its own
 * connection, deleted afterwards), so ratings and notes keep saving while a large report is read and written.
 */
public final class ReportExportWork {

    private ReportExportWork() {}

    /** Exports round {@code roundId} of {@code file} as it is when the export starts. */
    public static ReportModel export(
            AssessmentFile file,
            long roundId,
            ReportService reports,
            String formatId,
            Language language,
            Path target,
            ReportProgress progress)
            throws IOException, StorageException {
        ReportInput input;
        try (AssessmentFile snapshot = file.openSnapshot()) {
            input = read(snapshot, roundId);
        }
        return reports.export(formatId, language, input, target, progress);
    }

    /** Everything a report of the round shows: ratings, catalog, improvement actions and the round's plan. */
    static ReportInput read(AssessmentFile snapshot, long roundId) throws StorageException {
        return ReportInput.of(snapshot.catalogBundleOf(roundId), snapshot.exportRound(roundId))
                .withActions(snapshot.actions(roundId).stream()
                        .map(a -> new ReportInput.Action(
                                OptionalInt.of(a.item()),
                                a.what(),
                                a.owner(),
                                a.due(),
                                a.status().code()))
                        .toList())
                .withPlan(RoundPlanReader.read(snapshot, roundId));
    }
}
