package io.ccmm.library;

import java.util.Locale;
import java.util.Properties;

/**
 * Where the team library is: a PostgreSQL JDBC URL (TLS and other connection settings go in its parameters, e.g.
 * {@code ?sslmode=verify-full}) and the user to connect as. A password is never part of it.
 */
public record LibraryLocation(String url, String user) {

    public static final String PREFIX = "jdbc:postgresql:";

    /** True when {@code text} names a team library rather than a folder or file. */
    public static boolean isLibrary(String text) {
        return text != null && text.strip().toLowerCase(Locale.ROOT).startsWith(PREFIX);
    }

    /** Checks the URL and finds the user (given, or {@code user=} in the URL). */
    public static LibraryLocation of(String url, String user) throws LibraryException {
        String u = url == null ? "" : url.strip();
        if (!isLibrary(u)) {
            throw LibraryException.of(LibraryException.Reason.BAD_URL, u);
        }
        Properties parsed = org.postgresql.Driver.parseURL(u, new Properties());
        if (parsed == null) {
            throw LibraryException.of(LibraryException.Reason.BAD_URL, u);
        }
        if (parsed.getProperty("password") != null) {
            throw LibraryException.of(LibraryException.Reason.PASSWORD_IN_URL);
        }
        String who = user != null && !user.isBlank() ? user.strip() : parsed.getProperty("user", "");
        if (who.isBlank()) {
            throw LibraryException.of(LibraryException.Reason.NO_USER);
        }
        return new LibraryLocation(u, who);
    }

    /** The first host of the URL, as a password file names it. */
    String host() {
        return first(parsed().getProperty("PGHOST", "localhost"));
    }

    String port() {
        return first(parsed().getProperty("PGPORT", "5432"));
    }

    String database() {
        return parsed().getProperty("PGDBNAME", "");
    }

    private Properties parsed() {
        Properties p = org.postgresql.Driver.parseURL(url, new Properties());
        return p == null ? new Properties() : p;
    }

    private static String first(String list) {
        int comma = list.indexOf(',');
        return comma < 0 ? list : list.substring(0, comma);
    }

    /** The URL without its parameters, for messages. */
    public String display() {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }
}
