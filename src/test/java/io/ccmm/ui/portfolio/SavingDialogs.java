package io.ccmm.ui.portfolio;

import io.ccmm.ui.QuietDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Dialogs for the portfolio window's tests: every save dialog is answered with {@code target}, every question with
 * no, and error messages are collected for the test to check.
 */
final class SavingDialogs extends QuietDialogs {

    private final Path target;
    private final List<String> errors = new CopyOnWriteArrayList<>();

    SavingDialogs(Path target) {
        this.target = target;
    }

    List<String> errors() {
        return errors;
    }

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public Optional<Path> chooseFileToSave(
            String title, Path initialDirectory, String initialName, String filterName, String pattern) {
        return Optional.of(target);
    }
}
