package io.ccmm.ui.portfolio;

import io.ccmm.library.Library;
import io.ccmm.library.LibraryException;
import io.ccmm.ui.common.DialogButtons;
import io.ccmm.ui.common.Messages;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * One dialog for a team library: URL, user, an optional password for this session only, and "Test connection" (in the
 * background). OK checks the fields without the network, remembers URL and user, and hands back the library.
 */
final class LibraryDialog {

    private LibraryDialog() {}

    /** Shows the dialog; the library named when the user confirms (the caller closes it), else empty. */
    static Optional<Library> show(Window owner, Messages messages, LibraryLogin login, String titleKey, String okKey) {
        Dialog<ButtonType> dialog = build(owner, messages, login, titleKey, okKey);
        try {
            Optional<ButtonType> answer = dialog.showAndWait();
            if (answer.isEmpty() || answer.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) {
                return Optional.empty();
            }
            login.remember();
            return Optional.of(login.library());
        } catch (LibraryException e) {
            return Optional.empty(); // OK is refused while the fields name no library
        } finally {
            login.clearPassword();
        }
    }

    static Dialog<ButtonType> build(
            Window owner, Messages messages, LibraryLogin login, String titleKey, String okKey) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(messages.get("library.dialog.header"));
        ButtonType ok = new ButtonType(messages.get(okKey), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(messages));
        dialog.getDialogPane().getStyleClass().add("library-dialog");

        TextField url = new TextField();
        url.setId("library-url");
        url.textProperty().bindBidirectional(login.url());
        TextField user = new TextField();
        user.setId("library-user");
        user.textProperty().bindBidirectional(login.user());
        PasswordField password = new PasswordField();
        password.setId("library-password");
        password.setPromptText(messages.get("library.dialog.password.prompt"));
        password.textProperty().addListener((o, a, b) -> login.setPassword(b.toCharArray()));
        Label hint = new Label(messages.get("library.dialog.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("dialog-hint");
        Button test = new Button(messages.get("library.dialog.test"));
        test.setId("library-test");
        test.disableProperty().bind(login.testing());
        test.setOnAction(e -> login.test());
        Label status = new Label();
        status.setId("library-status");
        status.setWrapText(true);
        status.textProperty().bind(login.status());

        GridPane grid = io.ccmm.ui.common.FormGrid.of(380);
        grid.addRow(0, new Label(messages.get("library.dialog.url")), url);
        grid.addRow(1, new Label(messages.get("library.dialog.user")), user);
        grid.addRow(2, new Label(messages.get("library.dialog.password")), password);
        grid.add(hint, 0, 3, 2, 1);
        grid.add(test, 0, 4);
        grid.add(status, 1, 4);
        status.setMaxWidth(460);
        dialog.getDialogPane().setContent(grid);

        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.addEventFilter(ActionEvent.ACTION, e -> login.problem().ifPresent(words -> {
            login.status().set(words);
            e.consume();
        }));
        dialog.setOnShown(
                e -> (login.url().get().length() > "jdbc:postgresql://".length() ? user : url).requestFocus());
        return dialog;
    }
}
