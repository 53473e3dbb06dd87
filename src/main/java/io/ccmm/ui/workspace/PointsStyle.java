package io.ccmm.ui.workspace;

import io.ccmm.assessment.Rating;
import java.util.List;

/** Style classes that colour an item by its points: one scale everywhere (navigator, card, table). */
final class PointsStyle {

    static final List<String> ALL = List.of("pts-na", "pts-unrated", "pts-0", "pts-low", "pts-mid", "pts-full");

    private PointsStyle() {}

    static String of(Rating r) {
        if (r.notApplicable()) {
            return "pts-na";
        }
        if (!r.isRated()) {
            return "pts-unrated";
        }
        int p = r.points();
        if (p == 20) {
            return "pts-full";
        }
        if (p >= 10) {
            return "pts-mid";
        }
        return p == 0 ? "pts-0" : "pts-low";
    }
}
