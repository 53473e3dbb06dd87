package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export the window calls: score, model, file, in one call; cancel leaves nothing behind. */
class ReportServiceTest {

    @TempDir
    Path dir;

    private final CatalogBundle bundle = CatalogLoader.bundled();
    private final ReportService service = new ReportService(
            ReportExporterRegistry.defaults(), Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC));

    private ReportInput input() throws Exception {
        return ReportInput.of(bundle, ReportModelFactoryTest.sample(bundle.catalog()));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void everyFormatIsWrittenWithTheStepsReportedInOrder() throws Exception {
        for (String format : service.formats().ids()) {
            Path out = dir.resolve("report." + format);
            List<ReportProgress.Step> steps = new ArrayList<>();
            ReportModel model = service.export(format, Language.ZH, input(), out, new ReportProgress() {
                @Override
                public void reached(Step step) {
                    steps.add(step);
                }
            });
            assertTrue(Files.size(out) > 0, format);
            assertEquals(List.of(ReportProgress.Step.values()), steps, format);
            assertEquals(2, model.readiness().level());
            assertEquals("2026-03-02", model.cover().generatedOn());
        }
        assertEquals(6, files().size(), "no temporary files: " + files());
        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains(ReportModelFactoryTest.ORGANIZATION));
        assertTrue(html.contains("提升至 L3 标杆级 的改进路径"), "the path to the sample's own target");
    }

    @Test
    void theTargetLevelAndActionsOfTheInputAreUsed() throws Exception {
        ReportInput input = input().withTargetLevel(OptionalInt.of(4))
                .withActions(List.of(
                        new ReportInput.Action(OptionalInt.of(26), "制定招聘画像", "张敏", "2026-06-30", "IN_PROGRESS")));
        ReportModel model = service.model(input, Language.EN);
        assertEquals(4, model.path().targetLevel());
        assertEquals(
                List.of("In operation for 7 years; this level needs at least 8."),
                model.path().notes());
        assertEquals("In progress", model.actions().get(0).status());
    }

    @Test
    void anUnknownFormatNamesTheFormatsThereAre() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> service.export("odt", Language.ZH, input(), dir.resolve("r.odt")));
        assertTrue(e.getMessage().contains("pdf, docx, html, xlsx, csv, json"), e.getMessage());
    }

    @Test
    void cancelledBeforeWritingLeavesNothing() throws Exception {
        Path out = dir.resolve("report.pdf");
        ReportProgress cancelOnWriting = new ReportProgress() {
            private volatile boolean cancelled;

            @Override
            public void reached(Step step) {
                if (step == Step.BUILDING) {
                    cancelled = true;
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
        assertThrows(
                CancellationException.class, () -> service.export("pdf", Language.ZH, input(), out, cancelOnWriting));
        assertEquals(List.of(), files());
    }

    @Test
    void cancelledWhileWritingLeavesTheOldFileAsItWas() throws Exception {
        for (String format : List.of("pdf", "docx", "xlsx", "html")) {
            Path out = dir.resolve("report." + format);
            Files.writeString(out, "the previous report");
            AtomicInteger polls = new AtomicInteger();
            ReportProgress cancelMidWrite = new ReportProgress() {
                @Override
                public boolean isCancelled() {
                    return polls.incrementAndGet() > 3; // the three step checks pass, the first write is stopped
                }
            };
            assertThrows(
                    CancellationException.class,
                    () -> service.export(format, Language.ZH, input(), out, cancelMidWrite),
                    format);
            assertEquals("the previous report", Files.readString(out), format);
        }
        assertEquals(4, files().size(), "no temporary files: " + files());
    }

    @Test
    void anInterruptedThreadStopsTheExport() throws Exception {
        Path out = dir.resolve("report.docx");
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> service.export("docx", Language.EN, input(), out));
        } finally {
            Thread.interrupted();
        }
        assertEquals(List.of(), files());
    }

    @Test
    void anUnwritableTargetFailsWithNothingLeft() throws Exception {
        Path notADir = dir.resolve("plain-file");
        Files.writeString(notADir, "x");
        assertThrows(
                IOException.class, () -> service.export("pdf", Language.ZH, input(), notADir.resolve("report.pdf")));
        assertEquals(List.of(notADir), files());
    }
}
