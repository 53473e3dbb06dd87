package io.ccmm.ui.portfolio;

import io.ccmm.ui.common.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Dialogs for the portfolio window's tests: every save dialog is answered with {@code target}, every question with
 * no, and error messages are collected for the test to check.
 */
record SavingDialogs(Path target, List<String> errors) implements DialogService {

    SavingDialogs(Path target) {
        this(target, new CopyOnWriteArrayList<>());
    }

    @Override
    public boolean confirm(String title, String message) {
        return false;
    }

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void info(String title, String message) {}

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterName, String... patterns) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(
            String title, Path initialDirectory, String initialName, String filterName, String pattern) {
        return Optional.of(target);
    }

    @Override
    public void openExternally(Path file) {}

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return Optional.empty();
    }
}
