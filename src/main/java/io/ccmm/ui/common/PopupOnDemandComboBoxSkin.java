package io.ccmm.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;

/**
 * The drop-down's skin, whose list of choices joins the window only when it is needed. JavaFX's own skin keeps that
 * list (a list view with its flow, cells and two scroll bars) as a hidden child of every drop-down, so that each window
 * styles all of them with its first frame although none is open: in the main window that was the navigator's two
 * filters, about 50 of the 364 nodes styled before it could show. Here the list joins, and is styled, when the
 * drop-down first opens or when its width is computed from its widest choice (a drop-down without a set width), so
 * every drop-down opens and is sized as JavaFX's own ({@code PopupOnDemandComboBoxSkinTest}); one with a set width
 * never pays for a list that is not opened. Every drop-down of the app gets it through the app's style sheet.
 */
public class PopupOnDemandComboBoxSkin<T> extends ComboBoxListViewSkin<T> {

    public PopupOnDemandComboBoxSkin(ComboBox<T> control) {
        super(control);
        getChildren().remove(getPopupContent());
    }

    @Override
    protected double computePrefWidth(
            double height, double topInset, double rightInset, double bottomInset, double leftInset) {
        listWhereJavaFxKeepsIt();
        return super.computePrefWidth(height, topInset, rightInset, bottomInset, leftInset);
    }

    @Override
    public void show() {
        listWhereJavaFxKeepsIt();
        super.show();
    }

    /**
     * Puts the list back where JavaFX's skin keeps it, styled, unless it is there already or in its pop-up (where the
     * first opening moves it for good).
     */
    private void listWhereJavaFxKeepsIt() {
        Node list = getPopupContent();
        if (list.getParent() == null) {
            getChildren().add(list);
            list.applyCss();
        }
    }
}
