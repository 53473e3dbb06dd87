package io.ccmm.ui.workspace;

import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.storage.AuthorNote;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.ViewLifetime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * "Notes by rater" on the item card: in a merged team assessment each rater's note on the item (kept per author, FORMATS.md
 * "Notes are kept per author"), shown under the item's own note where the user rates, not only in the conflict view.
 * The section is there only while the item has a rater's note that the item's own note does not already say.
 */
final class AuthorNotesView {

    private final VBox box = new VBox(4);
    private final Label title;
    private final Map<Integer, List<AuthorNote>> byItem;
    private final WorkspaceViewModel vm;
    private final Messages messages;

    private AuthorNotesView(WorkspaceViewModel vm, Messages messages, List<AuthorNote> notes) {
        this.vm = vm;
        this.messages = messages;
        this.byItem = notes.stream().filter(n -> !n.note().isBlank()).collect(Collectors.groupingBy(AuthorNote::item));
        this.title = new Label(messages.get("workspace.authorNotes.title"));
        title.getStyleClass().add("section-title");
        box.getStyleClass().add("author-notes");
        box.setId("author-notes");
    }

    /**
     * Puts the section right after {@code noteArea} in the card and keeps it on the current item for the view's
     * lifetime. The notes are read once per view: a merge switches the round, which builds the views again.
     */
    static void addAfter(Node noteArea, WorkspaceViewModel vm, Messages messages, ViewLifetime lifetime) {
        List<AuthorNote> notes = vm.session().authorNotes();
        if (notes.isEmpty() || !(noteArea.getParent() instanceof Pane card)) {
            return; // a file of one rater: nothing to show, nothing added to the card
        }
        AuthorNotesView view = new AuthorNotesView(vm, messages, notes);
        card.getChildren().add(card.getChildren().indexOf(noteArea) + 1, view.box);
        lifetime.onChange(vm.currentItemProperty(), view::show);
        view.show(vm.currentItem());
    }

    private void show(AssessmentItem item) {
        List<AuthorNote> notes = item == null ? List.of() : byItem.getOrDefault(item.id(), List.of());
        Rating own = item == null ? null : vm.rating(item.id());
        boolean tellsMore = notes.stream()
                .anyMatch(
                        n -> own == null || !n.note().strip().equals(own.note().strip()));
        box.getChildren().clear();
        box.setVisible(tellsMore);
        box.setManaged(tellsMore);
        if (!tellsMore) {
            return;
        }
        box.getChildren().add(title);
        for (AuthorNote n : notes) {
            Label line = new Label(messages.get("workspace.authorNotes.line", n.author(), n.note()));
            line.getStyleClass().add("author-note");
            line.setWrapText(true);
            box.getChildren().add(line);
        }
    }
}
