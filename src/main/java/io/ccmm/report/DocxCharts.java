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
        return new DocxCharts(CompletableFuture.supplyAsync(() -> drawThenReady(model), task -> {
            Thread t = new Thread(task, "report-charts");
            t.setDaemon(true);
            t.start();
        }));
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
            Java2dCanvas radar = new Java2dCanvas(ReportCharts.RADAR_WIDTH, ReportCharts.RADAR_HEIGHT, SCALE);
            ReportCharts.radar(radar, model.modules(), ReportCharts.RADAR_WIDTH, ReportCharts.RADAR_HEIGHT);
            Picture radarPicture = new Picture(radar.toPng(), ReportCharts.RADAR_WIDTH, ReportCharts.RADAR_HEIGHT);

            double h = ReportCharts.distributionHeight(model.modules().size());
            Java2dCanvas dist = new Java2dCanvas(ReportCharts.DISTRIBUTION_WIDTH, h, SCALE);
            ReportCharts.distribution(
                    dist, model.modules(), model.items(), model.text(), ReportCharts.DISTRIBUTION_WIDTH);
            Picture distPicture = new Picture(dist.toPng(), ReportCharts.DISTRIBUTION_WIDTH, h);

            Picture trend = null;
            if (TrendChart.shows(model)) {
                double th = TrendChart.height(model);
                Java2dCanvas canvas = new Java2dCanvas(TrendChart.WIDTH, th, SCALE);
                TrendChart.draw(canvas, model, TrendChart.WIDTH);
                trend = new Picture(canvas.toPng(), TrendChart.WIDTH, th);
            }
            return new Pictures(radarPicture, distPicture, trend);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
