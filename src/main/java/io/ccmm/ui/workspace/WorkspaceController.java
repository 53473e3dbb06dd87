package io.ccmm.ui.workspace;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Area;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogModule;
import io.ccmm.catalog.Language;
import io.ccmm.catalog.LocalizedText;
import io.ccmm.evidence.EvidenceLimits;
import io.ccmm.evidence.EvidenceName;
import io.ccmm.evidence.EvidenceType;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.storage.ActionStatus;
import io.ccmm.storage.Evidence;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.TaskExecutor;
import io.ccmm.ui.common.TextCells;
import io.ccmm.ui.common.ViewLifetime;
import io.ccmm.ui.readiness.CompactLadder;
import io.ccmm.ui.readiness.ReadinessViewModel;
import io.ccmm.ui.readiness.ReadinessWords;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.Subscription;

/** Binds the rating workspace (navigator, item card, keyboard) to its view model. */
public final class WorkspaceController {

    static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
    static final KeyCombination REDO_ALT = KeyCombination.keyCombination("Shortcut+Shift+Z");
    static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");
    /** Marks the shown item not applicable (or takes it back); free of 1 2 3, Q W E, N, J, K. */
    static final KeyCode NOT_APPLICABLE_KEY = KeyCode.X;

    private final WorkspaceViewModel vm;
    private final Messages messages;
    private final Map<Integer, TreeItem<NavNode>> itemNodes = new HashMap<>();
    private final NavigatorModel navModel;
    private final PauseTransition notePause = new PauseTransition(Duration.millis(700));
    private boolean syncing;
    private int noteItem;

    @FXML
    private SplitPane root;

    @FXML
    private TextField searchField;

    @FXML
    private ComboBox<ItemFilter> filterBox;

    @FXML
    private ComboBox<Integer> levelBox;

    @FXML
    private TreeView<NavNode> navigator;

    @FXML
    private Label visibleCount;

    @FXML
    private ScrollPane cardScroll;

    @FXML
    private Label itemNumber;

    @FXML
    private Label levelBadge;

    @FXML
    private Label revisedBadge;

    @FXML
    private Label moduleLabel;

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
    private Label pointsLabel;

    @FXML
    private FlowPane naButtons;

    @FXML
    private ToggleButton naButton;

    @FXML
    private VBox justificationBox;

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

    private final ToggleGroup cGroup = new ToggleGroup();
    private final ToggleGroup fGroup = new ToggleGroup();

    private final ReadinessViewModel dashboard;

    @FXML
    private VBox readinessStrip;

    private final DialogService dialogs;

    @FXML
    private Button attachButton;

    @FXML
    private VBox attachmentList;

    @FXML
    private TextField actionWhat;

    @FXML
    private TextField actionOwner;

    @FXML
    private DatePicker actionDue;

    @FXML
    private ComboBox<ActionStatus> actionStatus;

    @FXML
    private Button actionSave;

    private ImprovementAction shownAction;

    private final List<Label> guidanceBodies = new java.util.ArrayList<>();

    private final Label noAttachments = new Label();

    /** On an item outside a field copy's scope: why it cannot be rated here. */
    private final Label scopeNotice = new Label();

    /** True while the shown item's improvement action is still being read. */
    private boolean actionPending;

    private final ViewLifetime lifetime;

    /** Reads and writes of attachments: off the FX thread, answers back on it. */
    private final TaskExecutor fileReads;

    private long attachmentRequest;
    private long actionRequest;
    private int attachmentsShownFor;

    public WorkspaceController(
            WorkspaceViewModel vm,
            Messages messages,
            ReadinessViewModel dashboard,
            DialogService dialogs,
            ViewLifetime lifetime,
            TaskExecutor fileReads) {
        this.vm = vm;
        this.fileReads = fileReads;
        this.lifetime = lifetime;
        this.messages = messages;
        this.dashboard = dashboard;
        this.dialogs = dialogs;
        this.navModel = new NavigatorModel(vm, lifetime);
    }

