package io.ccmm.ui.team;

import io.ccmm.catalog.Catalog;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.FieldCopyHeader;
import io.ccmm.storage.StorageException;
import io.ccmm.storage.StorageText;
import io.ccmm.team.Scope;
import io.ccmm.team.TeamException;
import io.ccmm.team.TeamFiles;
import io.ccmm.team.TeamText;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

/** File › Team: hand out and merge field copies, conflicts, agreement, sign-off; and the field copy's status. */
public final class TeamMenu {

    private final TeamHost window;

    private TeamMenu(TeamHost window) {
        this.window = window;
    }

    /** Fills {@code menu} with the team commands of {@code window}. */
    public static void install(Menu menu, TeamHost window) {
        TeamMenu team = new TeamMenu(window);
        Messages m = window.teamMessages();
        menu.getItems()
                .setAll(
                        item(m.get("team.menu.handOut"), team::handOut),
                        item(m.get("team.menu.merge"), team::merge),
                        item(m.get("team.menu.conflicts"), team::conflicts),
                        item(m.get("team.menu.agreement"), team::agreement),
                        item(m.get("team.menu.flag"), () -> ReviewFlow.flag(window)),
                        item(m.get("team.menu.reviewed"), () -> ReviewFlow.reviewed(window)),
                        item(m.get("team.menu.signOff"), team::signOff));
    }

    /** In a field copy, the status bar names the assessor and the scope; in a master, the open conflicts. */
    public static void markFieldCopy(Label status, TeamHost window) {
        FileRoundSession session = window.session();
        if (session == null) {
            return;
        }
        try {
            Optional<FieldCopyHeader> header = session.file().fieldCopyHeader();
            header.ifPresent(h -> status.setText(status.getText() + "  ·  "
                    + window.teamMessages()
                            .get(
                                    "team.status.fieldCopy",
                                    h.assessor(),
                                    h.scope().isEmpty() ? "*" : h.scope())));
            long open = session.file().conflicts(session.roundId()).stream()
                    .filter(c -> !c.resolved())
                    .count();
            if (open > 0) {
                status.setText(status.getText() + "  ·  "
                        + window.teamMessages().get("team.status.conflicts", String.valueOf(open)));
            }
        } catch (StorageException e) {
            // the status stays as it is
        }
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private Messages m() {
        return window.teamMessages();
    }

    private DialogService dialogs() {
        return window.teamDialogs();
    }

    private void handOut() {
        FileRoundSession session = window.session();
        if (session == null) {
            return;
        }
        Messages m = m();
        AssessmentFile file = session.file();
        Optional<String> assessor = dialogs().askText(m.get("team.handOut.title"), m.get("team.handOut.assessor"), "");
        if (assessor.isEmpty() || assessor.get().isBlank()) {
            return;
        }
        Optional<String> modules = dialogs().askText(m.get("team.handOut.title"), m.get("team.handOut.modules"), "");
        if (modules.isEmpty()) {
            return;
        }
        Path folder = file.path().getParent();
        Optional<Path> out = dialogs()
                .chooseFileToSave(
                        m.get("team.handOut.title"), folder, assessor.get().strip() + ".ccmm", "CCMM", "*.ccmm");
        if (out.isEmpty()) {
            return;
        }
        try {
            Catalog catalog = session.catalog();
            Scope scope = modules.get().isBlank() ? Scope.ALL : Scope.ofModules(modules.get(), catalog);
            TeamFiles.HandOut done =
                    TeamFiles.handOut(file, OptionalLong.of(session.roundId()), assessor.get(), scope, out.get());
            dialogs().info(m.get("team.handOut.title"), m.get("team.handOut.done", done.assessor(), out.get()));
        } catch (TeamException e) {
            dialogs()
                    .error(
                            m.get("team.handOut.title"),
                            TeamText.describe(e, m.language().locale()));
        }
    }

    private void merge() {
        MergeFlow.run(window);
    }

    /** The dashboard of a round with open conflicts says how many remain and opens the conflict view. */
    public static void markDashboard(io.ccmm.ui.dashboard.DashboardController dashboard, TeamHost window) {
        FileRoundSession session = window.session();
        if (session != null) {
            dashboard.showConflicts(session.teamMarks().conflicts().size(), () -> new TeamMenu(window).conflicts());
        }
    }

    private void conflicts() {
        FileRoundSession session = window.session();
        if (session == null) {
            return;
        }
        long roundId = session.roundId();
        Stage stage = ConflictView.show(window.teamOwner(), new ConflictViewModel(session.file(), roundId), m());
        stage.setOnHidden(e -> window.switchRound(roundId));
    }

    private void agreement() {
        FileRoundSession session = window.session();
        if (session == null) {
            return;
        }
        try {
            AgreementView.show(window.teamOwner(), session.file(), session.roundId(), session.catalog(), m());
        } catch (StorageException e) {
            dialogs()
                    .error(
                            m().get("team.agreement.title"),
                            StorageText.describe(e, m().language().locale()));
        }
    }

    private void signOff() {
        FileRoundSession session = window.session();
        if (session == null) {
            return;
        }
        Messages m = m();
        Optional<String> reviewer = dialogs().askText(m.get("team.signOff.title"), m.get("team.signOff.reviewer"), "");
        if (reviewer.isEmpty() || reviewer.get().isBlank()) {
            return;
        }
        Optional<String> statement = dialogs()
                .askText(
                        m.get("team.signOff.title"),
                        m.get("team.signOff.statement"),
                        m.get("team.signOff.defaultStatement"));
        if (statement.isEmpty() || statement.get().isBlank()) {
            return;
        }
        try {
            session.file()
                    .signOff(session.roundId(), reviewer.get(), LocalDate.now().toString(), statement.get());
            dialogs()
                    .info(
                            m.get("team.signOff.title"),
                            m.get("team.signOff.done", reviewer.get().strip()));
        } catch (StorageException e) {
            dialogs()
                    .error(
                            m.get("team.signOff.title"),
                            StorageText.describe(e, m.language().locale()));
        }
    }
}
