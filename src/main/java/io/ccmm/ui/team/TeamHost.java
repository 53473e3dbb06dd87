package io.ccmm.ui.team;

import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.workspace.FileRoundSession;
import javafx.stage.Stage;

/** What the team menu needs of the main window (kept as an interface so the team screens never import it). */
public interface TeamHost {

    /** The open file and round, or null while none is open. */
    FileRoundSession session();

    Stage teamOwner();

    Messages teamMessages();

    DialogService teamDialogs();

    /** Shows the round again (after a merge or a resolution changed it). */
    void switchRound(long roundId);

    /** Saves the note being typed before the file is changed from elsewhere. */
    void flushEdits();

    /** The item shown on the card, if any. */
    default java.util.OptionalInt currentItem() {
        return java.util.OptionalInt.empty();
    }

    /** Shows {@code item} on the card (after the round was shown again). */
    default void showItem(int item) {}

    /** The user's default report branding, kept in the settings; none where the host keeps no settings. */
    default io.ccmm.ui.common.BrandingDefaults brandingDefaults() {
        return io.ccmm.ui.common.BrandingDefaults.NONE;
    }

    /** Keeps {@code defaults} in the user's settings as the branding of files that have none. */
    default void keepBrandingDefaults(io.ccmm.ui.common.BrandingDefaults defaults) {}
}
