package io.ccmm.ui.workspace;

/** Texts of the catalog that several parts of the workspace show alike. */
final class WorkspaceTexts {

    private WorkspaceTexts() {}

    /** "L3 name of the level" in the view model's language. */
    static String levelName(WorkspaceViewModel vm, int level) {
        return "L" + level + " "
                + vm.catalog()
                        .level(level)
                        .map(l -> l.name().get(vm.language()))
                        .orElse("");
    }
}
