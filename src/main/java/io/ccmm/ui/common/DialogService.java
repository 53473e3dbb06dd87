package io.ccmm.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs behind an interface, so the logic that asks questions can be tested without windows. */
public interface DialogService {

    boolean confirm(String title, String message);

    void error(String title, String message);

    void info(String title, String message);

    Optional<Path> chooseFileToOpen(String title, String filterName, String... patterns);

    /** Several files chosen at once, in the order given; empty when cancelled. Without a window: at most one. */
    default java.util.List<Path> chooseFilesToOpen(String title, String filterName, String... patterns) {
        return chooseFileToOpen(title, filterName, patterns)
                .map(java.util.List::of)
                .orElse(java.util.List.of());
    }

    Optional<Path> chooseFileToSave(
            String title, Path initialDirectory, String initialName, String filterName, String pattern);

    /** Opens a file with the program the OS associates with it. */
    void openExternally(Path file);

    Optional<String> askText(String title, String message, String initial);

    /**
     * Asks the user to pick one of {@code choices}, the first being the default; the last is the way out (Cancel).
     * Returns the index picked, or the last index when the dialog is closed otherwise. Without a window: the way out.
     */
    /**
     * Asks for a password in a masked field; {@code twice} asks for it a second time and accepts only two equal,
     * non-empty entries. Empty when cancelled. The caller clears the array after use. Without a window: empty.
     */
    default Optional<char[]> askPassword(String title, String message, boolean twice) {
        return Optional.empty();
    }

    default int choose(String title, String message, java.util.List<String> choices) {
        return choices.size() - 1;
    }
}
