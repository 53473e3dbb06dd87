package io.ccmm.ui.workspace;

import io.ccmm.assessment.Rating;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.Node;

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

    private static final Map<String, PseudoClass> STATES =
            ALL.stream().collect(Collectors.toUnmodifiableMap(s -> s, PseudoClass::getPseudoClass));

    /**
     * The same scale as a pseudo-class (":pts-full" ...): switching a pseudo-class re-styles the node from the rules it
     * already matched, where switching a style class matches the whole style sheet again for the node and its children.
     */
    static PseudoClass state(Rating r) {
        return STATES.get(of(r));
    }

    /** Moves {@code node} from pseudo-class {@code from} to {@code to} (either may be null); returns {@code to}. */
    static PseudoClass switchState(Node node, PseudoClass from, PseudoClass to) {
        if (from != to) {
            if (from != null) {
                node.pseudoClassStateChanged(from, false);
            }
            if (to != null) {
                node.pseudoClassStateChanged(to, true);
            }
        }
        return to;
    }
}
