package io.ccmm.ui.plan;

import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;

/**
 * The plan window's forms that can hold typed text not yet in the file (a finding or an action typed and not added, a
 * selected one changed and not saved). Before the window closes the user is asked, form by form, to add (or save) it,
 * discard it, or stay; nothing typed goes without the user saying so. The file has no place for half-typed entries, so
 * they are not kept as drafts.
 */
final class UnfinishedForms {

    /**
     * What a form holds that is not in the file: the question, the label of the button that keeps it, and that button
     * (keeping it is exactly what the user's click would do, refusals included).
     */
    record Unfinished(Tab tab, String question, String keepLabel, Button keep) {

        /** What a form holds when {@code pending}, else nothing. */
        static Optional<Unfinished> when(boolean pending, Tab tab, String question, String keepLabel, Button keep) {
            return pending ? Optional.of(new Unfinished(tab, question, keepLabel, keep)) : Optional.empty();
        }
    }

    private final List<Supplier<Optional<Unfinished>>> forms = new ArrayList<>();
    private final Messages m;
    private final DialogService dialogs;

    UnfinishedForms(Messages messages, DialogService dialogs) {
        this.m = messages;
        this.dialogs = dialogs;
    }

    /** Adds a form; {@code state} says what it holds that is not in the file, empty when nothing. */
    void add(Supplier<Optional<Unfinished>> state) {
        forms.add(state);
    }

    /**
     * Asks about each unfinished form in turn; true when the window may close (everything kept or discarded), false
     * when the user chose to stay or keeping an entry was refused (the refusal has been said; the text stays).
     */
    boolean mayClose() {
        for (Supplier<Optional<Unfinished>> form : forms) {
            Optional<Unfinished> pending = form.get();
            if (pending.isEmpty()) {
                continue;
            }
            Unfinished u = pending.get();
            if (u.tab().getTabPane() != null) {
                u.tab().getTabPane().getSelectionModel().select(u.tab());
            }
            int answer = dialogs.choose(
                    m.get("plan.title"),
                    u.question(),
                    List.of(u.keepLabel(), m.get("plan.unfinished.discard"), m.get("button.cancel")));
            if (answer == 1) {
                continue;
            }
            if (answer != 0) {
                return false;
            }
            u.keep().fire();
            if (form.get().isPresent()) {
                return false; // refused: the user has been told why, and the text is still there
            }
        }
        return true;
    }
}
