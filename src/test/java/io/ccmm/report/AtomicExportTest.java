package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import io.ccmm.files.AtomicFileWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export is written to a temporary file and moved into place: a failure leaves nothing behind. */
class AtomicExportTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void everyFormatLandsUnderItsNameAndNothingElse() throws IOException {
        ReportModel model = SampleReport.model(Language.ZH);
        for (ReportExporter e : ReportExporterRegistry.defaults().all()) {
            Path target = dir.resolve("report." + e.extension());
            e.export(model, target);
            assertTrue(Files.size(target) > 0, e.id());
        }
        assertEquals(6, files().size(), "no temporary files left: " + files());
    }

    @Test
    void aPathWhoseParentIsARegularFileFailsAndLeavesNothing() throws IOException {
        // Tests may run as root, where a read-only directory is still writable; a file as parent is not.
        Path notADirectory = Files.writeString(dir.resolve("plain.txt"), "x");
        Path target = notADirectory.resolve("report.pdf");
        for (ReportExporter e : ReportExporterRegistry.defaults().all()) {
            assertThrows(IOException.class, () -> e.export(SampleReport.model(Language.EN), target), e.id());
        }
        assertEquals(List.of(notADirectory), files());
        assertEquals("x", Files.readString(notADirectory));
    }

    @Test
    void aMissingDirectoryFailsAndCreatesNothing() {
        Path target = dir.resolve("no-such-dir").resolve("report.html");
        assertThrows(IOException.class, () -> new HtmlReportExporter().export(SampleReport.model(Language.EN), target));
        assertFalse(Files.exists(dir.resolve("no-such-dir")));
    }

    @Test
    void aFailureHalfwayLeavesNoHalfFileAndKeepsTheOldReport() throws IOException {
        Path target = Files.writeString(dir.resolve("report.csv"), "old report");
        ReportExporter failing = new ReportExporter() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public String extension() {
                return "csv";
            }

            @Override
            public void write(ReportModel model, OutputStream out) throws IOException {
                out.write("half a report".getBytes(StandardCharsets.UTF_8));
                out.flush();
                throw new IOException("disk full");
            }
        };
        IOException e = assertThrows(IOException.class, () -> failing.export(SampleReport.model(Language.EN), target));
        assertEquals("disk full", e.getMessage());
        assertEquals(List.of(target), files());
        assertEquals("old report", Files.readString(target));
    }

    @Test
    void aRuntimeFailureAlsoCleansUp() throws IOException {
        AtomicFileWriter.Content boom = out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        };
        assertThrows(IllegalStateException.class, () -> AtomicFileWriter.write(dir.resolve("x.pdf"), boom));
        assertEquals(List.of(), files());
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = Files.writeString(dir.resolve("items.csv"), "old");
        new CsvReportExporter().export(SampleReport.model(Language.EN), target);
        byte[] bytes = Files.readAllBytes(target);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        assertEquals(List.of(target), files());
    }

    @Test
    void aDirectoryIsNotATarget() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("out"));
        assertThrows(IOException.class, () -> new CsvReportExporter().export(SampleReport.model(Language.EN), sub));
        assertEquals(List.of(sub), files());
    }
}
