package io.ccmm.ui.questionnaire;

import io.ccmm.catalog.Language;
import io.ccmm.questionnaire.QuestionnaireException;
import io.ccmm.questionnaire.QuestionnaireText;
import io.ccmm.questionnaire.Questionnaires;
import io.ccmm.storage.AssignedScope;
import io.ccmm.storage.StorageException;
import io.ccmm.storage.StorageText;
import io.ccmm.team.MergePlan;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.TaskExecutor;
import io.ccmm.ui.team.TeamHost;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** File › Questionnaire: Export… writes the current round's questionnaire; Import answers… merges a filled one. */
public final class QuestionnaireMenu {

    private final TeamHost window;
    private final TaskExecutor tasks;

    private QuestionnaireMenu(TeamHost window, TaskExecutor tasks) {
        this.window = window;
        this.tasks = tasks;
    }

    /** Fills {@code menu} with the questionnaire commands of {@code window}; the work runs on {@code tasks}. */
    public static void install(Menu menu, TeamHost window, TaskExecutor tasks) {
        QuestionnaireMenu q = new QuestionnaireMenu(window, tasks);
        Locale locale = window.teamMessages().language().locale();
        menu.setText(QuestionnaireText.get("questionnaire.menu", locale));
        MenuItem export = new MenuItem(QuestionnaireText.get("questionnaire.menu.export", locale));
        export.setId("questionnaireExport");
        export.setOnAction(e -> q.export());
        MenuItem importAnswers = new MenuItem(QuestionnaireText.get("questionnaire.menu.import", locale));
        importAnswers.setId("questionnaireImport");
        importAnswers.setOnAction(e -> q.importAnswers());
        menu.getItems().setAll(export, importAnswers);
    }

    private Language language() {
        return window.teamMessages().language();
    }

    private String text(String key, Object... args) {
        return QuestionnaireText.get(key, language().locale(), args);
    }

    private DialogService dialogs() {
        return window.teamDialogs();
    }

    void export() {
        FileRoundSession session = window.session();
        if (session == null) {
            return;
        }
        String title = text("questionnaire.export.title");
        QuestionnaireExportViewModel form = new QuestionnaireExportViewModel(
                session.catalog(), session.roundId(), language(), assigned(session), assessors(session));
        Optional<QuestionnaireExportDialog.Answer> answer = QuestionnaireExportDialog.show(
                window.teamOwner(),
                window.teamMessages(),
                dialogs(),
                form,
                session.file().path().toAbsolutePath().getParent());
        if (answer.isEmpty()) {
            return;
        }
        window.flushEdits();
        Path out = answer.get().target();
        tasks.run(
                () -> Questionnaires.export(session.file(), answer.get().request(), out),
                done -> dialogs()
                        .info(
                                title,
                                text(
                                                "questionnaire.exported",
                                                out,
                                                done.round().title(),
                                                String.valueOf(done.items()),
                                                String.valueOf(done.sheets()))
                                        + "\n"
                                        + text(
                                                done.recorded()
                                                        ? "questionnaire.exported.recorded"
                                                        : "questionnaire.exported.notRecorded")),
                failure -> dialogs().error(title, describe(failure)));
    }

    /** The items assigned to this file when it is a field copy of the round shown ("" otherwise). */
    private static String assigned(FileRoundSession session) {
        try {
            String roundUid = session.file().round(session.roundId()).uid();
            return session.file()
                    .fieldCopyHeader()
                    .filter(h -> h.roundUid().equalsIgnoreCase(roundUid))
                    .map(h -> h.scope())
                    .orElse("");
        } catch (StorageException e) {
            return "";
        }
    }

    /** The round's assessors with the items assigned to them (the field copies handed out; none when unreadable). */
    private static List<AssignedScope> assessors(FileRoundSession session) {
        try {
            return session.file().assignedScopes(session.roundId());
        } catch (StorageException e) {
            return List.of();
        }
    }

    void importAnswers() {
        FileRoundSession session = window.session();
        if (session == null) {
            return;
        }
        String title = text("questionnaire.import.title");
        Optional<Path> workbook = dialogs().chooseFileToOpen(title, text("questionnaire.fileType"), "*.xlsx");
        if (workbook.isEmpty()) {
            return;
        }
        window.flushEdits();
        long roundId = session.roundId();
        tasks.run(
                () -> Questionnaires.importAnswers(workbook.get(), session.file(), OptionalLong.of(roundId)),
                done -> {
                    window.switchRound(roundId);
                    MergePlan plan = done.plan();
                    dialogs()
                            .info(
                                    title,
                                    text(
                                                    "questionnaire.import.done",
                                                    String.valueOf(plan.merged().size()),
                                                    String.valueOf(
                                                            plan.unchanged().size()),
                                                    String.valueOf(
                                                            plan.conflicts().size()))
                                            + "\n"
                                            + QuestionnaireText.handout(
                                                    done.handout(), language().locale()));
                },
                failure -> dialogs().error(title, describe(failure)));
    }

    private String describe(Throwable failure) {
        Locale locale = language().locale();
        if (failure instanceof QuestionnaireException e) {
            return QuestionnaireText.describe(e, locale);
        }
        if (failure instanceof StorageException e) {
            return StorageText.describe(e, locale);
        }
        return String.valueOf(failure.getMessage());
    }
}
