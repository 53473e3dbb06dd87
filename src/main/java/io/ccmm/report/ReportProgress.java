package io.ccmm.report;

/**
 * How a report export reports its steps and learns that it should stop. A UI task forwards {@link #reached} to its
 * progress bar and answers {@link #isCancelled} from its own cancel flag; an interrupted thread counts as cancelled.
 */
public interface ReportProgress {

    /** The steps of one export, in order; writing the file takes most of the time. */
    enum Step {
        SCORING(0.0),
        BUILDING(0.05),
        WRITING(0.1),
        DONE(1.0);

        private final double fraction;

        Step(double fraction) {
            this.fraction = fraction;
        }

        /** How far the export is when this step starts, 0.0–1.0. */
        public double fraction() {
            return fraction;
        }
    }

    /** No reporting, never cancelled (interruption still stops the export). */
    ReportProgress NONE = new ReportProgress() {};

    /** Called from the exporting thread when {@code step} starts. */
    default void reached(Step step) {}

    /** Polled from the exporting thread between steps and while the file is written. */
    default boolean isCancelled() {
        return false;
    }
}
