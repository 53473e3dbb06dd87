package io.ccmm.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Language;
import io.ccmm.report.ItemRow;
import io.ccmm.report.ReportModel;
import io.ccmm.report.ReportProgress;
import io.ccmm.report.ReportService;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report exported from the window reads a snapshot: saves go on while it is read and written. */
class ExportWhileSavingTest {

    @TempDir
    Path dir;

    @Test
    void aSaveCompletesWhileAnExportIsUnderWay() throws Exception {
        FileRoundSession session =
                TestSessions.with(dir.resolve("export-center.ccmm"), List.of(Rating.of(1, Rate.FULL, Rate.FULL)));
        Path target = dir.resolve("report.csv");
        ExecutorService exporter = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch exporting = new CountDownLatch(1);
            CountDownLatch saved = new CountDownLatch(1);
            AtomicBoolean savedWhileExporting = new AtomicBoolean();
            ReportProgress pauseWhileWriting = new ReportProgress() {
                @Override
                public void reached(Step step) {
                    if (step == Step.WRITING) {
                        exporting.countDown();
                        try {
                            // Released by the save below; an export that held the file would wait here in vain.
                            savedWhileExporting.set(saved.await(60, TimeUnit.SECONDS));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            };
            Future<ReportModel> exported = exporter.submit(() -> ReportExportWork.export(
                    session.file(),
                    session.roundId(),
                    new ReportService(),
                    "csv",
                    Language.ZH,
                    target,
                    pauseWhileWriting));
            assertTrue(exporting.await(60, TimeUnit.SECONDS), "the export has read its snapshot");
            session.save(Rating.of(2, Rate.PARTIAL, Rate.NONE));
            session.save(Rating.of(1, Rate.NONE, Rate.NONE));
            saved.countDown();
            ReportModel model = exported.get(120, TimeUnit.SECONDS);
            assertTrue(savedWhileExporting.get(), "the saves completed while the export was under way");

            // The report is the round as it was when the export began; the file has the later saves.
            assertEquals(Rate.FULL, row(model, 1).c());
            assertEquals(Rate.UNRATED, row(model, 2).c(), "item 2 was not rated when the export began");
            assertEquals(Rate.NONE, session.file().rating(session.roundId(), 1).c());
            assertEquals(
                    Rate.PARTIAL, session.file().rating(session.roundId(), 2).c());
            assertTrue(Files.size(target) > 0);
        } finally {
            exporter.shutdownNow();
            session.file().close();
        }
        try (var tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            // The snapshot folder is gone again (other tests may have their own open, so only ours is checked).
            assertTrue(tmp.noneMatch(p -> p.getFileName().toString().startsWith("ccmm-snapshot-")
                    && Files.exists(p.resolve("export-center.ccmm"))));
        }
    }

    private static ItemRow row(ReportModel model, int item) {
        return model.items().stream().filter(r -> r.id() == item).findFirst().orElseThrow();
    }
}
