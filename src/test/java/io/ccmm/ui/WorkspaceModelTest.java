package io.ccmm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ccmm.app.CcmmApplication;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Language;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.AuditEntry;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.Theme;
import io.ccmm.ui.main.MainWindow;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Random sequences of what a user does in the window (rate by key and by click, type and replace notes, move around by
 * keys, tree, search and table, undo and redo, switch language, theme, tab and round, start a re-assessment, close and
 * reopen the file, mark an item not applicable with a justification and take that back), checked against a plain model of what the user did: afterwards every rating and note of every round
 * in the file equals the model, and the audit trail holds exactly one entry per changed field.
 *
 * <p>{@code -Dccmm.model.seed=N} replays one seed (its action list is printed when it fails); {@code
 * -Dccmm.model.actions=N} sets the length of a sequence.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceModelTest {

    private static final long[] SEEDS = {11, 2026};
    private static final Set<String> RATING_FIELDS = Set.of("c", "f", "note", "notApplicable", "justification");

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = CcmmApplication.open(stage, TestSessions.empty(), Language.ZH);
    }

    /** One change the user made: the rating before and after, in its round. */
    private record Change(long round, Rating before, Rating after) {}

    /** What the user did and what the file must therefore hold. */
    private static final class Model {
        final Map<Long, Map<Integer, Rating>> rounds = new HashMap<>();
        final Map<Long, Integer> auditEntries = new HashMap<>();
        final Deque<List<Change>> undo = new ArrayDeque<>();
        final Deque<List<Change>> redo = new ArrayDeque<>();

        Rating rating(long round, int item) {
            return rounds.computeIfAbsent(round, r -> new TreeMap<>()).getOrDefault(item, Rating.unrated(item));
        }

        /** The user changed these ratings in one step; unchanged ones are no change at all. */
        void change(long round, List<Rating> updates) {
            List<Change> step = new ArrayList<>();
            for (Rating after : updates) {
                Rating before = rating(round, after.item());
                if (!before.equals(after)) {
                    apply(round, before, after);
                    step.add(new Change(round, before, after));
                }
            }
            if (!step.isEmpty()) {
                undo.push(step);
                redo.clear();
            }
        }

        void apply(long round, Rating before, Rating after) {
            Map<Integer, Rating> ratings = rounds.computeIfAbsent(round, r -> new TreeMap<>());
            if (after.isEmpty()) {
                ratings.remove(after.item());
            } else {
                ratings.put(after.item(), after);
            }
            int fields = (before.c() != after.c() ? 1 : 0)
                    + (before.f() != after.f() ? 1 : 0)
                    + (before.note().equals(after.note()) ? 0 : 1)
                    + (before.notApplicable() != after.notApplicable() ? 1 : 0)
                    + (before.justification().equals(after.justification()) ? 0 : 1);
            auditEntries.merge(round, fields, Integer::sum);
        }

        void undo() {
            if (!undo.isEmpty()) {
                List<Change> step = undo.pop();
                for (int i = step.size() - 1; i >= 0; i--) {
                    Change c = step.get(i);
                    apply(c.round(), c.after(), c.before());
                }
                redo.push(step);
            }
        }

        void redo() {
            if (!redo.isEmpty()) {
                List<Change> step = redo.pop();
                for (Change c : step) {
                    apply(c.round(), c.before(), c.after());
                }
                undo.push(step);
            }
        }

        /** A new view of the file (round switch, re-assessment, reopening): the window's undo history starts anew. */
        void forgetHistory() {
            undo.clear();
            redo.clear();
        }
    }

    @Test
    void randomUserSessionsLeaveExactlyWhatTheUserDidInTheFile(FxRobot robot) throws Exception {
        int actions = Integer.getInteger("ccmm.model.actions", 200);
        String one = System.getProperty("ccmm.model.seed", "");
        long[] seeds = one.isBlank() ? SEEDS : new long[] {Long.parseLong(one.strip())};
        for (long seed : seeds) {
            new Run(robot, seed, actions).run();
        }
    }

    private final class Run {
        private final FxRobot robot;
        private final long seed;
        private final int length;
        private final Random random;
        private final Model model = new Model();
        private final List<String> log = new ArrayList<>();
        private Path path;
        private Path other;
        private boolean typing;

        Run(FxRobot robot, long seed, int length) {
            this.robot = robot;
            this.seed = seed;
            this.length = length;
            this.random = new Random(seed);
        }

        void run() throws Exception {
            long started = System.nanoTime();
            FileRoundSession fresh = TestSessions.empty();
            path = fresh.file().path();
            fresh.file().close();
            FileRoundSession elsewhere = TestSessions.empty();
            other = elsewhere.file().path();
            elsewhere.file().close();
            fx(() -> window.openPath(path));
            System.gc(); // what the views hold only weakly goes now: a view that lost its listener shows stale values
            model.auditEntries.put(round(), 0);
            try {
                for (int i = 0; i < length; i++) {
                    step(i);
                }
                settle();
                check();
            } catch (Throwable t) {
                System.err.println("Model test failed for seed " + seed + " (replay with -Dccmm.model.seed=" + seed
                        + "); actions:\n  " + String.join("\n  ", log));
                throw t;
            }
            timing.forEach((k, t) -> System.out.printf("  %-10s %4d × %6.1f ms%n", k, t[0], t[1] / 1e6 / t[0]));
            System.out.printf(
                    "model test: seed %d, %d actions, %d rounds, %.1f s%n",
                    seed, length, model.rounds.size(), (System.nanoTime() - started) / 1e9);
        }

        private long round() {
            return read(() -> window.session().roundId());
        }

        private int item() {
            return read(() -> window.workspace().currentItem().id());
        }

        private Messages text() {
            return Messages.of(read(window::language));
        }

        private final Map<String, long[]> timing = new TreeMap<>();

        private void step(int i) throws Exception {
            int pick = random.nextInt(106);
            long t0 = System.nanoTime();
            int before = log.size();
            stepKind(pick);
            fx(() -> {});
            String kind = log.size() > before ? log.get(log.size() - 1).split("[ :]")[0] : "none";
            long[] t = timing.computeIfAbsent(kind, k -> new long[2]);
            t[0]++;
            t[1] += System.nanoTime() - t0;
        }

        private void stepKind(int pick) throws Exception {
            if (pick < 24) {
                rateByKey();
            } else if (pick < 35) {
                rateByClick();
            } else if (pick < 46) {
                typeNote();
            } else if (pick < 50) {
                replaceNote();
            } else if (pick < 61) {
                navigateByKey();
            } else if (pick < 66) {
                clickInTree();
            } else if (pick < 69) {
                search();
            } else if (pick < 73) {
                overviewBulk();
            } else if (pick < 82) {
                undo();
            } else if (pick < 87) {
                redo();
            } else if (pick < 89) {
                switchLanguage();
            } else if (pick < 91) {
                switchTheme();
            } else if (pick < 95) {
                switchTab();
            } else if (pick < 97) {
                reassess();
            } else if (pick < 99) {
                switchRound();
            } else if (pick < 100) {
                closeAndReopen();
            } else if (pick < 103) {
                markNotApplicable();
            } else {
                clearNotApplicable();
            }
        }

        /** Runs on the FX thread and waits for it: one round trip, so hundreds of actions stay fast. */
        private void fx(Runnable action) {
            try {
                WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("on the FX thread: " + e, e);
            }
        }

        /**
         * Reads the scene or the window's state on the FX thread and waits for the answer: the FX thread changes the
         * scene graph while the test runs, so a read from the test thread may see it half-changed.
         */
        private <T> T read(java.util.concurrent.Callable<T> query) {
            try {
                return WaitForAsyncUtils.asyncFx(query).get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof AssertionError failure) {
                    throw failure;
                }
                throw new AssertionError("on the FX thread: " + e.getCause(), e.getCause());
            } catch (Exception e) {
                throw new AssertionError("on the FX thread: " + e, e);
            }
        }

        // ---- the user's hands: key and mouse events delivered through the scene (focus, filters, handlers), without
        // the operating system's robot, so that hundreds of actions run in seconds

        private javafx.scene.Scene scene() {
            return stage.getScene();
        }

        private <T extends Node> T find(String query, Class<T> type) {
            return read(
                    () -> robot.from(stage.getScene().getRoot()).lookup(query).queryAs(type));
        }

        /** A key press (and release) where the focus is, as the scene delivers it. */
        private void key(KeyCode code, boolean control) {
            fx(() -> {
                Node target = scene().getFocusOwner() != null ? scene().getFocusOwner() : scene().getRoot();
                for (var type :
                        List.of(javafx.scene.input.KeyEvent.KEY_PRESSED, javafx.scene.input.KeyEvent.KEY_RELEASED)) {
                    javafx.event.Event.fireEvent(
                            target, new javafx.scene.input.KeyEvent(type, "", "", code, false, control, false, false));
                }
            });
        }

        /** Characters typed where the focus is. */
        private void write(String text) {
            fx(() -> {
                Node target = scene().getFocusOwner();
                text.codePoints()
                        .forEach(cp -> javafx.event.Event.fireEvent(
                                target,
                                new javafx.scene.input.KeyEvent(
                                        javafx.scene.input.KeyEvent.KEY_TYPED,
                                        new String(Character.toChars(cp)),
                                        "",
                                        KeyCode.UNDEFINED,
                                        false,
                                        false,
                                        false,
                                        false)));
            });
        }

        /** A click on a node: it takes the focus on press when it can, then acts. */
        private void click(Node node, Runnable action) {
            fx(() -> {
                if (node.isFocusTraversable()) {
                    node.requestFocus();
                }
                action.run();
            });
        }

        private javafx.scene.control.TabPane tabs() {
            return find(".main-tabs", javafx.scene.control.TabPane.class);
        }

        private boolean rateTabShown() {
            javafx.scene.control.TabPane tabs = tabs();
            return read(() -> tabs.getSelectionModel().getSelectedIndex() == 0);
        }

        private void showTab(int index) {
            javafx.scene.control.TabPane tabs = tabs();
            click(tabs, () -> tabs.getSelectionModel().select(index));
        }

        private javafx.scene.control.MenuItem menuItem(String menu, String... path) {
            javafx.scene.control.MenuBar bar = find(".menu-bar", javafx.scene.control.MenuBar.class);
            return read(() -> menuItemOf(bar, menu, path));
        }

        private javafx.scene.control.MenuItem menuItemOf(
                javafx.scene.control.MenuBar bar, String menu, String... path) {
            javafx.scene.control.Menu current = bar.getMenus().stream()
                    .filter(m -> m.getText().equals(menu))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no menu " + menu));
            javafx.scene.control.MenuItem item = current;
            for (String step : path) {
                item = ((javafx.scene.control.Menu) item)
                        .getItems().stream()
                                .filter(i -> step.equals(i.getText()))
                                .findFirst()
                                .orElseThrow(() -> new AssertionError("no menu item " + step));
            }
            return item;
        }

        /** Before a key the user leaves the note or search box (Escape), and shows the Rate tab. */
        private void readyForKeys() {
            if (typing || read(() -> scene().getFocusOwner() instanceof TextInputControl)) {
                key(KeyCode.ESCAPE, false);
                typing = false;
            }
            if (!rateTabShown()) {
                showTab(0);
            }
        }

        private void rateByKey() {
            readyForKeys();
            boolean method = random.nextBoolean();
            int which = random.nextInt(3);
            Rate rate = List.of(Rate.FULL, Rate.PARTIAL, Rate.NONE).get(which);
            KeyCode code = method
                    ? List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3).get(which)
                    : List.of(KeyCode.Q, KeyCode.W, KeyCode.E).get(which);
            long round = round();
            int item = item();
            log.add("key " + code + " on item " + item);
            key(code, false);
            Rating before = model.rating(round, item);
            model.change(round, List.of(method ? before.withC(rate) : before.withF(rate)));
        }

        private void rateByClick() {
            if (!rateTabShown()) {
                showTab(0);
            }
            boolean method = random.nextBoolean();
            int which = random.nextInt(3);
            Rate rate = List.of(Rate.FULL, Rate.PARTIAL, Rate.NONE).get(which);
            String id =
                    (method ? "#c" : "#f") + List.of("Full", "Partial", "None").get(which);
            long round = round();
            int item = item();
            log.add("click " + id + " on item " + item + (typing ? " (while typing)" : ""));
            javafx.scene.control.ToggleButton button = find(id, javafx.scene.control.ToggleButton.class);
            click(button, button::fire);
            Rating before = model.rating(round, item);
            Rate now = method ? before.c() : before.f();
            // A pressed button pressed again takes the rating back.
            Rate result = now == rate ? Rate.UNRATED : rate;
            model.change(round, List.of(method ? before.withC(result) : before.withF(result)));
        }

        private void startNote() {
            if (typing) {
                key(KeyCode.ESCAPE, false);
                typing = false;
            }
            if (!rateTabShown()) {
                showTab(0);
            }
            Node note = find(".note-area", Node.class);
            click(note, () -> {});
        }

        private void typeNote() {
            startNote();
            long round = round();
            int item = item();
            String words = random.nextBoolean() ? "记" + random.nextInt(100) : "n" + random.nextInt(100);
            log.add("type note '" + words + "' on item " + item);
            key(KeyCode.END, true);
            write(words);
            typing = true;
            Rating before = model.rating(round, item);
            model.change(round, List.of(before.withNote(before.note() + words)));
        }

        private void replaceNote() {
            startNote();
            long round = round();
            int item = item();
            String words = random.nextInt(3) == 0 ? "" : "改" + random.nextInt(100);
            log.add("replace note with '" + words + "' on item " + item);
            key(KeyCode.A, true);
            if (words.isEmpty()) {
                key(KeyCode.BACK_SPACE, false);
            } else {
                write(words);
            }
            typing = true;
            model.change(round, List.of(model.rating(round, item).withNote(words)));
        }

        /** X on an applicable item asks for a justification: the user writes one and confirms, or cancels. */
        private void markNotApplicable() throws Exception {
            readyForKeys();
            long round = round();
            int item = item();
            Rating before = model.rating(round, item);
            if (before.notApplicable()) {
                clearNotApplicable();
                return;
            }
            if (!read(() -> window.workspace().notApplicableAllowed())) {
                log.add("na-refused: the rules allow no N/A (item " + item + ")");
                return;
            }
            boolean confirm = random.nextInt(5) != 0;
            String why = "不适用" + random.nextInt(100);
            log.add("na-mark: key X, justification '" + why + "' " + (confirm ? "OK" : "Cancel") + " on item " + item);
            Platform.runLater(() -> {
                Node target = scene().getFocusOwner() != null ? scene().getFocusOwner() : scene().getRoot();
                for (var type :
                        List.of(javafx.scene.input.KeyEvent.KEY_PRESSED, javafx.scene.input.KeyEvent.KEY_RELEASED)) {
                    javafx.event.Event.fireEvent(
                            target,
                            new javafx.scene.input.KeyEvent(type, "", "", KeyCode.X, false, false, false, false));
                }
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> read(this::dialog) != null);
            DialogPane pane = read(this::dialog);
            fx(() -> {
                ((TextInputControl) pane.lookup(".text-field")).setText(why);
                ((Button) (confirm ? TestDialogs.ok(pane) : TestDialogs.cancel(pane))).fire();
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> read(this::dialog) == null);
            if (confirm) {
                model.change(round, List.of(before.withNotApplicable(why)));
            }
        }

        /** X on an N/A item makes it applicable (unrated) again; the user first goes to one when the card has none. */
        private void clearNotApplicable() {
            long round = round();
            List<Integer> notApplicable = model.rounds.getOrDefault(round, Map.of()).values().stream()
                    .filter(Rating::notApplicable)
                    .map(Rating::item)
                    .toList();
            if (notApplicable.isEmpty()) {
                log.add("na-none: no N/A item to take back");
                return;
            }
            readyForKeys();
            if (!model.rating(round, item()).notApplicable()) {
                int to = notApplicable.get(random.nextInt(notApplicable.size()));
                log.add("na-goto " + to);
                fx(() -> window.workspace().select(to));
            }
            int item = item();
            log.add("na-clear: key X on item " + item);
            key(KeyCode.X, false);
            Rating before = model.rating(round, item);
            model.change(round, List.of(before.withApplicable()));
        }

        private void navigateByKey() {
            readyForKeys();
            KeyCode code = List.of(KeyCode.J, KeyCode.K, KeyCode.N).get(random.nextInt(3));
            log.add("key " + code);
            key(code, false);
        }

        @SuppressWarnings("unchecked")
        private void clickInTree() {
            if (!rateTabShown()) {
                showTab(0);
            }
            javafx.scene.control.TreeView<Object> tree = find(".navigator", javafx.scene.control.TreeView.class);
            List<javafx.scene.control.TreeItem<Object>> items = read(() -> {
                List<javafx.scene.control.TreeItem<Object>> leaves = new ArrayList<>();
                for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                    var node = tree.getTreeItem(row);
                    if (node != null && node.isLeaf()) {
                        leaves.add(node);
                    }
                }
                return leaves;
            });
            if (items.isEmpty()) {
                return;
            }
            var target = items.get(random.nextInt(items.size()));
            boolean wasTyping = typing;
            click(tree, () -> tree.getSelectionModel().select(target));
            log.add("click in tree on item " + item() + (wasTyping ? " (while typing)" : ""));
            typing = false;
        }

        private void search() {
            if (typing) {
                key(KeyCode.ESCAPE, false);
                typing = false;
            }
            if (!rateTabShown()) {
                showTab(0);
            }
            int item = 1 + random.nextInt(170);
            log.add("search " + item + " and Enter");
            Node field = find(".search-field", Node.class);
            click(field, () -> {});
            key(KeyCode.A, true);
            write(String.valueOf(item));
            key(KeyCode.ENTER, false);
            assertEquals(item, item(), "Enter opens the one item found");
            // Back to every item: the user empties the search box.
            click(field, () -> {});
            key(KeyCode.A, true);
            key(KeyCode.BACK_SPACE, false);
            key(KeyCode.ESCAPE, false);
        }

        @SuppressWarnings("unchecked")
        private void overviewBulk() {
            showTab(1);
            typing = false;
            TableView<AssessmentItem> table = find(".overview-table", TableView.class);
            int first = random.nextInt(20);
            int count = 1 + random.nextInt(3);
            fx(() -> {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().selectRange(first, first + count);
            });
            List<Integer> ids = read(() -> table.getSelectionModel().getSelectedItems().stream()
                    .map(AssessmentItem::id)
                    .toList());
            String id = List.of("#setC10", "#setC5", "#setC0", "#setF10", "#setF5", "#setF0", "#clearRating")
                    .get(random.nextInt(7));
            log.add("overview " + id + " on " + ids);
            Button button = find(id, Button.class);
            click(button, button::fire);
            long round = round();
            List<Rating> updates = new ArrayList<>();
            for (int item : ids) {
                Rating r = model.rating(round, item);
                updates.add(
                        switch (id) {
                            case "#setC10" -> r.withC(Rate.FULL);
                            case "#setC5" -> r.withC(Rate.PARTIAL);
                            case "#setC0" -> r.withC(Rate.NONE);
                            case "#setF10" -> r.withF(Rate.FULL);
                            case "#setF5" -> r.withF(Rate.PARTIAL);
                            case "#setF0" -> r.withF(Rate.NONE);
                            default -> r.withC(Rate.UNRATED).withF(Rate.UNRATED);
                        });
            }
            model.change(round, updates);
        }

        private void undo() {
            readyForKeys();
            log.add("Ctrl+Z");
            key(KeyCode.Z, true);
            model.undo();
        }

        private void redo() {
            readyForKeys();
            log.add("Ctrl+Y");
            key(KeyCode.Y, true);
            model.redo();
        }

        private void switchLanguage() {
            Messages m = text();
            String to = read(window::language) == Language.ZH ? m.get("language.en") : m.get("language.zh");
            log.add("language → " + to + (typing ? " (while typing)" : ""));
            var item = menuItem(m.get("menu.view"), m.get("menu.view.language"), to);
            fx(item::fire);
            typing = false;
        }

        private void switchTheme() {
            Messages m = text();
            String to = read(window::theme) == Theme.DARK ? "menu.view.theme.light" : "menu.view.theme.dark";
            log.add("theme → " + to);
            var item = menuItem(m.get("menu.view"), m.get("menu.view.theme"), m.get(to));
            fx(item::fire);
        }

        private void switchTab() {
            int tab = random.nextInt(3);
            log.add("tab " + tab + (typing ? " (while typing)" : ""));
            showTab(tab);
            typing = false;
        }

        private void reassess() throws Exception {
            Messages m = text();
            log.add("new re-assessment round" + (typing ? " (while typing)" : ""));
            long from = round();
            var item = menuItem(m.get("menu.round"), m.get("menu.round.new"));
            Platform.runLater(item::fire);
            typing = false;
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> read(this::dialog) != null);
            DialogPane pane = read(this::dialog);
            fx(() -> ((Button) TestDialogs.ok(pane)).fire());
            WaitForAsyncUtils.waitForFxEvents();
            long copy = round();
            model.rounds.put(copy, new TreeMap<>(model.rounds.getOrDefault(from, Map.of())));
            // What the copy itself wrote into the audit trail is the file's business; the user's changes come on top.
            model.auditEntries.put(copy, ratingAudit(read(() -> window.session().file()), copy));
            model.forgetHistory();
        }

        private DialogPane dialog() {
            return Window.getWindows().stream()
                    .filter(w -> w.isShowing()
                            && w.getScene() != null
                            && w.getScene().getRoot() instanceof DialogPane)
                    .map(w -> (DialogPane) w.getScene().getRoot())
                    .findFirst()
                    .orElse(null);
        }

        private void switchRound() throws Exception {
            List<Long> ids = read(() -> window.documents().current().orElseThrow().rounds().stream()
                    .map(r -> r.id())
                    .toList());
            long to = ids.get(random.nextInt(ids.size()));
            log.add("switch to round " + to + (typing ? " (while typing)" : ""));
            fx(() -> window.switchRound(to));
            typing = false;
            model.forgetHistory();
        }

        private void closeAndReopen() {
            log.add("close the file (open another) and reopen it" + (typing ? " (while typing)" : ""));
            fx(() -> window.openPath(other));
            fx(() -> window.openPath(path));
            typing = false;
            model.forgetHistory();
        }

        private void settle() {
            if (typing) {
                key(KeyCode.ESCAPE, false);
                typing = false;
            }
            fx(window::flushEdits);
        }

        private void check() throws Exception {
            AssessmentFile file = read(() -> window.session().file());
            for (var round : file.rounds()) {
                Map<Integer, Rating> expected = model.rounds.getOrDefault(round.id(), Map.of());
                assertEquals(
                        new TreeMap<>(expected),
                        new TreeMap<>(file.ratings(round.id())),
                        "ratings and notes of round " + round.id());
                assertEquals(
                        model.auditEntries.getOrDefault(round.id(), 0),
                        ratingAudit(file, round.id()),
                        "audit entries of round " + round.id());
            }
            // What the navigator shows for the open round's items in view is what the user did.
            showTab(0);
            System.gc(); // a listener only weakly held would be gone now, not some time later
            Map<Integer, Rating> open = model.rounds.getOrDefault(round(), Map.of());
            Node tree = find(".navigator", Node.class);
            Map<Integer, String> shown = read(() -> navigatorChips(tree));
            assertFalse(shown.isEmpty(), "the navigator shows items");
            shown.forEach((item, chip) -> {
                Rating r = open.getOrDefault(item, Rating.unrated(item));
                if (!r.notApplicable()) {
                    assertEquals(
                            r.isRated() ? String.valueOf(r.points()) : "·", chip, "navigator points of item " + item);
                }
            });
        }

        /** The points shown beside each item row of the navigator now in view (item id → the chip's text). */
        private Map<Integer, String> navigatorChips(Node tree) {
            Map<Integer, String> chips = new TreeMap<>();
            tree.applyCss();
            ((javafx.scene.Parent) tree).layout();
            for (Node n : tree.lookupAll(".tree-cell")) {
                if (n instanceof javafx.scene.control.TreeCell<?> cell
                        && cell.isVisible()
                        && !cell.isEmpty()
                        && cell.getText() != null
                        && cell.getText().matches("\\d+\\s.*")) {
                    javafx.scene.control.Labeled chip = NavigatorChipsTest.chipOf(cell);
                    chips.put(Integer.parseInt(cell.getText().split("\\s")[0]), chip.getText());
                }
            }
            return chips;
        }
    }

    private static int ratingAudit(AssessmentFile file, long round) throws Exception {
        List<AuditEntry> trail = file.auditTrail(round);
        return (int) trail.stream()
                .filter(e -> e.item().isPresent() && RATING_FIELDS.contains(e.field()))
                .count();
    }

    static {
        // Nothing in this test may wait on a modal dialog it did not open itself.
        Platform.setImplicitExit(false);
    }
}
