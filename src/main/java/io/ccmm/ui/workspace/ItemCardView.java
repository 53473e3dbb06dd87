package io.ccmm.ui.workspace;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Area;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.CatalogModule;
import io.ccmm.catalog.Language;
import io.ccmm.catalog.LocalizedText;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.FxmlLoaderFactory;
import io.ccmm.ui.common.FxmlView;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.ViewLifetime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The item card: the shown item's texts, its C/F rating buttons, N/A with its justification, the catalog's guidance and
 * evidence list, and the note. It uses the view model's current item and rating, rating, N/A and note drafts.
 */
final class ItemCardView {

    private final WorkspaceViewModel vm;
    private final Messages messages;
    private final DialogService dialogs;
    private final ViewLifetime lifetime;
    private final PauseTransition notePause = new PauseTransition(Duration.millis(700));
    private final ToggleGroup cGroup = new ToggleGroup();
    private final ToggleGroup fGroup = new ToggleGroup();
    private final List<Label> guidanceBodies = new ArrayList<>();
    private final Parent node;
    private boolean syncing;
    private PseudoClass pointsState;
    /** The points label's text per points value, formatted once: every rating shows one. */
    private final Map<Integer, String> pointsTexts = new HashMap<>();

    /** The item whose note and justification the text areas show: what is typed there is a draft of this item. */
    private int noteItem;

    @FXML
    private Label itemNumber;

    @FXML
    private Label levelBadge;

    @FXML
    private Label revisedBadge;

    @FXML
    private Label moduleLabel;

    @FXML
    private Label pointsLabel;

    /** On an item outside a field copy's scope: why it cannot be rated here. */
    @FXML
    private Label scopeNotice;

    @FXML
    private Label itemTitle;

    @FXML
    private Label requirement;

    @FXML
    private ToggleButton cFull;

    @FXML
    private ToggleButton cPartial;

    @FXML
    private ToggleButton cNone;

    @FXML
    private ToggleButton fFull;

    @FXML
    private ToggleButton fPartial;

    @FXML
    private ToggleButton fNone;

    @FXML
    private FlowPane naButtons;

    @FXML
    private ToggleButton naButton;

    @FXML
    private VBox justificationBox;

    /** Where the justification part goes back when first needed: its parent's children, and the node after it. */
    private List<Node> justificationPlace;

    private Node justificationNext;

    @FXML
    private TextArea justificationArea;

    @FXML
    private CheckBox autoAdvance;

    @FXML
    private GridPane guidanceGrid;

    @FXML
    private VBox evidenceList;

    @FXML
    private TextArea noteArea;

    ItemCardView(WorkspaceViewModel vm, Messages messages, DialogService dialogs, ViewLifetime lifetime) {
        this.vm = vm;
        this.messages = messages;
        this.dialogs = dialogs;
        this.lifetime = lifetime;
        this.node = new FxmlLoaderFactory(messages.bundle(), type -> this).load(FxmlView.WORKSPACE_ITEM_CARD);
    }

    Parent node() {
        return node;
    }

    @FXML
    private void initialize() {
        setUpRateButtons();
        holdPointsInSlot();
        holdJustificationUntilNeeded();
        scopeNotice.setId("scope-notice");
        lifetime.bindBidirectional(autoAdvance.selectedProperty(), vm.autoAdvanceProperty());
        lifetime.onChange(vm.currentItemProperty(), this::showItem);
        lifetime.onChange(vm.currentRatingProperty(), this::showRating);
        showItem(vm.currentItem());
        AuthorNotesView.addAfter(noteArea, vm, messages, lifetime);

        // What is typed is a draft of the item it was typed on; it is saved after a pause, on focus loss and
        // before anything else changes (navigation, tab, round, language, close).
        notePause.setOnFinished(e -> vm.flushNote());
        lifetime.add(notePause::stop);
        noteArea.textProperty().addListener((o, old, now) -> {
            if (!syncing && !lifetime.isDisposed()) {
                vm.editNote(noteItem, now);
                notePause.playFromStart();
            }
        });
        noteArea.focusedProperty().addListener((o, old, focused) -> {
            if (!focused && !lifetime.isDisposed()) {
                vm.flushNote();
            }
        });
    }

