package io.ccmm.ui.common;

/** Every FXML file of the application, so a renamed file breaks one line, not a screen at run time. */
public enum FxmlView {
    MAIN_WINDOW("/io/ccmm/ui/main/MainWindow.fxml"),
    WORKSPACE("/io/ccmm/ui/workspace/WorkspaceView.fxml"),
    WORKSPACE_NAVIGATOR("/io/ccmm/ui/workspace/NavigatorView.fxml"),
    WORKSPACE_ITEM_CARD("/io/ccmm/ui/workspace/ItemCardView.fxml"),
    WORKSPACE_EVIDENCE("/io/ccmm/ui/workspace/EvidenceView.fxml"),
    WORKSPACE_ACTION("/io/ccmm/ui/workspace/ActionView.fxml"),
    OVERVIEW("/io/ccmm/ui/overview/OverviewView.fxml"),
    DASHBOARD("/io/ccmm/ui/dashboard/DashboardView.fxml");

    private final String resource;

    FxmlView(String resource) {
        this.resource = resource;
    }

    public String resource() {
        return resource;
    }
}
