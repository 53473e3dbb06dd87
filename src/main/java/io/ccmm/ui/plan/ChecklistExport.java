package io.ccmm.ui.plan;

import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.Language;
import io.ccmm.files.AtomicFileWriter;
import io.ccmm.report.InterviewChecklist;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.ReviewFlag;
import io.ccmm.storage.StorageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the interview checklist of the round open in the window (Round › Interview checklist…): the items still to
 * settle with the ratings as they are now and the open review flags, the same PDF as {@code ccmm plan --checklist}.
 */
public final class ChecklistExport {

    private ChecklistExport() {}

    /** Writes the checklist to {@code target} (whole, or not at all) and returns how many items it lists. */
    public static int write(
            AssessmentFile file,
            long roundId,
            Catalog catalog,
            Map<Integer, Rating> ratings,
            String heading,
            Language language,
            Path target)
            throws StorageException, IOException {
        Map<Integer, String> flags = new HashMap<>();
        for (ReviewFlag flag : file.reviewFlags(roundId)) {
            if (!flag.reviewed()) {
                flags.put(flag.item(), flag.comment());
            }
        }
        List<InterviewChecklist.Entry> entries = InterviewChecklist.select(catalog, ratings, flags);
        AtomicFileWriter.write(target, out -> InterviewChecklist.writePdf(catalog, entries, heading, language, out));
        return entries.size();
    }
}
