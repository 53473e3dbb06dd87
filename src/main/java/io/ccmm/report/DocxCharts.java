package io.ccmm.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The Word report's charts, drawn as PNG pictures on a thread of their own while the document is built: drawing them
 * with Java2D (the bundled font read, the shapes filled, the pictures encoded) is about a third of the Word export's
 * work and needs nothing of the document, so on a machine with a second core the report is ready sooner. The same
 * thread then readies the XML machinery that placing the pictures and saving the document use for the first time in
 * a process (the DOM parser and the XML serializer of the JDK), which the document's thread would otherwise wait for.
 */
final class DocxCharts {

    /** Pixels per point of the pictures: 216 dpi, sharp when printed. */
    static final double SCALE = 3;

    /** The pictures, in points as they are placed. */
    record Picture(byte[] png, double width, double height) {}

    record Pictures(Picture radar, Picture distribution, Picture trend) {}

    private final CompletableFuture<Pictures> pending;

    private DocxCharts(CompletableFuture<Pictures> pending) {
        this.pending = pending;
    }

    /** Starts drawing the report's charts; {@link #get()} waits for them. */
    static DocxCharts start(ReportModel model) {
        return new DocxCharts(CompletableFuture.supplyAsync(
                () -> drawThenReady(model), task -> HeadStart.daemon("report-charts", task)));
    }

    /** The pictures, once drawn; a failure to draw them is this thread's failure. */
    Pictures get() throws IOException {
        try {
            return pending.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    private static Pictures drawThenReady(ReportModel model) {
        HeadStart.domParser();
        Pictures pictures = draw(model);
        HeadStart.xmlSerializer();
        return pictures;
    }

    /** Draws all the charts the report shows, in the calling thread. */
    static Pictures draw(ReportModel model) {
        try {
            return new Pictures(radar(model), distribution(model), TrendChart.shows(model) ? trend(model) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The modules' radar (the Word report's and the template's {@code {{chart:radar}}}). */
    static Picture radar(ReportModel model) throws IOException {
        Java2dCanvas canvas = new Java2dCanvas(ReportCharts.RADAR_WIDTH, ReportCharts.RADAR_HEIGHT, SCALE);
        ReportCharts.radar(canvas, model.modules(), ReportCharts.RADAR_WIDTH, ReportCharts.RADAR_HEIGHT);
        return new Picture(canvas.toPng(), ReportCharts.RADAR_WIDTH, ReportCharts.RADAR_HEIGHT);
    }

    private static Picture distribution(ReportModel model) throws IOException {
        double h = ReportCharts.distributionHeight(model.modules().size());
        Java2dCanvas canvas = new Java2dCanvas(ReportCharts.DISTRIBUTION_WIDTH, h, SCALE);
        ReportCharts.distribution(
                canvas, model.modules(), model.items(), model.text(), ReportCharts.DISTRIBUTION_WIDTH);
        return new Picture(canvas.toPng(), ReportCharts.DISTRIBUTION_WIDTH, h);
    }

    /** The trend over the rounds (the Word report's and the template's {@code {{chart:trend}}}). */
    static Picture trend(ReportModel model) throws IOException {
        double h = TrendChart.height(model);
        Java2dCanvas canvas = new Java2dCanvas(TrendChart.WIDTH, h, SCALE);
        TrendChart.draw(canvas, model, TrendChart.WIDTH);
        return new Picture(canvas.toPng(), TrendChart.WIDTH, h);
    }
}
