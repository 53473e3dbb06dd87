package io.ccmm.ui.main;

import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Language;
import io.ccmm.files.AtomicFileWriter;
import io.ccmm.protect.ProtectedCopies;
import io.ccmm.protect.ProtectionException;
import io.ccmm.report.ReportService;
import io.ccmm.storage.Round;
import io.ccmm.ui.common.AppIcons;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.FileNames;
import io.ccmm.ui.common.FxTaskExecutor;
import io.ccmm.ui.common.FxmlLoaderFactory;
import io.ccmm.ui.common.FxmlView;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.Settings;
import io.ccmm.ui.common.SettingsStore;
import io.ccmm.ui.common.TaskExecutor;
import io.ccmm.ui.common.Theme;
import io.ccmm.ui.common.ViewLifetime;
import io.ccmm.ui.compare.CompareDialog;
import io.ccmm.ui.dashboard.DashboardController;
import io.ccmm.ui.overview.OverviewController;
import io.ccmm.ui.readiness.ReadinessViewModel;
import io.ccmm.ui.readiness.WhatIfScratch;
import io.ccmm.ui.start.NewAssessmentDialog;
import io.ccmm.ui.start.NewAssessmentViewModel;
import io.ccmm.ui.start.RecentFile;
import io.ccmm.ui.start.RecentFiles;
import io.ccmm.ui.start.StartWindow;
import io.ccmm.ui.workspace.FileRoundSession;
import io.ccmm.ui.workspace.WorkspaceController;
import io.ccmm.ui.workspace.WorkspaceViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The main window: builds its scene in the current language and rebuilds it when the language or the open round
 * changes, keeping the workspace state (current item, filters) across a language switch.
 */
public final class MainWindow implements io.ccmm.ui.team.TeamHost {

    /** The first window, before the user has sized one: room for navigator, item card and live readiness. */
    static final double DEFAULT_WIDTH = 1440;

    static final double DEFAULT_HEIGHT = 900;

    /** Below this the item card and navigator no longer fit side by side; a plain window manager may go smaller. */
    static final double MIN_WIDTH = 800;

    static final double MIN_HEIGHT = 520;

    private final AppContext context;
    private final Stage stage;
    private final ObjectProperty<Language> language;
    private final DialogService dialogs;
    private final Documents documents;
    /** Made at the first export ({@link #reports()}): its exporters set up AWT and POI's types, which starting does not need. */
    private ReportService reports;

    private final TaskExecutor tasks;
    private final io.ccmm.ui.plan.ChecklistWriting checklists;
    /** Attachment reads have a thread of their own, so that the item card never waits behind a report export. */
    private TaskExecutor attachmentReads = new FxTaskExecutor();

    private final TaskExecutor fileReads = new TaskExecutor() {
        @Override
        public <T> void run(
                java.util.concurrent.Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            attachmentReads.run(work, onSuccess, onFailure);
        }
    };
    private final javafx.beans.property.StringProperty busy = new javafx.beans.property.SimpleStringProperty("");
    private FileRoundSession session;
    private WorkspaceViewModel workspace;
    private ReadinessViewModel dashboard;
    private ViewLifetime views = new ViewLifetime();

    /** The tabs shown in this window so far: rebuilt views of these are in the scene at once (their state moves over). */
    private final java.util.Set<Integer> tabsOpened = new java.util.HashSet<>();

    private WorkspaceController workspaceView;

    /** A window with a context of its own, in {@code initialLanguage}: the settings are read here, once. */
    public MainWindow(
            Stage stage, Language initialLanguage, SettingsStore settingsStore, Consumer<String> showDocument) {
        this(AppContext.start(stage, settingsStore, showDocument, Optional.of(initialLanguage)));
    }

    /** The main window on the context's stage, in the context's language, with its settings, dialogs and tasks. */
    public MainWindow(AppContext context) {
        this.context = context;
        this.stage = context.mainStage();
        AppIcons.apply(stage);
        this.language = context.languageProperty();
        this.dialogs = context.dialogs();
        this.tasks = context.tasks();
        this.checklists = new io.ccmm.ui.plan.ChecklistWriting(tasks, dialogs);
        this.documents = new Documents(dialogs, this::messages);
        // The context writes the new language to the settings; the window saves the draft, then rebuilds its views.
        language.addListener((obs, old, now) -> {
            ViewState shown = ViewState.of(stage.getScene());
            flushEdits();
            build();
            shown.restoreTo(stage.getScene().getRoot());
            focusWorkspace();
        });
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setOnHidden(e -> close());
        // Runs after the handlers added by secondary windows (the plan window asks about its forms first).
        stage.setOnCloseRequest(e -> {
            if (!e.isConsumed() && !whatIfMayGo()) {
                e.consume();
            }
        });
    }

