package io.ccmm.cli;

import io.ccmm.report.ReportPlan;
import io.ccmm.report.RoundPlanReader;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.StorageException;
import java.nio.file.Path;
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
            return RoundPlanReader.read(f, roundId);
        } catch (StorageException e) {
            throw BadInputException.of("storage", e);
        }
    }
}
