package io.ccmm.ui.start;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry of the start page's recent files: what a consultant needs to pick the right client's file — organization,
 * site, latest round, how many rounds, when it was last saved — or why it cannot be opened right now.
 */
public record RecentFile(
        Path path,
        State state,
        String organization,
        String site,
        String latestRound,
        String latestRoundDate,
        int rounds,
        Optional<Instant> modified) {

    /** Whether and how the file can be opened. */
    public enum State {
        /** Read and ready to open. */
        READY,
        /** The file open in this window now. */
        CURRENT,
        /** Open in another window or program: opening it offers a read-only copy. */
        IN_USE,
        /** No longer where it was. */
        MISSING,
        /** There, but not an assessment file this version can read (damaged, newer, another application). */
        UNREADABLE
    }

    /** An entry whose contents were not read (missing, in use, unreadable): only its path and state. */
    public static RecentFile unread(Path path, State state, Optional<Instant> modified) {
        return new RecentFile(path, state, "", "", "", "", 0, modified);
    }

    /** True when choosing it does something: opens it, or offers the read-only copy. */
    public boolean canOpen() {
        return state == State.READY || state == State.IN_USE;
    }

    /** The name to show first: the organization, else the file name. */
    public String displayName() {
        return organization.isBlank() ? String.valueOf(path.getFileName()) : organization;
    }
}