    /** Shows the window with {@code first}; the file's lifetime is the window's from here on. */
    public void show(FileRoundSession first) {
        io.ccmm.ui.common.StartTimes.mark("session read");
        documents.adopt(first);
        // The window's size first: the scene is built at that size, so the views are laid out once at the width they
        // are shown at, not once at a guess and again when the window takes its size.
        Geometry intended = restoreGeometry();
        useSession(first);
        io.ccmm.ui.common.StartTimes.mark("workspace built");
        stage.setOnHiding(e -> {
            flushEdits();
            context.remember(settings()
                    .withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
        });
        stage.show();
        io.ccmm.ui.common.StartTimes.mark("stage shown");
        insistOnSize(intended);
        focusWorkspace();
        io.ccmm.ui.common.StartTimes.mark("keyboard taken");
        javafx.application.Platform.runLater(() -> io.ccmm.ui.common.StartTimes.markNodes(
                "first pulse after show", stage.getScene().getRoot()));
    }

    /**
     * Some window managers (openbox, for one) answer the first mapping of a window with a size of their own, as small as
     * the minimum: once the window is up, ask again for the size chosen, until the window manager has settled.
     */
    private void insistOnSize(Geometry intended) {
        PauseTransition settle = new PauseTransition(Duration.millis(150));
        int[] tries = {0};
        settle.setOnFinished(e -> {
            if (stage.isMaximized() || !stage.isShowing()) {
                return;
            }
            // Only a window held at its minimum is the window manager's doing; a size the user chose is left alone.
            boolean heldAtMinimum = stage.getWidth() <= MIN_WIDTH + 2 || stage.getHeight() <= MIN_HEIGHT + 2;
            boolean tooSmall = heldAtMinimum
                    && (stage.getWidth() < intended.width() - 2 || stage.getHeight() < intended.height() - 2);
            if (tooSmall) {
                stage.setWidth(intended.width());
                stage.setHeight(intended.height());
                if (intended.centred()) {
                    stage.centerOnScreen();
                }
            }
            if (++tries[0] < 5) {
                settle.playFromStart();
            }
        });
        settle.play();
    }

    /** Saves what is being typed (a note draft) before anything else changes. */
    public void flushEdits() {
        if (workspace != null) {
            workspace.flushNote();
        }
    }

    /** Saves what is being typed, then closes the file so it alone holds everything. */
    public void close() {
        flushEdits();
        documents.close();
    }

    void workspaceKey(javafx.scene.input.KeyEvent e) {
        if (workspaceView != null) {
            workspaceView.handleKey(e);
        }
    }

    /** Gives the keyboard to the rating workspace (after start, the wizard, opening a file, a language switch). */
    public void focusWorkspace() {
        if (workspaceView != null && stage.getScene() != null) {
            // A rebuilt window has no tab skins yet: the workspace joins the scene on the next CSS pass.
            stage.getScene().getRoot().applyCss();
            workspaceView.takeKeyboard();
        }
    }

    public Documents documents() {
        return documents;
    }

    public Language language() {
        return language.get();
    }

    public ReadinessViewModel dashboard() {
        return dashboard;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public FileRoundSession session() {
        return session;
    }

    Messages messages() {
        return Messages.of(language.get());
    }

    DialogService dialogs() {
        return dialogs;
    }

    Settings settings() {
        return context.settings();
    }

    /** What this start shares with the application (settings, language, dialogs, tasks). */
    public AppContext context() {
        return context;
    }

    private void useSession(FileRoundSession s) {
        flushEdits();
        Optional<WhatIfScratch> sameRound = sameRoundWhatIf(s);
        session = s;
        workspace = new WorkspaceViewModel(s, language);
        dashboard = new ReadinessViewModel(
                s.catalog(),
                s.rules(),
                s.organization().yearsInOperation(),
                s.round().targetLevel(),
                workspace::ratings,
                workspace.revisionProperty());
        sameRound.ifPresent(this::keepWhatIf);
        if (!documents.isSample()) {
            context.remember(
                    settings().withRecent(s.file().path().toAbsolutePath().toString()));
        }
        io.ccmm.ui.common.StartTimes.mark("view models made, recent file remembered");
        build();
        io.ccmm.ui.common.StartTimes.mark("views built (FXML)");
        focusWorkspace();
        io.ccmm.ui.common.StartTimes.markNodes(
                "first CSS pass", stage.getScene().getRoot());
    }

    /** The note being typed is saved before the file or round it belongs to is put away. */
    private void use(java.util.function.Supplier<Optional<FileRoundSession>> opening) {
        flushEdits();
        opening.get().ifPresent(this::useSession);
    }

    // ---- file commands (menu)

    /**
     * The new-assessment wizard. When the file cannot be created the wizard comes back with everything typed in it,
     * so nothing is lost.
     */
    void newAssessment() {
        Messages m = messages();
        NewAssessmentViewModel form = new NewAssessmentViewModel(m);
        while (true) {
            Optional<NewAssessmentViewModel.NewAssessment> answer = NewAssessmentDialog.show(stage, m, form);
            if (answer.isEmpty()) {
                return;
            }
            NewAssessmentViewModel.NewAssessment a = answer.get();
            Optional<Path> target = dialogs.chooseFileToSave(
                    m.get("file.new.title"),
                    documentsFolder(),
                    form.suggestedFileName(),
                    m.get("file.filter.ccmm"),
                    "*.ccmm");
            if (target.isEmpty()) {
                return;
            }
            WhatIfOnLeaving.Answer leaving = whatIfAnswer();
            if (leaving == WhatIfOnLeaving.Answer.STAY) {
                return;
            }
            flushEdits();
            Optional<FileRoundSession> created = whatIfOnceLeft(
                    documents.create(withCcmmExtension(target.get()), a.organization(), a.round(), a.catalog()),
                    leaving);
            if (created.isPresent()) {
                markNotApplicable(created.get(), a.notApplicable());
                useSession(created.get());
                return;
            }
        }
    }

    /** Organization and round details after creation; the file's audit trail records each change. */
    void editDetails() {
        Messages m = messages();
        NewAssessmentViewModel form = NewAssessmentViewModel.of(m, session.organization(), session.round());
        NewAssessmentDialog.showForEdit(stage, m, form)
                .ifPresent(a -> use(() -> documents.updateDetails(session.roundId(), a.organization(), a.round())));
    }

    void openFile() {
        Messages m = messages();
        dialogs.chooseFileToOpen(m.get("file.open.title"), m.get("file.filter.ccmm"), "*.ccmm")
                .ifPresent(this::openPath);
    }

    public void openPath(Path path) {
        leaveRound(() -> documents.open(path));
    }

    public void openSample() {
        openSample(Sample.HOTLINE_12345);
    }

    public void openSample(Sample sample) {
        leaveRound(() -> documents.openSample(sample));
    }

    List<Path> recentFiles() {
        return settings().recentPaths();
    }

    /** The start page over this window: recent files (read in the background) and the ways to begin. */
    public StartWindow showStart() {
        Optional<RecentFile> current = documents.isSample()
                ? Optional.empty()
                : documents
                        .current()
                        .map(file -> new RecentFile(
                                file.path(),
                                RecentFile.State.CURRENT,
                                session.organization().name(),
                                session.organization().site(),
                                session.round().title(),
                                session.round().date(),
                                documents.rounds().size(),
                                Optional.empty()));
        List<String> recent =
                settings().recentPaths().stream().map(Path::toString).toList();
        return StartWindow.show(
                stage,
                messages(),
                new StartWindow.Actions(this::openPath, this::newAssessment, this::openFile, this::openSample),
                () -> RecentFiles.summarize(recent, current),
                tasks);
    }

    void importJson() {
        Messages m = messages();
        dialogs.chooseFileToOpen(m.get("file.import.title"), m.get("file.filter.json"), "*.json")
                .ifPresent(this::importJson);
    }

    /** Reads and checks the JSON in the background, then adds it as a round in one transaction on the FX thread. */
    public void importJson(Path json) {
        Messages m = messages();
        inBackground(
                m.get("file.import.busy", json.getFileName()),
                () -> Documents.readImport(json),
                assessment -> use(() -> documents.applyImport(assessment)),
                m.get("file.error.import"),
                failure -> json.getFileName() + ": " + describe(failure));
    }

    void exportJson() {
        Messages m = messages();
        dialogs.chooseFileToSave(
                        m.get("file.export.title"),
                        documentsFolder(),
                        suggestedName(session.organization().name() + " "
                                        + session.round().title())
                                .replace(".ccmm", ".json"),
                        m.get("file.filter.json"),
                        "*.json")
                .ifPresent(this::exportJson);
    }

    /**
     * Writes the round as interchange JSON in the background, atomically. The file's methods take turns, so a rating
     * made meanwhile waits for the read rather than interleaving with it.
     */
    public void exportJson(Path target) {
        flushEdits();
        Messages m = messages();
        var file = session.file();
        long roundId = session.roundId();
        inBackground(
                m.get("report.export.busy", target.getFileName()),
                () -> {
                    byte[] json = InterchangeJson.write(file.exportRound(roundId));
                    AtomicFileWriter.write(target, out -> out.write(json));
                    return target;
                },
                done -> {},
                m.get("file.error.export"),
                failure -> target + ": " + describe(failure));
    }

    void saveCopy() {
        Messages m = messages();
        dialogs.chooseFileToSave(
                        m.get("file.copy.title"),
                        documentsFolder(),
                        suggestedName(session.organization().name() + " copy"),
                        m.get("file.filter.ccmm"),
                        "*.ccmm")
                .map(MainWindow::withCcmmExtension)
                .ifPresent(this::saveCopy);
    }

    /**
     * File › Save a protected copy…: where to, the password twice, then in the background a private snapshot of the
     * open file is encrypted into the target and deleted.
     */
    void saveProtectedCopy() {
        flushEdits();
        Messages m = messages();
        Optional<Path> target = dialogs.chooseFileToSave(
                        m.get("protect.save.title"),
                        documentsFolder(),
                        io.ccmm.ui.common.FileNames.suggest(
                                session.organization().name(), ProtectedCopies.EXTENSION),
                        m.get("protect.filter"),
                        "*" + ProtectedCopies.EXTENSION)
                .map(p -> p.getFileName().toString().endsWith(ProtectedCopies.EXTENSION)
                        ? p
                        : p.resolveSibling(p.getFileName() + ProtectedCopies.EXTENSION));
        if (target.isEmpty()) {
            return;
        }
        dialogs.askPassword(m.get("protect.save.title"), m.get("protect.save.ask"), true)
                .ifPresent(password -> saveProtectedCopy(target.get(), password));
    }

    /** Protects a snapshot of the open file into {@code target} in the background. */
    public void saveProtectedCopy(Path target, char[] password) {
        flushEdits();
        Messages m = messages();
        var file = session.file();
        inBackground(
                m.get("protect.save.busy", target.getFileName()),
                () -> ProtectedCopyWork.protect(file, target, password),
                done -> dialogs.info(m.get("protect.save.title"), m.get("protect.save.done", done.getFileName())),
                m.get("protect.save.error"),
                failure -> failure instanceof ProtectionException e
                        ? ProtectedCopyWork.describe(e, m, false)
                        : describe(failure));
    }

    /** File › Open a protected copy…: which copy, its password, where the opened file goes; then it is opened. */
    void openProtectedCopy() {
        Messages m = messages();
        Optional<Path> source = dialogs.chooseFileToOpen(
                m.get("protect.open.title"), m.get("protect.filter"), "*" + ProtectedCopies.EXTENSION);
        if (source.isEmpty()) {
            return;
        }
        Optional<char[]> password = dialogs.askPassword(
                m.get("protect.open.title"),
                m.get("protect.open.ask", source.get().getFileName()),
                false);
        if (password.isEmpty()) {
            return;
        }
        String name = source.get().getFileName().toString();
        String base = name.endsWith(ProtectedCopies.EXTENSION)
                ? name.substring(0, name.length() - ProtectedCopies.EXTENSION.length())
                : name;
        Optional<Path> target = dialogs.chooseFileToSave(
                        m.get("protect.open.saveTitle"),
                        documentsFolder(),
                        base + ".ccmm",
                        m.get("file.filter.ccmm"),
                        "*.ccmm")
                .map(MainWindow::withCcmmExtension);
        if (target.isEmpty()) {
            java.util.Arrays.fill(password.get(), '\0');
            return;
        }
        openProtectedCopy(source.get(), target.get(), password.get());
    }

    /** Opens the protected copy {@code source} into {@code target} in the background, then opens that file. */
    public void openProtectedCopy(Path source, Path target, char[] password) {
        Messages m = messages();
        inBackground(
                m.get("protect.open.busy", source.getFileName()),
                () -> ProtectedCopyWork.unprotect(source, target, password),
                this::openPath,
                m.get("protect.open.error"),
                failure -> failure instanceof ProtectionException e
                        ? ProtectedCopyWork.describe(e, m, true)
                        : describe(failure));
    }

    /**
     * Writes a copy of the open file in the background. The file's methods take turns, so a rating made meanwhile
     * waits for the copy rather than interleaving with it.
     */
    public void saveCopy(Path target) {
        flushEdits();
        Messages m = messages();
        var file = session.file();
        inBackground(
                m.get("file.copy.busy", target.getFileName()),
                () -> {
                    file.saveCopy(target);
                    return target;
                },
                done -> {},
                m.get("file.error.export"),
                this::describe);
    }

    /**
     * Runs slow work off the FX thread with {@code busyText} in the status bar; on failure the user sees
     * {@code errorTitle} with the failure described.
     */
    private <T> void inBackground(
            String busyText,
            java.util.concurrent.Callable<T> work,
            Consumer<T> done,
            String errorTitle,
            java.util.function.Function<Throwable, String> describe) {
        busy.set(busyText);
        tasks.run(
                work,
                result -> {
                    busy.set("");
                    done.accept(result);
                },
                failure -> {
                    busy.set("");
                    dialogs.error(errorTitle, describe.apply(failure));
                });
    }

    List<Round> rounds() {
        return documents.rounds();
    }

    /** A failure in the window's language: storage failures through the one place that words them. */
    private String describe(Throwable failure) {
        if (failure instanceof io.ccmm.storage.StorageException e) {
            return io.ccmm.storage.StorageText.describe(e, language().locale());
        }
        if (failure instanceof FileRoundSession.SessionException e) {
            return e.describe(language().locale());
        }
        return String.valueOf(failure.getMessage());
    }

    public void switchRound(long id) {
        if (session != null && id == session.roundId()) {
            use(() -> documents.switchRound(id));
        } else {
            leaveRound(() -> documents.switchRound(id));
        }
    }

    void newReassessment() {
        Messages m = messages();
        RoundInfo from = session.round();
        dialogs.askText(m.get("round.new.title"), m.get("round.new.body"), m.get("round.new.default", from.title()))
                .filter(t -> !t.isBlank())
                .ifPresent(title -> leaveRound(() -> documents.newReassessment(
                        session.roundId(),
                        new RoundInfo(
                                title.strip(),
                                java.time.LocalDate.now().toString(),
                                from.assessors(),
                                from.targetLevel()))));
    }

    void exportReport() {
        Messages m = messages();
        ExportReportDialog.show(stage, m, reports()).ifPresent(choice -> {
            String base = session.organization().name() + " " + session.round().title();
            dialogs.chooseFileToSave(
                            m.get("report.export.title"),
                            documentsFolder(),
                            suggestedName(base)
                                    .replace(".ccmm", "." + choice.format().extension()),
                            choice.format().description(m.language()),
                            "*." + choice.format().extension())
                    .ifPresent(target -> exportReport(
                            choice, withExtension(target, choice.format().extension())));
        });
    }

    /**
     * Exports the report in the background from a snapshot of the file: the FX thread reads nothing, and a key press
     * during a long export saves at once.
     */
    void exportReport(ExportReportDialog.Choice choice, Path target) {
        flushEdits();
        Messages m = messages();
        var file = session.file();
        long roundId = session.roundId();
        inBackground(
                m.get("report.export.busy", target.getFileName()),
                () -> ReportExportWork.export(
                        file,
                        roundId,
                        reports(),
                        choice.format().id(),
                        choice.language(),
                        target,
                        io.ccmm.report.ReportProgress.NONE),
                done -> {
                    // What the report had to leave out (a damaged logo) is said with the result, in the window's words.
                    String doneText = String.join(
                            "\n\n",
                            java.util.stream.Stream.concat(
                                            java.util.stream.Stream.of(m.get("report.export.done", target)),
                                            done.extras().warnings(m.language()).stream())
                                    .toList());
                    if (dialogs.confirm(m.get("report.export.done.title"), doneText)) {
                        dialogs.openExternally(target);
                    }
                },
                m.get("report.export.failed"),
                failure -> failure instanceof java.io.IOException
                        ? m.get("error.io.report", target, String.valueOf(failure.getMessage()))
                        : failure instanceof io.ccmm.storage.StorageException
                                ? describe(failure)
                                : m.get(
                                        "error.report.unexpected",
                                        failure.getClass().getSimpleName()));
    }

    static Path withExtension(Path p, String extension) {
        String name = p.getFileName().toString();
        return name.toLowerCase().endsWith("." + extension) ? p : p.resolveSibling(name + "." + extension);
    }

    /** A one-line "busy" text for the status bar, "" when idle. */
    public javafx.beans.property.StringProperty busyProperty() {
        return busy;
    }

    void compareRounds() {
        flushEdits();
        CompareDialog.show(stage, session.file(), session.roundId(), messages(), dialogs);
    }

    void markFinal() {
        Messages m = messages();
        if (session.isFinal()) {
            dialogs.askText(m.get("round.reopen.title"), m.get("round.reopen.body"), "")
                    .filter(r -> !r.isBlank())
                    .ifPresent(reason -> use(() -> documents.reopen(session.roundId(), reason.strip())));
        } else if (dialogs.confirm(
                m.get("round.final.title"),
                m.get("round.final.body", session.round().title()))) {
            use(() -> documents.markFinal(session.roundId()));
        }
    }

    static Path withCcmmExtension(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase().endsWith(".ccmm") ? p : p.resolveSibling(name + ".ccmm");
    }

    static String suggestedName(String base) {
        return FileNames.suggest(base, ".ccmm");
    }

    /** Where assessment files live by default: the user's documents folder, never the install folder. */
    public static Path documentsFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path docs = home.resolve("Documents");
        return (Files.isDirectory(docs) ? docs : home).resolve("CCMM");
    }

    // ---- window state

    /**
     * Window size and place as last time, if that place is still on a screen; otherwise a comfortable size for the
     * primary screen, centred.
     */
    /** The size the window was given, and whether it was centred (no place remembered). */
    private record Geometry(double width, double height, boolean centred) {}

    private Geometry restoreGeometry() {
        Settings settings = settings();
        Rectangle2D wanted = new Rectangle2D(
                settings.windowX(),
                settings.windowY(),
                Math.max(0, settings.windowWidth()),
                Math.max(0, settings.windowHeight()));
        boolean remembered = settings.windowWidth() >= MIN_WIDTH && settings.windowHeight() >= MIN_HEIGHT;
        if (remembered && !Screen.getScreensForRectangle(wanted).isEmpty()) {
            stage.setX(wanted.getMinX());
            stage.setY(wanted.getMinY());
            stage.setWidth(wanted.getWidth());
            stage.setHeight(wanted.getHeight());
            stage.setMaximized(settings.maximized());
            return new Geometry(wanted.getWidth(), wanted.getHeight(), false);
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.max(MIN_WIDTH, Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.92));
        double height = Math.max(MIN_HEIGHT, Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.92));
        stage.setWidth(width);
        stage.setHeight(height);
        stage.centerOnScreen();
        stage.setMaximized(settings.maximized());
        return new Geometry(width, height, true);
    }

