package io.ccmm.report;

import io.ccmm.catalog.Language;
import io.ccmm.files.AtomicFileWriter;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.storage.Branding;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * One report export, headless: score the round, build the model, write the chosen format atomically. Safe to call from
 * a background thread; the window and {@code ccmm report} both use it.
 */
public final class ReportService {

    private final ReportExporterRegistry formats;
    private final Clock clock;
    private final Supplier<Branding> brandingDefaults;

    /** Every format of {@link ReportExporterRegistry#defaults()}, dated by the system clock. */
    public ReportService() {
        this(ReportExporterRegistry.defaults(), Clock.systemDefaultZone());
    }

    public ReportService(ReportExporterRegistry formats, Clock clock) {
        this(formats, clock, () -> Branding.NONE);
    }

    private ReportService(ReportExporterRegistry formats, Clock clock, Supplier<Branding> brandingDefaults) {
        this.formats = Objects.requireNonNull(formats, "formats");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.brandingDefaults = Objects.requireNonNull(brandingDefaults, "brandingDefaults");
    }

    /**
     * A service whose reports carry {@code defaults} (the user's default branding, read at each export) where the round's
     * file has no branding of its own ({@link ReportExtras#brandingOver}).
     */
    public ReportService withBrandingDefaults(Supplier<Branding> defaults) {
        return new ReportService(formats, clock, defaults);
    }

    /** The formats offered, in menu order (id, extension, description for a file chooser). */
    public ReportExporterRegistry formats() {
        return formats;
    }

    /** The exporter of {@code formatId}, or an {@link IllegalArgumentException} naming the ids there are. */
    public ReportExporter format(String formatId) {
        return formats.byId(formatId)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown report format \"" + formatId + "\"; one of " + String.join(", ", formats.ids())));
    }

    /** Scores the round and builds its report model in {@code language}, dated today. */
    public ReportModel model(ReportInput input, Language language) {
        return model(input, language, score(input));
    }

    /** {@link #export(String, Language, ReportInput, Path, ReportProgress)} without progress. */
    public ReportModel export(String formatId, Language language, ReportInput input, Path out) throws IOException {
        return export(formatId, language, input, out, ReportProgress.NONE);
    }

    /**
     * Writes the report of {@code input} in format {@code formatId} and {@code language} to {@code out}, through a
     * temporary file moved into place: when it fails or is cancelled, {@code out} is as it was and no temporary file
     * is left.
     *
     * @return the model the file was written from
     * @throws IllegalArgumentException for an unknown format, or an input the engine refuses (an item the catalog lacks)
     * @throws IOException when the file cannot be written
     * @throws CancellationException when {@code progress} says so or the thread is interrupted
     */
    public ReportModel export(String formatId, Language language, ReportInput input, Path out, ReportProgress progress)
            throws IOException {
        ReportExporter exporter = format(formatId);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");

        step(progress, ReportProgress.Step.SCORING);
        ReadinessResult result = score(input);
        step(progress, ReportProgress.Step.BUILDING);
        ReportModel model = model(input, language, result);
        step(progress, ReportProgress.Step.WRITING);
        try {
            AtomicFileWriter.write(out, stream -> exporter.write(model, new Cancellable(stream, progress)));
        } catch (IOException | RuntimeException e) {
            if (cancelled(progress)) {
                CancellationException c = new CancellationException("report export cancelled");
                c.initCause(e);
                throw c;
            }
            if (e instanceof RuntimeException r) {
                // A full disk is an I/O failure in every format, even where a library wrapped it.
                IOException io = WriteFailures.ioCause(r);
                if (io != null) {
                    throw io;
                }
                throw r;
            }
            throw (IOException) e;
        }
        progress.reached(ReportProgress.Step.DONE);
        return model;
    }

    private ReportModel model(ReportInput given, Language language, ReadinessResult result) {
        Branding defaults = brandingDefaults.get();
        ReportInput input = defaults == null || defaults.isEmpty()
                ? given
                : given.withPlan(given.plan().withExtras(given.plan().extras().withBrandingDefaults(defaults)));
        return ReportModelFactory.create(
                input.catalog(),
                input.rules(),
                input.assessment(),
                result,
                input.actions(),
                language,
                LocalDate.now(clock),
                input.plan());
    }

    private static ReadinessResult score(ReportInput input) {
        return new ReadinessEngine(input.catalog(), input.rules())
                .score(
                        input.assessment().ratings(),
                        input.assessment().organization().yearsInOperation(),
                        input.effectiveTargetLevel());
    }

    private static void step(ReportProgress progress, ReportProgress.Step step) {
        if (cancelled(progress)) {
            throw new CancellationException("report export cancelled");
        }
        progress.reached(step);
    }

    private static boolean cancelled(ReportProgress progress) {
        return progress.isCancelled() || Thread.currentThread().isInterrupted();
    }

    /** Stops a write in flight when the export is cancelled; closing only flushes (the atomic writer closes). */
    private static final class Cancellable extends FilterOutputStream {

        private final ReportProgress progress;

        Cancellable(OutputStream out, ReportProgress progress) {
            super(out);
            this.progress = progress;
        }

        @Override
        public void write(int b) throws IOException {
            check();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check();
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        private void check() {
            if (cancelled(progress)) {
                throw new CancellationException("report export cancelled");
            }
        }
    }
}
