package io.ccmm.ui.team;

import io.ccmm.catalog.Language;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.stage.Stage;

/**
 * The window as the team (and questionnaire) menus see it, in Chinese, with dialogs answered by the test and what it was
 * asked kept.
 */
public final class TestTeamHost implements TeamHost {

    public FileRoundSession session;
    public OptionalInt current = OptionalInt.empty();
    public Stage owner;
    public final Dialogs dialogs = new Dialogs();
    public final List<Long> switched = new ArrayList<>();
    public final List<Integer> shown = new ArrayList<>();

    @Override
    public FileRoundSession session() {
        return session;
    }

    @Override
    public Stage teamOwner() {
        return owner;
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

    /** Dialogs answered from fields the test sets; files to open or save are taken from queues, else none. */
    public static final class Dialogs implements DialogService {
        public List<Path> chosen = List.of();
        public boolean answer;
        public Optional<String> text = Optional.empty();
        public final Deque<Path> toOpen = new ArrayDeque<>();
        public final Deque<Path> toSave = new ArrayDeque<>();
        public final List<String> confirmed = new ArrayList<>();
        public final List<String> infos = new ArrayList<>();
        public final List<String> errors = new ArrayList<>();
        public final List<String> asked = new ArrayList<>();
        public final List<String> suggested = new ArrayList<>();

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
            return Optional.ofNullable(toOpen.poll());
        }

        @Override
        public Optional<Path> chooseFileToSave(
                String title, Path initialDirectory, String initialName, String filterName, String pattern) {
            suggested.add(initialName);
            return Optional.ofNullable(toSave.poll());
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