    private void setUpRateButtons() {
        bindRate(cFull, cGroup, "workspace.rate.full", "1");
        bindRate(cPartial, cGroup, "workspace.rate.partial", "2");
        bindRate(cNone, cGroup, "workspace.rate.none", "3");
        bindRate(fFull, fGroup, "workspace.rate.full", "Q");
        bindRate(fPartial, fGroup, "workspace.rate.partial", "W");
        bindRate(fNone, fGroup, "workspace.rate.none", "E");
        cFull.setOnAction(e -> vm.rateC(cFull.isSelected() ? Rate.FULL : Rate.UNRATED));
        cPartial.setOnAction(e -> vm.rateC(cPartial.isSelected() ? Rate.PARTIAL : Rate.UNRATED));
        cNone.setOnAction(e -> vm.rateC(cNone.isSelected() ? Rate.NONE : Rate.UNRATED));
        fFull.setOnAction(e -> vm.rateF(fFull.isSelected() ? Rate.FULL : Rate.UNRATED));
        fPartial.setOnAction(e -> vm.rateF(fPartial.isSelected() ? Rate.PARTIAL : Rate.UNRATED));
        fNone.setOnAction(e -> vm.rateF(fNone.isSelected() ? Rate.NONE : Rate.UNRATED));
        naButton.setText(
                messages.get("workspace.na.choice") + "  [" + WorkspaceController.NOT_APPLICABLE_KEY.getName() + "]");
        naButton.setFocusTraversable(false);
        naButton.setDisable(vm.readOnly());
        boolean allowed = vm.notApplicableAllowed();
        naButtons.setVisible(allowed);
        naButtons.setManaged(allowed);
        naButton.setOnAction(e -> toggleNotApplicable());
        justificationArea.setEditable(!vm.readOnly());
        justificationArea.textProperty().addListener((o, old, now) -> {
            if (!syncing && !lifetime.isDisposed()) {
                vm.editJustification(noteItem, now);
                notePause.playFromStart();
            }
        });
        justificationArea.focusedProperty().addListener((o, old, focused) -> {
            if (!focused && !lifetime.isDisposed()) {
                vm.flushNote();
            }
        });
    }

    /**
     * Puts the points label into a slot as wide as its widest text, in the header where it stood: a rating changes the
     * label's text without laying out the whole card.
     */
    private void holdPointsInSlot() {
        List<String> texts = new ArrayList<>();
        texts.add(messages.get("workspace.na"));
        for (Rate c : Rate.values()) {
            for (Rate f : Rate.values()) {
                texts.add(messages.get("workspace.points", c.points() + f.points()));
            }
        }
        List<Node> header = ((Pane) pointsLabel.getParent()).getChildren();
        int at = header.indexOf(pointsLabel);
        header.remove(at);
        header.add(at, new PointsSlot(pointsLabel, texts));
    }

    /**
     * Takes the N/A justification part out of the card until an N/A item is shown: its text area is the card's
     * heaviest control (a skin with its own scroll pane and bars), styled and laid out at start for nothing on most
     * items. It joins the card where it stood the first time it is needed and stays.
     */
    private void holdJustificationUntilNeeded() {
        List<Node> siblings = ((Pane) justificationBox.getParent()).getChildren();
        int at = siblings.indexOf(justificationBox);
        justificationPlace = siblings;
        justificationNext = siblings.get(at + 1);
        siblings.remove(at);
    }

    private void showJustificationPart(boolean shown) {
        if (shown && justificationBox.getParent() == null) {
            justificationPlace.add(justificationPlace.indexOf(justificationNext), justificationBox);
        }
        justificationBox.setVisible(shown);
        justificationBox.setManaged(shown);
    }

    private void bindRate(ToggleButton button, ToggleGroup group, String key, String shortcut) {
        button.setToggleGroup(group);
        button.setText(messages.get(key) + "  [" + shortcut + "]");
        button.setFocusTraversable(false);
        button.setDisable(vm.readOnly());
    }

    /**
     * The third choice: an applicable item is marked N/A after the user gives a justification (the catalog's hint, or
     * what was written before, offered); an N/A item becomes applicable (unrated) again.
     */
    void toggleNotApplicable() {
        AssessmentItem item = vm.currentItem();
        Rating r = vm.rating(item.id());
        if (vm.readOnly() || !vm.notApplicableAllowed()) {
            showRating(r);
            return;
        }
        if (r.notApplicable()) {
            vm.markApplicable();
            showRating(vm.rating(item.id()));
            return;
        }
        String suggestion = r.justification().isBlank() ? vm.suggestedJustification(item.id()) : r.justification();
        String question = messages.get("workspace.na.ask", item.id());
        Optional<String> why = dialogs.askText(messages.get("workspace.na.title"), question, suggestion);
        while (why.isPresent() && why.get().isBlank()) {
            // Asked again: what was missing first, then the same question (which item, and that it goes into reports).
            why = dialogs.askText(
                    messages.get("workspace.na.title"),
                    messages.get("workspace.na.justificationRequired") + "\n" + question,
                    suggestion);
        }
        why.ifPresent(text -> {
            if (vm.currentItem().id() == item.id()) {
                vm.markNotApplicable(text);
            }
        });
        showRating(vm.rating(vm.currentItem().id()));
    }

