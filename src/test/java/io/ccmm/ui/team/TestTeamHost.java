package io.ccmm.ui.team;

import io.ccmm.catalog.Language;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.stage.Stage;

/** The window as the team menu sees it, in Chinese, with dialogs answered by the test and what it was asked kept. */
final class TestTeamHost implements TeamHost {

    FileRoundSession session;
    OptionalInt current = OptionalInt.empty();
    final Dialogs dialogs = new Dialogs();
    final List<Long> switched = new ArrayList<>();
    final List<Integer> shown = new ArrayList<>();

    @Override
    public FileRoundSession session() {
        return session;
    }

    @Override
    public Stage teamOwner() {
        return null;
    }

    @Override
    public Messages teamMessages() {
        return Messages.of(Language.ZH);
    }

    @Override
    public DialogService teamDialogs() {
        return dialogs;
    }

    @Override
    public void switchRound(long roundId) {
        switched.add(roundId);
    }

    @Override
    public void flushEdits() {}

    @Override
    public OptionalInt currentItem() {
        return current;
    }

    @Override
    public void showItem(int item) {
        shown.add(item);
    }

    static final class Dialogs implements DialogService {
        List<Path> chosen = List.of();
        boolean answer;
        Optional<String> text = Optional.empty();
        final List<String> confirmed = new ArrayList<>();
        final List<String> infos = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public List<Path> chooseFilesToOpen(String title, String filterName, String... patterns) {
            return chosen;
        }

        @Override
        public boolean confirm(String title, String message) {
            confirmed.add(message);
            return answer;
        }

        @Override
        public void error(String title, String message) {
            errors.add(message);
        }

        @Override
        public void info(String title, String message) {
            infos.add(message);
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, String filterName, String... patterns) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(
                String title, Path initialDirectory, String initialName, String filterName, String pattern) {
            return Optional.empty();
        }

        @Override
        public void openExternally(Path file) {}

        @Override
        public Optional<String> askText(String title, String message, String initial) {
            asked.add(message + " [" + initial + "]");
            return text;
        }
    }
}
