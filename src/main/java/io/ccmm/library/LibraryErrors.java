package io.ccmm.library;

import java.sql.SQLException;

/** PostgreSQL's SQLSTATE codes put into the library's reasons. */
final class LibraryErrors {

    private LibraryErrors() {}

    static LibraryException connect(SQLException e, LibraryLocation location) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
            return LibraryException.withCause(e, LibraryException.Reason.AUTHENTICATION, location.user());
        }
        if (state.startsWith("08") || state.isEmpty()) {
            return LibraryException.withCause(e, LibraryException.Reason.CONNECT, location.display(), e.getMessage());
        }
        return of(e, location);
    }

    static LibraryException of(SQLException e, LibraryLocation location) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("42501")) {
            return LibraryException.withCause(e, LibraryException.Reason.PERMISSION, location.user());
        }
        if (state.equals("42P01") || state.equals("3F000")) {
            return LibraryException.withCause(e, LibraryException.Reason.NOT_INITIALIZED, location.display());
        }
        if (state.startsWith("08")) {
            return LibraryException.withCause(e, LibraryException.Reason.CONNECT, location.display(), e.getMessage());
        }
        return LibraryException.withCause(e, LibraryException.Reason.FAILED, e.getMessage());
    }
}