    private void showItem(AssessmentItem item) {
        Language lang = vm.language();
        syncing = true;
        try {
            itemNumber.setText(String.valueOf(item.id()));
            levelBadge.setText(WorkspaceTexts.levelName(vm, item.level()));
            revisedBadge.setVisible(item.revised2025());
            revisedBadge.setManaged(item.revised2025());
            CatalogModule module = vm.catalog().module(item.module()).orElseThrow();
            Area area = vm.catalog().areasById().get(item.area());
            moduleLabel.setText(module.id() + " " + module.name().get(lang) + "  ·  " + area.id() + " "
                    + area.name().get(lang));
            itemTitle.setText(item.title().get(lang));
            requirement.setText(item.requirement().get(lang));
            guidanceRow(0, "workspace.rate.full", item.guidance().full(), "guidance-full");
            guidanceRow(1, "workspace.rate.partial", item.guidance().partial(), "guidance-partial");
            guidanceRow(2, "workspace.rate.none", item.guidance().none(), "guidance-none");
            showEvidenceGuidance(item.evidence(), lang);
            noteItem = item.id();
            noteArea.setText(vm.noteDraft()
                    .filter(d -> d.item() == item.id())
                    .map(WorkspaceViewModel.NoteDraft::text)
                    .orElse(vm.rating(item.id()).note()));
            justificationArea.setText(vm.justificationDraft()
                    .filter(d -> d.item() == item.id())
                    .map(WorkspaceViewModel.NoteDraft::text)
                    .orElse(vm.rating(item.id()).justification()));
        } finally {
            syncing = false;
        }
        showRating(vm.rating(item.id()));
        showAccess(item.id());
    }

    /** The three guidance rows are built once; moving to another item only changes their texts. */
    private void guidanceRow(int row, String key, LocalizedText text, String style) {
        while (guidanceBodies.size() <= row) {
            Label head = new MeasuredLabel(messages.get(key));
            head.getStyleClass().addAll("guidance-head", style);
            head.setMinWidth(Region.USE_PREF_SIZE);
            // Beside a long band text the band's name stays on its first line, in sight when the text runs long.
            GridPane.setValignment(head, VPos.TOP);
            Label body = new MeasuredLabel();
            body.setWrapText(true);
            GridPane.setHgrow(body, Priority.ALWAYS);
            guidanceGrid.addRow(row, head, body);
            guidanceBodies.add(body);
        }
        guidanceBodies.get(row).setText(text.get(vm.language()));
    }

    /** The catalog's evidence list of the item, reusing the labels already shown. */
    private void showEvidenceGuidance(List<LocalizedText> evidence, Language lang) {
        List<Node> shown = evidenceList.getChildren();
        while (shown.size() > evidence.size()) {
            shown.remove(shown.size() - 1);
        }
        for (int i = 0; i < evidence.size(); i++) {
            if (i == shown.size()) {
                Label line = new MeasuredLabel();
                line.setWrapText(true);
                shown.add(line);
            }
            ((Label) shown.get(i)).setText("•  " + evidence.get(i).get(lang));
        }
    }

    private void showRating(Rating r) {
        cFull.setSelected(r.c() == Rate.FULL);
        cPartial.setSelected(r.c() == Rate.PARTIAL);
        cNone.setSelected(r.c() == Rate.NONE);
        fFull.setSelected(r.f() == Rate.FULL);
        fPartial.setSelected(r.f() == Rate.PARTIAL);
        fNone.setSelected(r.f() == Rate.NONE);
        naButton.setSelected(r.notApplicable());
        showJustificationPart(r.notApplicable());
        pointsLabel.setText(
                r.notApplicable()
                        ? messages.get("workspace.na")
                        : pointsTexts.computeIfAbsent(r.points(), p -> messages.get("workspace.points", p)));
        pointsState = PointsStyle.switchState(pointsLabel, pointsState, PointsStyle.state(r));
        boolean typing = vm.noteDraft().filter(d -> d.item() == noteItem).isPresent();
        if (!syncing && !typing && !noteArea.isFocused() && !noteArea.getText().equals(r.note())) {
            syncing = true;
            noteArea.setText(r.note());
            syncing = false;
        }
        boolean justifying =
                vm.justificationDraft().filter(d -> d.item() == noteItem).isPresent();
        if (!syncing
                && !justifying
                && !justificationArea.isFocused()
                && !justificationArea.getText().equals(r.justification())) {
            syncing = true;
            justificationArea.setText(r.justification());
            syncing = false;
        }
    }

    /** Enables what may change on {@code itemId}: nothing on an item outside the scope, and the card says why. */
    private void showAccess(int itemId) {
        boolean locked = vm.itemReadOnly(itemId);
        for (ToggleButton b : List.of(cFull, cPartial, cNone, fFull, fPartial, fNone, naButton)) {
            b.setDisable(locked);
        }
        noteArea.setEditable(!locked);
        justificationArea.setEditable(!locked);
        String why = vm.outsideScope(itemId);
        scopeNotice.setText(why);
        scopeNotice.setVisible(!why.isEmpty());
        scopeNotice.setManaged(!why.isEmpty());
    }
}