    public void switchTheme(Theme theme) {
        context.switchTheme(theme);
    }

    public Theme theme() {
        return context.theme();
    }

    private void showTab(int index) {
        Parent root = stage.getScene().getRoot();
        TabPane tabs = (TabPane) root.lookup(".main-tabs");
        tabs.getSelectionModel().select(index);
    }

    /** Builds the views in the current language; the views built before are disposed with every listener they added. */
    private void build() {
        views.dispose();
        ViewLifetime lifetime = new ViewLifetime();
        views = lifetime;
        Messages messages = messages();
        MainWindowViewModel viewModel = new MainWindowViewModel(
                workspace, messages, language, this::switchTheme, this::theme, documents.isSample());
        WorkspaceController workspaceController =
                new WorkspaceController(workspace, messages, dashboard, dialogs, lifetime, fileReads);
        workspaceView = workspaceController;
        FxmlLoaderFactory loaders = loaders(
                messages,
                java.util.Map.of(
                        MainWindowController.class,
                        new MainWindowController(viewModel, this, lifetime),
                        WorkspaceController.class,
                        workspaceController));
        io.ccmm.ui.common.StartTimes.mark("controllers made");
        Parent root = loaders.load(FxmlView.MAIN_WINDOW);
        io.ccmm.ui.common.StartTimes.mark("FXML loaded");
        TabPane tabs = (TabPane) root.lookup(".main-tabs");
        // What the tabs' views are built for: this build's session and view models, whenever they are first shown.
        FileRoundSession built = session;
        WorkspaceViewModel ratings = workspace;
        ReadinessViewModel readiness = dashboard;
        loadWhenSelected(tabs, 1, lifetime, () -> {
            OverviewController overview = new OverviewController(ratings, messages, () -> showTab(0), lifetime);
            Parent view = loaders(messages, java.util.Map.of(OverviewController.class, overview))
                    .load(FxmlView.OVERVIEW);
            // Tabs out of sight are not redrawn on every rating: the FX thread stays free for the next key.
            overview.refreshOnlyWhile(
                    tabs.getSelectionModel().selectedIndexProperty().isEqualTo(1));
            return view;
        });
        loadWhenSelected(tabs, 2, lifetime, () -> {
            DashboardController dashboardView = new DashboardController(
                    readiness,
                    messages,
                    item -> {
                        ratings.select(item);
                        showTab(0);
                    },
                    lifetime);
            dashboardView.showProjection(
                    new io.ccmm.ui.plan.ProjectedReadiness(readiness, built.file(), built.roundId(), lifetime));
            Parent view = loaders(messages, java.util.Map.of(DashboardController.class, dashboardView))
                    .load(FxmlView.DASHBOARD);
            io.ccmm.ui.team.TeamMenu.markDashboard(dashboardView, this);
            dashboardView.redrawOnlyWhile(
                    tabs.getSelectionModel().selectedIndexProperty().isEqualTo(2));
            return view;
        });
        if (stage.getScene() == null) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            // The size the window takes (restoreGeometry ran first): the whole screen when maximized.
            double width = stage.isMaximized() || Double.isNaN(stage.getWidth()) ? screen.getWidth() : stage.getWidth();
            double height =
                    stage.isMaximized() || Double.isNaN(stage.getHeight()) ? screen.getHeight() : stage.getHeight();
            Scene scene = new Scene(root, width, height);
            Theme.addAppStylesheet(scene);
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
        stage.setTitle(viewModel.windowTitle());
    }

