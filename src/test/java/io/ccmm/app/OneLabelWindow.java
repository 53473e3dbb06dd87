package io.ccmm.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor of the window start-up benchmark (packaging/bench/window-start.sh): a JavaFX app showing one label in a
 * window with the product's title, run on the same runtime as the app.
 */
public final class OneLabelWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("CCMM Readiness");
        stage.setScene(new Scene(new Label("CCMM Readiness"), 400, 200));
        stage.show();
    }
}
