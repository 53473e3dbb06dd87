package io.ccmm.ui.help;

import io.ccmm.catalog.Language;
import io.ccmm.ui.common.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The user guide in the user's language, in a window of its own; one window, brought forward when open. */
public final class HelpWindow {

    private static Stage open;

    private HelpWindow() {}

    /** The guide's Markdown ({@code /help/user-guide.zh.md} or {@code .en.md}, from the repository's docs/). */
    public static String guide(Language language) {
        String name = "/help/user-guide." + language.code() + ".md";
        try (InputStream in = HelpWindow.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the user guide " + name + " is not packaged");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows the guide (a second call brings the open window forward, in the language asked for now). */
    public static Stage show(Window owner, Messages messages) {
        if (open == null || !open.isShowing()) {
            open = new Stage();
            if (owner != null) {
                open.initOwner(owner);
            }
            open.setOnHidden(e -> open = null);
            io.ccmm.ui.common.Windows.closable(open);
        }
        Stage stage = open;
        ScrollPane scroll = new ScrollPane(MarkdownView.render(guide(messages.language())));
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(16, 24, 16, 24));
        scroll.setId("help-guide");
        Scene scene = new Scene(scroll, 760, 680);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        io.ccmm.ui.common.Windows.keepSceneSize(stage);
        stage.setTitle(messages.get("help.title"));
        stage.show();
        stage.toFront();
        return stage;
    }

    /** F1 opens the guide from {@code scene} (every window of the app installs it). */
    public static void installF1(Scene scene, java.util.function.Supplier<Messages> messages) {
        scene.getAccelerators()
                .put(
                        new javafx.scene.input.KeyCodeCombination(KeyCode.F1),
                        () -> show(scene.getWindow(), messages.get()));
    }
}
