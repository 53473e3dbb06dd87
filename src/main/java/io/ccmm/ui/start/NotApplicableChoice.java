package io.ccmm.ui.start;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * An item the chosen sector pre-marks not applicable in the new-assessment wizard: ticked by default, the user can
 * untick it to keep the item in scope.
 *
 * @param label the item's id and title in the user's language
 * @param justification the catalog's hint in the user's language, saved as the justification
 */
public record NotApplicableChoice(int item, String label, String justification, BooleanProperty marked) {

    public NotApplicableChoice(int item, String label, String justification) {
        this(item, label, justification, new SimpleBooleanProperty(true));
    }
}
