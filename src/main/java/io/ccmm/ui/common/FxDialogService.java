package io.ccmm.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Consumer<String> showDocument;
    private final Supplier<Messages> messages;

    public FxDialogService(Supplier<Window> owner, Consumer<String> showDocument, Supplier<Messages> messages) {
        this.owner = owner;
        this.showDocument = showDocument;
        this.messages = messages;
    }

    @Override
    public void openExternally(Path file) {
        showDocument.accept(file.toUri().toString());
    }

    /**
     * The window a dialog belongs to; empty before the main window is shown (start-up: a file in use, a file that is
     * not an assessment), when the dialog stands on its own with the app's icon.
     */
    private Optional<Window> shownOwner() {
        Window w = owner.get();
        return w != null && w.isShowing() ? Optional.of(w) : Optional.empty();
    }

    private void own(javafx.scene.control.Dialog<?> dialog) {
        Optional<Window> shown = shownOwner();
        shown.ifPresent(dialog::initOwner);
        dialog.setOnShowing(e -> {
            javafx.scene.Scene scene = dialog.getDialogPane().getScene();
            if (scene == null) {
                return;
            }
            Theme.addAppStylesheet(scene);
            if (shown.isEmpty() && scene.getWindow() instanceof javafx.stage.Stage stage) {
                AppIcons.apply(stage);
            }
        });
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert a = new Alert(type, message, buttons);
        own(a);
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        a.getDialogPane().setPrefWidth(560);
        a.getDialogPane().getStyleClass().add("app-dialog");
        return a;
    }

    @Override
    public boolean confirm(String title, String message) {
        Messages m = messages.get();
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, message, DialogButtons.ok(m), DialogButtons.cancel(m));
        return a.showAndWait().filter(DialogButtons::isOk).isPresent();
    }

    @Override
    public Optional<char[]> askPassword(String title, String message, boolean twice) {
        Messages m = messages.get();
        javafx.scene.control.Dialog<ButtonType> d = new javafx.scene.control.Dialog<>();
        own(d);
        d.setTitle(title);
        d.setHeaderText(message);
        javafx.scene.control.PasswordField first = new javafx.scene.control.PasswordField();
        first.setPromptText(m.get("protect.password"));
        first.setId("password");
        javafx.scene.control.PasswordField second = new javafx.scene.control.PasswordField();
        second.setPromptText(m.get("protect.password.again"));
        second.setId("passwordAgain");
        javafx.scene.control.Label problem = new javafx.scene.control.Label();
        problem.getStyleClass().add("password-problem");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, first);
        if (twice) {
            box.getChildren().addAll(second, problem);
        }
        d.getDialogPane().setContent(box);
        ButtonType okType = DialogButtons.ok(m);
        d.getDialogPane().getButtonTypes().setAll(okType, DialogButtons.cancel(m));
        javafx.scene.Node ok = d.getDialogPane().lookupButton(okType);
        Runnable check = () -> {
            boolean empty = first.getText().isEmpty();
            boolean differ = twice && !first.getText().equals(second.getText());
            ok.setDisable(empty || differ);
            problem.setText(differ && !second.getText().isEmpty() ? m.get("protect.password.mismatch") : "");
        };
        first.textProperty().addListener((o, a, b) -> check.run());
        second.textProperty().addListener((o, a, b) -> check.run());
        check.run();
        d.setOnShown(e -> first.requestFocus());
        Optional<ButtonType> answer = d.showAndWait();
        char[] password = first.getText().toCharArray();
        first.clear();
        second.clear();
        return answer.filter(DialogButtons::isOk).map(b -> password);
    }

    @Override
    public int choose(String title, String message, java.util.List<String> choices) {
        java.util.List<ButtonType> buttons = new java.util.ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            javafx.scene.control.ButtonBar.ButtonData data = i == 0
                    ? javafx.scene.control.ButtonBar.ButtonData.OK_DONE
                    : i == choices.size() - 1
                            ? javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE
                            : javafx.scene.control.ButtonBar.ButtonData.OTHER;
            buttons.add(new ButtonType(choices.get(i), data));
        }
        Alert a = alert(Alert.AlertType.WARNING, title, message, buttons.toArray(ButtonType[]::new));
        return a.showAndWait().map(buttons::indexOf).filter(i -> i >= 0).orElse(choices.size() - 1);
    }

    @Override
    public void error(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, DialogButtons.ok(messages.get()))
                .showAndWait();
    }

    @Override
    public void info(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, DialogButtons.ok(messages.get()))
                .showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterName, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        File f = chooser.showOpenDialog(shownOwner().orElse(null));
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public java.util.List<Path> chooseFilesToOpen(String title, String filterName, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        java.util.List<File> files = chooser.showOpenMultipleDialog(shownOwner().orElse(null));
        return files == null
                ? java.util.List.of()
                : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToSave(
            String title, Path initialDirectory, String initialName, String filterName, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, pattern));
        File f = chooser.showSaveDialog(shownOwner().orElse(null));
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        own(d);
        d.setTitle(title);
        d.setHeaderText(message);
        Messages m = messages.get();
        d.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(m), DialogButtons.cancel(m));
        return d.showAndWait();
    }
}
