package io.ccmm.ui.main;

import io.ccmm.catalog.Language;
import io.ccmm.report.ReportExporter;
import io.ccmm.report.ReportProgress;
import io.ccmm.report.ReportService;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The first report export of a process as the window makes it (ReportExportWork, from a snapshot of the open file),
 * with or without the format's head start three seconds before, the time a user takes in the export dialog and the file
 * chooser. Prints the export's wall time. Not part of the test run; see BENCHMARKS.md, "The first Word or Excel report
 * in a window", for the command.
 *
 * <p>Arguments: {@code FORMAT (docx, xlsx, pdf, ...) HEAD_START (true|false) FILE.ccmm}.
 */
public final class FirstExportBenchmark {

    private FirstExportBenchmark() {}

    public static void main(String[] args) throws Exception {
        String format = args[0];
        boolean headStart = Boolean.parseBoolean(args[1]);
        ReportService reports = new ReportService();
        Path target = Files.createTempFile("first-export", "." + format);
        try (AssessmentFile file = AssessmentFile.open(Path.of(args[2]), OpenMode.READ_WRITE)) {
            long round = file.latestRound().orElseThrow().id();
            if (headStart) {
                ReportExporter exporter = reports.formats().all().stream()
                        .filter(e -> e.id().equals(format))
                        .findFirst()
                        .orElseThrow();
                exporter.prepare();
            }
            Thread.sleep(3000);
            long start = System.nanoTime();
            ReportExportWork.export(file, round, reports, format, Language.ZH, target, ReportProgress.NONE);
            System.out.println(format + ", head start " + headStart + ": export "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        } finally {
            Files.deleteIfExists(target);
        }
    }
}
