package io.ccmm.ui;

import io.ccmm.ui.common.DialogService;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Dialogs for window tests that answer nothing: every question no, every chooser cancelled, every message unseen. A test
 * overrides what it checks (e.g. collecting errors, or answering a save dialog).
 */
public class QuietDialogs implements DialogService {

    @Override
    public boolean confirm(String title, String message) {
        return false;
    }

    @Override
    public void error(String title, String message) {}

    @Override
    public void info(String title, String message) {}

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterName, String... patterns) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(
            String title, Path initialDirectory, String initialName, String filterName, String pattern) {
        return Optional.empty();
    }

    @Override
    public void openExternally(Path file) {}

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return Optional.empty();
    }
}
