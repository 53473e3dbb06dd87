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

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert a = new Alert(type, message, buttons);
        a.initOwner(owner.get());
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
        File f = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
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
        File f = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(message);
        Messages m = messages.get();
        d.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(m), DialogButtons.cancel(m));
        return d.showAndWait();
    }
}
