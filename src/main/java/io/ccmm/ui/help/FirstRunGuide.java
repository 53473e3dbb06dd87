package io.ccmm.ui.help;

import io.ccmm.ui.common.Messages;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The short guided path of the very first start: create your organization (the file is named after it) or open a
 * sample; rate with two keys; where readiness shows; how to export a report. Closes at any step; Help → Getting
 * started shows it again.
 */
public final class FirstRunGuide {

    /** What the guide's buttons do in the main window. */
    public interface Actions {
        /** Creates and opens the assessment file of the organization named {@code organization}. */
        void createOrganization(String organization);

        void openSample();
    }

    private static final int STEPS = 4;

    private final Messages messages;
    private final Actions actions;
    private final Stage stage = new Stage();
    private final VBox page = new VBox(12);
    private final Label counter = new Label();
    private final Button back = new Button();
    private final Button next = new Button();
    private int step;

    private FirstRunGuide(Messages messages, Actions actions) {
        this.messages = messages;
        this.actions = actions;
    }

    public static FirstRunGuide show(Window owner, Messages messages, Actions actions) {
        FirstRunGuide guide = new FirstRunGuide(messages, actions);
        guide.build(owner);
        guide.stage.show();
        return guide;
    }

    public Stage stage() {
        return stage;
    }

    private void build(Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(messages.get("guide.title"));
        io.ccmm.ui.common.Windows.closable(stage);
        back.setText(messages.get("guide.back"));
        back.setId("guide-back");
        back.setOnAction(e -> go(step - 1));
        next.setId("guide-next");
        next.setOnAction(e -> {
            if (step == STEPS - 1) {
                stage.close();
            } else {
                go(step + 1);
            }
        });
        Button close = new Button(messages.get("guide.close"));
        close.setId("guide-close");
        close.setOnAction(e -> stage.close());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox buttons = new HBox(8, counter, space, close, back, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        page.setId("guide-page");
        VBox.setVgrow(page, Priority.ALWAYS);
        VBox root = new VBox(16, page, buttons);
        root.setPadding(new Insets(20));
        Scene scene = new Scene(root, 560, 340);
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
        // once mapped, the window manager's frame is known and counted in
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> fitHeight());
        go(0);
    }

    private void go(int to) {
        step = Math.max(0, Math.min(STEPS - 1, to));
        counter.setText(messages.get("guide.step", step + 1, STEPS));
        back.setDisable(step == 0);
        next.setText(messages.get(step == STEPS - 1 ? "guide.done" : "guide.next"));
        Label title = new Label(messages.get("guide." + (step + 1) + ".title"));
        title.setId("guide-title");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        // A wrapped label may otherwise be squeezed to one line and cut with "…" when the page is short of room.
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label body = new Label(messages.get("guide." + (step + 1) + ".body"));
        body.setId("guide-body");
        body.setWrapText(true);
        body.setMinHeight(Region.USE_PREF_SIZE);
        page.getChildren().setAll(title, body);
        if (step == 0) {
            page.getChildren().addAll(organizationRow());
        }
        fitHeight();
    }

    /**
     * Keeps the window at least as tall as the step needs at the window's narrowest: the explanation wraps onto more
     * lines there, and the step buttons must still be in the window (openbox maps a new window at its minimum).
     */
    private void fitHeight() {
        Scene scene = stage.getScene();
        if (scene == null) {
            return;
        }
        Parent root = scene.getRoot();
        root.applyCss();
        double narrowest = Math.max(1, Math.min(scene.getWidth(), stage.getMinWidth()));
        double frame = stage.isShowing() ? Math.max(0, stage.getHeight() - scene.getHeight()) : 0;
        double need = Math.ceil(root.prefHeight(narrowest)) + frame;
        if (stage.getMinHeight() < need) {
            stage.setMinHeight(need);
        }
        if (stage.isShowing() && stage.getHeight() < need) {
            stage.setHeight(need);
        }
    }

    private List<Node> organizationRow() {
        TextField name = new TextField();
        name.setId("guide-organization");
        name.setPromptText(messages.get("guide.1.prompt"));
        HBox.setHgrow(name, Priority.ALWAYS);
        Button create = new Button(messages.get("guide.1.create"));
        create.setId("guide-create");
        create.disableProperty().bind(name.textProperty().isEmpty());
        create.setOnAction(e -> {
            String organization = name.getText().strip();
            if (!organization.isEmpty()) {
                actions.createOrganization(organization);
                go(1);
            }
        });
        Button sample = new Button(messages.get("guide.1.sample"));
        sample.setId("guide-sample");
        sample.setOnAction(e -> {
            actions.openSample();
            go(1);
        });
        return List.of(new HBox(8, name, create), sample);
    }
}