    @FXML
    private void initialize() {
        Catalog catalog = vm.catalog();
        setUpRateButtons();
        setUpScopeNotice();
        lifetime.bindBidirectional(autoAdvance.selectedProperty(), vm.autoAdvanceProperty());

        filterBox.getItems().setAll(ItemFilter.values());
        TextCells.install(filterBox, f -> messages.get(f.messageKey()));
        lifetime.bindBidirectional(filterBox.valueProperty(), vm.filterProperty());
        levelBox.getItems().setAll(0, 1, 2, 3, 4, 5);
        TextCells.install(levelBox, level -> level == 0 ? messages.get("workspace.level.any") : levelName(level));
        levelBox.setValue(vm.levelFilterProperty().get());
        levelBox.valueProperty()
                .addListener((o, old, now) -> vm.levelFilterProperty().set(now == null ? 0 : now));
        lifetime.bindBidirectional(searchField.textProperty(), vm.searchProperty());
        // Enter in the search box opens the one item found.
        searchField.setOnAction(e -> {
            List<AssessmentItem> hits = vm.visibleItems();
            if (hits.size() == 1) {
                vm.select(hits.get(0).id());
                navigator.requestFocus();
            }
        });

        navigator.setCellFactory(t -> new NavCell());
        lifetime.onInvalidated(vm.filterProperty(), this::rebuildTree);
        lifetime.onInvalidated(vm.levelFilterProperty(), this::rebuildTree);
        lifetime.onInvalidated(vm.searchProperty(), this::rebuildTree);
        rebuildTree();
        navigator.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!syncing && now != null && now.getValue().kind() == NavNode.Kind.ITEM) {
                vm.select(now.getValue().itemId());
            }
        });

        lifetime.onChange(vm.currentItemProperty(), this::showItem);
        lifetime.onChange(vm.currentRatingProperty(), this::showRating);
        // A rating change redraws only the cells of its item and groups; the tree is rebuilt only when the item comes
        // into or goes out of the filter.
        javafx.collections.MapChangeListener<Integer, Rating> visibility = change -> vm.catalog()
                .item(change.getKey())
                .filter(item -> vm.visiblePredicate().test(item) != itemNodes.containsKey(item.id()))
                .ifPresent(item -> rebuildTree());
        vm.ratings().addListener(visibility);
        lifetime.add(() -> vm.ratings().removeListener(visibility));
        showItem(vm.currentItem());

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
        noteArea.setEditable(!vm.readOnly());
        attachButton.setDisable(vm.readOnly());
        actionStatus.getItems().setAll(ActionStatus.values());
        TextCells.install(actionStatus, st -> messages.get("workspace.action.status." + st.code()));
        ReadinessWords words = new ReadinessWords(messages, vm.catalog());
        Label readinessTitle = new Label();
        readinessTitle.getStyleClass().add("strip-level");
        readinessTitle.setId("strip-level");
        CompactLadder ladder = new CompactLadder(dashboard.result().levels().size(), words, messages);
        Label stripHeading = new Label(messages.get("workspace.readiness"));
        stripHeading.getStyleClass().add("muted");
        readinessStrip.getChildren().setAll(stripHeading, readinessTitle, new StackPane(ladder.node()));
        Runnable showReadiness = () -> {
            ReadinessResult r = dashboard.result();
            readinessTitle.setText(words.levelName(r.readinessLevel()));
            ladder.show(r);
        };
        lifetime.onInvalidated(dashboard.resultProperty(), showReadiness);
        showReadiness.run();
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
        naButton.setText(messages.get("workspace.na.choice") + "  [" + NOT_APPLICABLE_KEY.getName() + "]");
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
     * The third choice: an applicable item is marked N/A after the user gives a justification (the catalog's hint, or
     * what was written before, offered); an N/A item becomes applicable (unrated) again.
     */
    private void toggleNotApplicable() {
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
        java.util.Optional<String> why = dialogs.askText(
                messages.get("workspace.na.title"), messages.get("workspace.na.ask", item.id()), suggestion);
        while (why.isPresent() && why.get().isBlank()) {
            why = dialogs.askText(
                    messages.get("workspace.na.title"), messages.get("workspace.na.justificationRequired"), suggestion);
        }
        why.ifPresent(text -> {
            if (vm.currentItem().id() == item.id()) {
                vm.markNotApplicable(text);
            }
        });
        showRating(vm.rating(vm.currentItem().id()));
    }

    private void bindRate(ToggleButton button, ToggleGroup group, String key, String shortcut) {
        button.setToggleGroup(group);
        button.setText(messages.get(key) + "  [" + shortcut + "]");
        button.setFocusTraversable(false);
        button.setDisable(vm.readOnly());
    }

    // ---- keyboard: one key per rating, so an item takes two keystrokes

    /**
     * The workspace's keys, given by the window while the Rate tab is shown, wherever the focus is (navigator, card,
     * the tab headers): one key per rating, so an item takes two keystrokes.
     */
    public void handleKey(KeyEvent e) {
        if (UNDO.match(e) && !(e.getTarget() instanceof TextInputControl)) {
            vm.undo();
            e.consume();
            return;
        }
        if ((REDO.match(e) || REDO_ALT.match(e)) && !(e.getTarget() instanceof TextInputControl)) {
            vm.redo();
            e.consume();
            return;
        }
        if (FIND.match(e)) {
            searchField.requestFocus();
            searchField.selectAll();
            e.consume();
            return;
        }
        if (e.getTarget() instanceof TextInputControl) {
            if (e.getCode() == KeyCode.ESCAPE) {
                navigator.requestFocus();
                e.consume();
            }
            return;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case DIGIT1, NUMPAD1 -> vm.rateC(Rate.FULL);
            case DIGIT2, NUMPAD2 -> vm.rateC(Rate.PARTIAL);
            case DIGIT3, NUMPAD3 -> vm.rateC(Rate.NONE);
            case Q -> vm.rateF(Rate.FULL);
            case W -> vm.rateF(Rate.PARTIAL);
            case E -> vm.rateF(Rate.NONE);
            case N -> vm.nextUnrated();
            case X -> toggleNotApplicable();
            case PAGE_DOWN, J -> vm.next();
            case PAGE_UP, K -> vm.previous();
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    // ---- item card

    private void showItem(AssessmentItem item) {
        Language lang = vm.language();
        syncing = true;
        try {
            itemNumber.setText(String.valueOf(item.id()));
            levelBadge.setText(levelName(item.level()));
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
            showAttachments(item.id());
            showAction(item.id());
            selectInTree(item.id());
            cardScroll.setVvalue(0);
        } finally {
            syncing = false;
        }
        showRating(vm.rating(item.id()));
        showAccess(item.id());
    }

    // ---- evidence attachments and the improvement action

    /**
     * Lists the item's attachments from a background read. The answer is tied to the item it was asked for: one that
     * comes back after the user has moved on (or after a newer read of the same item) is dropped.
     */
    private void showAttachments(int itemId) {
        long request = ++attachmentRequest;
        attachmentsShownFor = itemId;
        fileReads.run(
                () -> vm.session().evidence(itemId),
                attached -> {
                    if (isCurrent(itemId, request)) {
                        listAttachments(attached);
                    }
                },
                failure -> {
                    if (isCurrent(itemId, request)) {
                        attachmentList.getChildren().setAll(new Label(describe(failure)));
                    }
                });
    }

    private boolean isCurrent(int itemId, long request) {
        return !lifetime.isDisposed() && request == attachmentRequest && attachmentsShownFor == itemId;
    }

    private void listAttachments(List<Evidence> attached) {
        if (attached.isEmpty()) {
            // The common case while rating: the one "none" label stays, nothing is built.
            if (attachmentList.getChildren().size() != 1
                    || attachmentList.getChildren().get(0) != noAttachments) {
                noAttachments.setText(messages.get("workspace.attachments.none"));
                if (!noAttachments.getStyleClass().contains("muted")) {
                    noAttachments.getStyleClass().add("muted");
                }
                attachmentList.getChildren().setAll(noAttachments);
            }
            return;
        }
        attachmentList.getChildren().clear();
        for (Evidence ev : attached) {
            Label name = new Label("📎 " + ev.name() + "  (" + humanSize(ev.size()) + ")");
            name.getStyleClass().add("attachment-name");
            Button open = new Button(messages.get("workspace.attachment.open"));
            open.getStyleClass().add("small");
            open.setOnAction(e -> openAttachment(ev));
            Button saveAs = new Button(messages.get("workspace.attachment.saveAs"));
            saveAs.getStyleClass().add("small");
            saveAs.setOnAction(e -> saveAttachment(ev));
            Button remove = new Button(messages.get("workspace.attachment.remove"));
            remove.getStyleClass().addAll("small", "danger");
            remove.setDisable(vm.itemReadOnly(attachmentsShownFor));
            remove.setOnAction(e -> removeAttachment(ev));
            HBox row = new HBox(8, name, open, saveAs, remove);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            attachmentList.getChildren().add(row);
        }
    }

    /** A background failure in the window's language. */
    private String describe(Throwable failure) {
        if (failure instanceof RoundSession.SessionException e) {
            return e.describe(vm.language().locale());
        }
        return messages.get("error.io.attachment", String.valueOf(failure.getMessage()));
    }

    private void attachmentError(Throwable failure) {
        if (!lifetime.isDisposed()) {
            dialogs.error(messages.get("workspace.attach.error"), describe(failure));
        }
    }

    private static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** Reads, hashes and stores the chosen file in the background; the list is read again when it is in. */
    @FXML
    private void attach() {
        int itemId = vm.currentItem().id();
        dialogs.chooseFileToOpen(messages.get("workspace.attach.title"), messages.get("workspace.attach.filter"), "*.*")
                .ifPresent(path -> fileReads.run(
                        () -> vm.session().attach(itemId, path), added -> refreshAttachments(itemId), failure -> {
                            attachmentError(failure);
                            refreshAttachments(itemId);
                        }));
    }

    private void refreshAttachments(int itemId) {
        if (!lifetime.isDisposed() && attachmentsShownFor == itemId) {
            showAttachments(itemId);
        }
    }

    /** What an attachment was written out to for viewing, and what its first bytes say it is. */
    private record Extracted(java.nio.file.Path file, EvidenceType type) {}

    /**
     * Opens an attachment with the system's viewer; an executable or script (by name or by content) is not opened
     * before the user says so, and saving a copy is offered first. Writing it out and sniffing it run in the
     * background.
     */
    private void openAttachment(Evidence ev) {
        fileReads.run(() -> extract(ev), extracted -> offerToOpen(ev, extracted), this::attachmentError);
    }

    private Extracted extract(Evidence ev) throws java.io.IOException, RoundSession.SessionException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("ccmm-evidence");
        java.nio.file.Path target = dir.resolve(EvidenceName.safe(ev.name()));
        vm.session().saveEvidenceTo(ev.id(), target);
        target.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        byte[] head;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(target)) {
            head = in.readNBytes(EvidenceLimits.SNIFF_BYTES);
        }
        return new Extracted(target, EvidenceType.classify(ev.name(), head));
    }

    private void offerToOpen(Evidence ev, Extracted extracted) {
        if (lifetime.isDisposed()) {
            return;
        }
        EvidenceType type = extracted.type();
        if (type.risk() == EvidenceType.Risk.ASK_FIRST) {
            String kind = messages.get("evidence.type." + type.kind().name());
            String message = messages.get("workspace.attachment.risky", ev.name(), kind)
                    + (type.nameMatchesContent() ? "" : "\n\n" + messages.get("workspace.attachment.mismatch", kind));
            int choice = dialogs.choose(
                    messages.get("workspace.attachment.riskyTitle"),
                    message,
                    List.of(
                            messages.get("workspace.attachment.saveCopy"),
                            messages.get("workspace.attachment.openAnyway"),
                            messages.get("workspace.attachment.cancel")));
            if (choice == 0) {
                saveAttachment(ev);
            }
            if (choice != 1) {
                return;
            }
        }
        dialogs.openExternally(extracted.file());
    }

    /** The target is chosen on the FX thread; the attachment is written out in the background. */
    private void saveAttachment(Evidence ev) {
        dialogs.chooseFileToSave(
                        messages.get("workspace.attachment.saveAs"), null, EvidenceName.safe(ev.name()), "*", "*.*")
                .ifPresent(target -> fileReads.run(
                        () -> {
                            vm.session().saveEvidenceTo(ev.id(), target);
                            return target;
                        },
                        saved -> {},
                        this::attachmentError));
    }

    private void removeAttachment(Evidence ev) {
        if (!dialogs.confirm(
                messages.get("workspace.attachment.remove"),
                messages.get("workspace.attachment.removeConfirm", ev.name()))) {
            return;
        }
        fileReads.run(
                () -> {
                    vm.session().removeEvidence(ev.id());
                    return ev;
                },
                removed -> refreshAttachments(ev.item()),
                failure -> {
                    attachmentError(failure);
                    refreshAttachments(ev.item());
                });
    }

    /**
     * Shows the item's improvement action from a background read. Until it is in, the fields are cleared and locked
     * (nothing typed there can be overwritten, nothing saved over another item's action); a late answer for an item
     * the user has left is dropped.
     */
    private void showAction(int itemId) {
        long request = ++actionRequest;
        shownAction = null;
        fillAction(null);
        setActionEditable(false);
        fileReads.run(
                () -> vm.session().actions().stream()
                        .filter(a -> a.item() == itemId)
                        .findFirst(),
                found -> {
                    if (isCurrentAction(itemId, request)) {
                        shownAction = found.orElse(null);
                        fillAction(shownAction);
                        setActionEditable(true);
                    }
                },
                failure -> {
                    if (isCurrentAction(itemId, request)) {
                        // shown as an empty action; saving will report the problem
                        setActionEditable(true);
                    }
                });
    }

    private boolean isCurrentAction(int itemId, long request) {
        return !lifetime.isDisposed()
                && request == actionRequest
                && vm.currentItem().id() == itemId;
    }

    private void fillAction(ImprovementAction action) {
        actionWhat.setText(action == null ? "" : action.what());
        actionOwner.setText(action == null ? "" : action.owner());
        actionDue.setValue(action == null || action.due().isEmpty() ? null : parseDate(action.due()));
        actionStatus.setValue(action == null ? ActionStatus.OPEN : action.status());
    }

    /** Unlocks the action's fields once its read is in, never on a read-only file or an item outside the scope. */
    private void setActionEditable(boolean editable) {
        actionPending = !editable;
        boolean locked = vm.readOnly() || vm.itemReadOnly(vm.currentItem().id());
        for (javafx.scene.control.Control c : List.of(actionWhat, actionOwner, actionDue, actionStatus, actionSave)) {
            c.setDisable(locked || !editable);
        }
    }

    private static java.time.LocalDate parseDate(String s) {
        try {
            return java.time.LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    @FXML
    private void saveAction() {
        int itemId = vm.currentItem().id();
        String due = actionDue.getValue() == null ? "" : actionDue.getValue().toString();
        ImprovementAction a = new ImprovementAction(
                shownAction == null ? 0 : shownAction.id(),
                vm.session().roundId(),
                itemId,
                actionWhat.getText().strip(),
                actionOwner.getText().strip(),
                due,
                actionStatus.getValue());
        if (a.what().isEmpty()) {
            dialogs.error(messages.get("workspace.action"), messages.get("workspace.action.needsWhat"));
            return;
        }
        try {
            shownAction = vm.session().saveAction(a);
        } catch (RoundSession.SessionException e) {
            dialogs.error(
                    messages.get("workspace.action"), e.describe(vm.language().locale()));
        }
    }

    /** The three guidance rows are built once; moving to another item only changes their texts. */
    private void guidanceRow(int row, String key, LocalizedText text, String style) {
        while (guidanceBodies.size() <= row) {
            Label head = new Label(messages.get(key));
            head.getStyleClass().addAll("guidance-head", style);
            head.setMinWidth(Region.USE_PREF_SIZE);
            // Beside a long band text the band's name stays on its first line, in sight when the text runs long.
            GridPane.setValignment(head, VPos.TOP);
            Label body = new Label();
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
                Label line = new Label();
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
        justificationBox.setVisible(r.notApplicable());
        justificationBox.setManaged(r.notApplicable());
        pointsLabel.setText(
                r.notApplicable() ? messages.get("workspace.na") : messages.get("workspace.points", r.points()));
        String pointsStyle = PointsStyle.of(r);
        if (!pointsLabel.getStyleClass().contains(pointsStyle)) {
            pointsLabel.getStyleClass().removeAll(PointsStyle.ALL);
            pointsLabel.getStyleClass().add(pointsStyle);
        }
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

    /** Gives the workspace the keyboard, so 1 2 3 / Q W E / J K N work without a click first. */
    public void takeKeyboard() {
        navigator.requestFocus();
    }

    private String levelName(int level) {
        return "L" + level + " "
                + vm.catalog()
                        .level(level)
                        .map(l -> l.name().get(vm.language()))
                        .orElse("");
    }

    // ---- navigator

    private void rebuildTree() {
        Language lang = vm.language();
        Predicate<AssessmentItem> visible = vm.visiblePredicate();
        TreeItem<NavNode> top = new TreeItem<>();
        itemNodes.clear();
        int shown = 0;
        for (CatalogModule m : vm.catalog().modules()) {
            TreeItem<NavNode> mNode = new TreeItem<>(NavNode.group(
                    NavNode.Kind.MODULE, m.id(), m.id() + "  " + m.name().get(lang)));
            for (Area a : m.areas()) {
                TreeItem<NavNode> aNode = new TreeItem<>(NavNode.group(
                        NavNode.Kind.AREA, a.id(), a.id() + "  " + a.name().get(lang)));
                for (AssessmentItem item : vm.catalog().itemsOf(m.id())) {
                    if (item.area().equals(a.id()) && visible.test(item)) {
                        TreeItem<NavNode> iNode = new TreeItem<>(NavNode.item(
                                item.id(), item.id() + "  " + item.title().get(lang)));
                        itemNodes.put(item.id(), iNode);
                        aNode.getChildren().add(iNode);
                        shown++;
                    }
                }
                if (!aNode.getChildren().isEmpty()) {
                    mNode.getChildren().add(aNode);
                }
            }
            if (!mNode.getChildren().isEmpty()) {
                top.getChildren().add(mNode);
            }
        }
        boolean narrowed = shown < vm.totalItems();
        top.getChildren().forEach(mNode -> {
            mNode.setExpanded(true);
            mNode.getChildren().forEach(aNode -> aNode.setExpanded(narrowed));
        });
        syncing = true;
        navigator.setRoot(top);
        syncing = false;
        visibleCount.setText(messages.get("workspace.visible", shown, vm.totalItems()));
        selectInTree(vm.currentItem().id());
    }

    private void selectInTree(int itemId) {
        TreeItem<NavNode> node = itemNodes.get(itemId);
        boolean was = syncing;
        syncing = true;
        try {
            if (node == null) {
                navigator.getSelectionModel().clearSelection();
                return;
            }
            for (TreeItem<NavNode> p = node.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            navigator.getSelectionModel().select(node);
            int row = navigator.getRow(node);
            if (row >= 0 && !comfortablyVisible(row)) {
                navigator.scrollTo(Math.max(0, row - 5));
            }
        } finally {
            syncing = was;
        }
    }

    /**
     * Whether {@code row} is already shown with a row of room above and below: then the tree is not scrolled, so moving
     * to the next item does not lay out every row again.
     */
    private boolean comfortablyVisible(int row) {
        if (!(navigator.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow)) {
            return false;
        }
        var first = flow.getFirstVisibleCell();
        var last = flow.getLastVisibleCell();
        return first != null && last != null && row > first.getIndex() && row < last.getIndex();
    }

    /** One cell for modules, areas and items; it redraws when what it shows changes, not on every rating. */
    private final class NavCell extends TreeCell<NavNode> {
        private final Label chip = new Label();
        private final Label progress = new Label();
        private final HBox progressBox = new HBox(progress);
        private Subscription watching = Subscription.EMPTY;
        private String kindStyle = "";
        private String stateStyle = "";

        private final Label conflictMark = new Label("⚠");
        private final HBox chipAndMark = new HBox(4);

        NavCell() {
            chip.getStyleClass().add("points-chip");
            progressBox.setMinWidth(Region.USE_PREF_SIZE);
            conflictMark.getStyleClass().add("conflict-mark");
            conflictMark.setTooltip(new javafx.scene.control.Tooltip(messages.get("team.nav.conflict")));
            chipAndMark.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        /** Items outside the field copy's scope are dimmed; items in conflict carry a mark beside their points. */
        private void markTeam(boolean outside, boolean conflict) {
            toggle("nav-outside-scope", outside);
            toggle("nav-conflict", conflict);
        }

        /**
         * The chip has one parent at a time: it moves into the box with the mark, or stands alone. The graphic is only
         * changed when it has to be: a change lays the cell out again.
         */
        private void showChip(boolean conflict) {
            if (conflict) {
                if (chip.getParent() != chipAndMark) {
                    setGraphic(null);
                    chipAndMark.getChildren().setAll(chip, conflictMark);
                }
                if (getGraphic() != chipAndMark) {
                    setGraphic(chipAndMark);
                }
            } else if (getGraphic() != chip) {
                setGraphic(null);
                chipAndMark.getChildren().clear();
                setGraphic(chip);
            }
        }

        private void toggle(String style, boolean on) {
            if (on && !getStyleClass().contains(style)) {
                getStyleClass().add(style);
            } else if (!on) {
                getStyleClass().remove(style);
            }
        }

        @Override
        protected void updateItem(NavNode node, boolean empty) {
            super.updateItem(node, empty);
            watching.unsubscribe();
            watching = Subscription.EMPTY;
            markTeam(false, false);
            if (empty || node == null) {
                setKindStyle("");
                setText(null);
                setGraphic(null);
                return;
            }
            setText(node.label());
            switch (node.kind()) {
                case MODULE -> watchProgress("nav-module", NavigatorModel.moduleKey(node.key()));
                case AREA -> watchProgress("nav-area", NavigatorModel.areaKey(node.key()));
                case ITEM -> {
                    setKindStyle("nav-item");
                    TeamMarks team = vm.teamMarks();
                    boolean conflict = team.conflict(node.itemId());
                    markTeam(!team.inScope(node.itemId()), conflict);
                    showChip(conflict);
                    watching = navModel.rating(node.itemId()).subscribe(this::showRating);
                }
            }
        }

        private void watchProgress(String style, String group) {
            setKindStyle(style);
            setGraphic(progressBox);
            int total = navModel.total(group);
            watching = navModel.decided(group).subscribe(n -> {
                progress.setText(n.intValue() + "/" + total);
                setStateStyle(progress, n.intValue() == total ? "progress-done" : "progress-open");
            });
        }

        private void showRating(Rating r) {
            chip.setText(
                    r.notApplicable() ? messages.get("workspace.na") : r.isRated() ? String.valueOf(r.points()) : "·");
            setStateStyle(chip, PointsStyle.of(r));
        }

        private void setKindStyle(String style) {
            if (!style.equals(kindStyle)) {
                getStyleClass().remove(kindStyle);
                if (!style.isEmpty()) {
                    getStyleClass().add(style);
                }
                kindStyle = style;
            }
        }

        private void setStateStyle(Label label, String style) {
            if (!style.equals(stateStyle)) {
                label.getStyleClass().remove(stateStyle);
                label.getStyleClass().add(style);
                stateStyle = style;
            }
        }
    }

    // ---- team assessments: items outside a field copy's scope are shown read-only

    private void setUpScopeNotice() {
        scopeNotice.setId("scope-notice");
        scopeNotice.getStyleClass().add("scope-notice");
        scopeNotice.setWrapText(true);
        scopeNotice.setVisible(false);
        scopeNotice.setManaged(false);
        if (itemTitle.getParent() instanceof VBox card) {
            card.getChildren().add(card.getChildren().indexOf(itemTitle), scopeNotice);
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
        attachButton.setDisable(locked);
        // the action's fields stay locked while their read is pending
        setActionEditable(!actionPending);
        String why = vm.outsideScope(itemId);
        scopeNotice.setText(why);
        scopeNotice.setVisible(!why.isEmpty());
        scopeNotice.setManaged(!why.isEmpty());
    }
}
