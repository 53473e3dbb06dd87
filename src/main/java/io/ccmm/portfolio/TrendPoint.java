package io.ccmm.portfolio;

/** The readiness of one round, for the trend of a site over its rounds (oldest first). */
public record TrendPoint(String roundUid, String title, String date, int readinessLevel, boolean isFinal) {

    public TrendPoint {
        roundUid = roundUid == null ? "" : roundUid;
        title = title == null ? "" : title;
        date = date == null ? "" : date;
    }
}
