package io.ccmm.report;

import io.ccmm.catalog.Language;
import io.ccmm.files.AtomicFileWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** One report format. Implementations are stateless and safe to use from a background thread. */
public interface ReportExporter {

    /** The format's id as the command line takes it ({@code --format pdf}). */
    String id();

    /** File name extension without the dot. */
    String extension();

    /** The format's name for a file chooser, e.g. "PDF document". */
    default String description(Language language) {
        return ReportText.of(language).get("format." + id());
    }

    /**
     * Starts setting up, on a thread of its own, what the format's first report in this process needs (its library's
     * one-time set-up), so that a command that reads the assessment next finds it done. A head start only: nothing of
     * a report is made, and leaving it out changes nothing but the time. Most formats need none.
     */
    default void prepare() {}

    /** Writes the report to {@code out} without closing it. */
    void write(ReportModel model, OutputStream out) throws IOException;

    /** Writes the report to {@code target} atomically: on failure nothing is left behind. */
    default void export(ReportModel model, Path target) throws IOException {
        AtomicFileWriter.write(target, out -> write(model, out));
    }
}