    /** FXML loading in {@code messages}' language, with {@code controllers} as the only controllers it may use. */
    private static FxmlLoaderFactory loaders(Messages messages, java.util.Map<Class<?>, Object> controllers) {
        return new FxmlLoaderFactory(messages.bundle(), type -> {
            Object controller = controllers.get(type);
            if (controller == null) {
                throw new IllegalArgumentException("no controller wiring for " + type);
            }
            return controller;
        });
    }

    /**
     * Loads the view of tab {@code index} when the tab is first selected (at once if it is selected, or was opened
     * before a rebuild: its filters, sort and scroll then move over as before). A view out of sight costs the first
     * window its FXML, its controls' skins and its first style pass: the overview's table and tool bar and the
     * dashboard's charts were about a tenth of the FX thread's work before the window showed (BENCHMARKS.md, "Window
     * start, run 7"). Their controllers, views and what draws into them come with the tab.
     */
    private void loadWhenSelected(
            TabPane tabs, int index, ViewLifetime lifetime, java.util.function.Supplier<Parent> view) {
        javafx.scene.control.Tab tab = tabs.getTabs().get(index);
        if (tab.isSelected() || tabsOpened.contains(index)) {
            tabsOpened.add(index);
            tab.setContent(view.get());
            return;
        }
        lifetime.onChange(tab.selectedProperty(), selected -> {
            if (selected && tab.getContent() == null) {
                tabsOpened.add(index);
                tab.setContent(view.get());
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Portfolio

    /** Opens the portfolio window over the recent files (the user can open a folder or a team library there). */
    void showPortfolio() {
        java.util.List<Path> recent =
                settings().recentFiles().stream().map(Path::of).toList();
        io.ccmm.ui.portfolio.PortfolioWindow.show(stage, messages(), dialogs, recent);
    }

    // Team assessments (io.ccmm.ui.team)

    @Override
    public Stage teamOwner() {
        return stage;
    }

    @Override
    public Messages teamMessages() {
        return messages();
    }

    @Override
    public DialogService teamDialogs() {
        return dialogs;
    }

    @Override
    public java.util.OptionalInt currentItem() {
        return workspace == null
                ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of(workspace.currentItem().id());
    }

    @Override
    public void showItem(int item) {
        if (workspace != null) {
            workspace.select(item);
        }
    }

    // ---- explain: the wizard's pre-marked not-applicable items saved into the new file

    private void markNotApplicable(FileRoundSession created, List<io.ccmm.assessment.Rating> notApplicable) {
        try {
            for (io.ccmm.assessment.Rating r : notApplicable) {
                created.save(r);
            }
        } catch (io.ccmm.ui.workspace.RoundSession.SessionException e) {
            Messages m = messages();
            dialogs.error(m.get("file.new.title"), e.describe(m.language().locale()));
        }
    }

    // ---- help: the user guide (F1 on every screen of this window) and the first-run guide

    public javafx.stage.Stage showHelp() {
        return io.ccmm.ui.help.HelpWindow.show(stage, messages());
    }

    /**
     * The short guided path: create the organization (its file named after it, in the documents folder) or open a
     * sample; rating with two keys; where readiness shows; exporting a report.
     */
    public io.ccmm.ui.help.FirstRunGuide showFirstRunGuide() {
        return io.ccmm.ui.help.FirstRunGuide.show(stage, messages(), new io.ccmm.ui.help.FirstRunGuide.Actions() {
            @Override
            public void createOrganization(String organization) {
                createNamedAfter(organization, documentsFolder());
            }

            @Override
            public void openSample() {
                MainWindow.this.openSample(Sample.HOTLINE_12345);
            }
        });
    }

    /** Opens the organization's file in {@code folder}, creating it (named after the organization) when it is new. */
    void createNamedAfter(String organization, Path folder) {
        Messages m = messages();
        Path file = folder.resolve(io.ccmm.ui.common.FileNames.suggest(organization, ".ccmm"));
        if (java.nio.file.Files.exists(file)) {
            openPath(file);
            return;
        }
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            dialogs.error(m.get("file.error.create"), m.get("file.error.folder", folder));
            return;
        }
        NewAssessmentViewModel form = new NewAssessmentViewModel(m);
        form.nameProperty().set(organization);
        form.industryProperty().set(io.ccmm.ui.start.Industry.OTHER);
        form.result().ifPresent(a -> leaveRound(() -> documents.create(file, a.organization(), a.round())));
    }

    /** The plan of the current round (findings, action plan, what-if, executive summary) in its own window. */
    void openPlan() {
        flushEdits();
        io.ccmm.ui.plan.PlanWindow.show(stage, session.file(), session.roundId(), messages(), dialogs);
    }

    /**
     * File › Catalog › Import…: a filled catalog workbook is read and validated in the background; a valid catalog is
     * saved as a catalog file where the user chooses, a refused one is listed problem by problem, nothing written.
     */
    void importCatalogWorkbook() {
        Messages m = messages();
        dialogs.chooseFileToOpen(m.get("catalogbook.import.title"), m.get("catalogbook.filter.xlsx"), "*.xlsx")
                .ifPresent(workbook -> inBackground(
                        m.get("catalogbook.import.busy", workbook.getFileName()),
                        () -> CatalogWorkbookWork.read(workbook),
                        result -> dialogs.chooseFileToSave(
                                        m.get("catalogbook.import.saveTitle"),
                                        workbook.toAbsolutePath().getParent(),
                                        result.catalog().id() + ".json",
                                        m.get("file.filter.json"),
                                        "*.json")
                                .ifPresent(target -> inBackground(
                                        m.get("catalogbook.import.busy", target.getFileName()),
                                        () -> CatalogWorkbookWork.save(result, target),
                                        saved -> dialogs.info(
                                                m.get("catalogbook.import.title"),
                                                m.get(
                                                        "catalogbook.import.done",
                                                        saved.getFileName(),
                                                        result.catalog().id(),
                                                        result.catalog().version(),
                                                        result.catalog().items().size())),
                                        m.get("catalogbook.import.title"),
                                        failure -> m.get(
                                                "catalogbook.import.writeFailed",
                                                target.getFileName(),
                                                String.valueOf(failure.getMessage())))),
                        m.get("catalogbook.import.title"),
                        failure -> failure instanceof io.ccmm.catalogbook.BookException e
                                ? CatalogWorkbookWork.describe(e, m, language())
                                : describe(failure)));
    }

    // ---- questionnaire (io.ccmm.ui.questionnaire): its exports and imports run on the window's background tasks

    io.ccmm.ui.common.TaskExecutor backgroundTasks() {
        return tasks;
    }

    // ---- background reads of attachments

    /** Runs the item card's attachment reads on {@code executor} from now on (tests slow them down). */
    public void readAttachmentsWith(TaskExecutor executor) {
        attachmentReads = java.util.Objects.requireNonNull(executor, "executor");
    }

    /** Round › Interview checklist…: asks where, then writes the checklist of the current round as a PDF. */
    void exportChecklist() {
        flushEdits();
        Messages m = messages();
        dialogs.chooseFileToSave(
                        m.get("checklist.save.title"),
                        documentsFolder(),
                        m.get("checklist.save.name") + ".pdf",
                        "PDF",
                        "*.pdf")
                .ifPresent(this::writeChecklist);
    }

    /** Writes the interview checklist of the current round to {@code target} in the background and says where, or why not. */
    public void writeChecklist(Path target) {
        checklists.write(
                session.file(),
                session.roundId(),
                session.catalog(),
                workspace.ratings(),
                session.organization().name() + " — " + session.round().title(),
                messages(),
                target);
    }

    /** True while an interview checklist is being written (Round › Interview checklist… is then disabled). */
    javafx.beans.property.ReadOnlyBooleanProperty checklistRunning() {
        return checklists.runningProperty();
    }

    // ---- default report branding (io.ccmm.ui.branding), kept in the settings

    @Override
    public io.ccmm.ui.common.BrandingDefaults brandingDefaults() {
        return settings().brandingDefaults();
    }

    @Override
    public void keepBrandingDefaults(io.ccmm.ui.common.BrandingDefaults defaults) {
        context.remember(settings().withBrandingDefaults(defaults));
    }

    /** The report service of this window, made when the first report is exported. */
    private ReportService reports() {
        if (reports == null) {
            reports = new ReportService()
                    .withBrandingDefaults(() -> io.ccmm.ui.branding.DefaultBranding.toBranding(
                            context().settings().brandingDefaults()));
        }
        return reports;
    }

    // ---- the "Why?" what-if when its round is put away

    /** Asks about ratings tried in the "Why?" what-if before its round is put away ({@link WhatIfOnLeaving}). */
    private WhatIfOnLeaving.Answer whatIfAnswer() {
        return dashboard == null || session == null
                ? WhatIfOnLeaving.Answer.LEAVE
                : WhatIfOnLeaving.ask(session, dashboard.whatIf(), dialogs, messages());
    }

    /** Whether the window may close (nothing asked after this vetoes it): trials the user discards go with it. */
    private boolean whatIfMayGo() {
        WhatIfOnLeaving.Answer answer = whatIfAnswer();
        if (answer == WhatIfOnLeaving.Answer.LEAVE_DISCARDING) {
            dashboard.whatIf().tried().clear();
        }
        return answer != WhatIfOnLeaving.Answer.STAY;
    }

    /** {@code next}, the trials discarded only when it opened: when it did not, the user stays with them. */
    private Optional<FileRoundSession> whatIfOnceLeft(Optional<FileRoundSession> next, WhatIfOnLeaving.Answer answer) {
        return dashboard == null ? next : WhatIfOnLeaving.discardOnceLeft(next, answer, dashboard.whatIf());
    }

    /** Opens another file or round once the "Why?" what-if of this one may go. */
    private void leaveRound(java.util.function.Supplier<Optional<FileRoundSession>> opening) {
        WhatIfOnLeaving.Answer answer = whatIfAnswer();
        if (answer != WhatIfOnLeaving.Answer.STAY) {
            use(() -> whatIfOnceLeft(opening.get(), answer));
        }
    }

    /** The what-if of the round shown, when {@code next} is the same round again (details edited, an import, final). */
    private Optional<WhatIfScratch> sameRoundWhatIf(FileRoundSession next) {
        if (dashboard == null
                || session == null
                || next.roundId() != session.roundId()
                || !next.file().path().equals(session.file().path())) {
            return Optional.empty();
        }
        return Optional.of(dashboard.whatIf());
    }

    private void keepWhatIf(WhatIfScratch before) {
        dashboard.whatIf().tried().putAll(before.tried());
        before.entry().ifPresent(dashboard.whatIf()::keepEntry);
    }
}
