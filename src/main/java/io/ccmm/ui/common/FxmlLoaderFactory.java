package io.ccmm.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/** Loads FXML views with the current resource bundle and controllers built by the application's wiring. */
public final class FxmlLoaderFactory {

    private final ResourceBundle bundle;
    private final Callback<Class<?>, Object> controllerFactory;

    public FxmlLoaderFactory(ResourceBundle bundle, Callback<Class<?>, Object> controllerFactory) {
        this.bundle = bundle;
        this.controllerFactory = controllerFactory;
    }

    public Parent load(FxmlView view) {
        URL url = FxmlLoaderFactory.class.getResource(view.resource());
        if (url == null) {
            throw new IllegalStateException("missing FXML " + view.resource());
        }
        FXMLLoader loader = new FXMLLoader(url, bundle);
        loader.setControllerFactory(controllerFactory);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + view.resource(), e);
        }
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
