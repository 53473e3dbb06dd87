package io.ccmm.library;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A team-library failure with a reason and its arguments; the sentence lives in the bundles ({@code
 * i18n/library.properties} and its Chinese twin), chosen when it is shown.
 */
public final class LibraryException extends Exception {

    public enum Reason {
        /** {0} the text given: not a jdbc:postgresql:// URL. */
        BAD_URL,
        /** No user given (neither --user nor user= in the URL). */
        NO_USER,
        /** The URL carries a password. */
        PASSWORD_IN_URL,
        /** {0} URL, {1} the server's or driver's words. */
        CONNECT,
        /** {0} user: the password was refused or none was found. */
        AUTHENTICATION,
        /** {0} URL: the library has no schema yet. */
        NOT_INITIALIZED,
        /** {0} the library's schema version, {1} the version this app writes. */
        SCHEMA_VERSION,
        /** {0} round UUID, {1} the library's version, {2} the version being published. */
        OLDER_VERSION,
        /** {0} round UUID: the round has no UUID. */
        NO_ROUND_UID,
        /** {0} user: the role may not do this (a reader publishing, for example). */
        PERMISSION,
        /** {0} the server's or driver's words. */
        FAILED
    }

    private final Reason reason;
    private final List<Object> args;

    private LibraryException(Reason reason, List<Object> args, Throwable cause) {
        super(format(reason, args, Locale.ENGLISH), cause);
        this.reason = reason;
        this.args = args;
    }

    public static LibraryException of(Reason reason, Object... args) {
        return new LibraryException(reason, List.of(args), null);
    }

    public static LibraryException withCause(Throwable cause, Reason reason, Object... args) {
        return new LibraryException(reason, List.of(args), cause);
    }

    public Reason reason() {
        return reason;
    }

    /** The failure in the user's words. */
    public String describe(Locale locale) {
        return format(reason, args, locale);
    }

    private static String format(Reason reason, List<Object> args, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "i18n.library",
                locale,
                LibraryException.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] words = args.stream().map(String::valueOf).toArray();
        return new MessageFormat(bundle.getString("library.error." + reason.name()), locale).format(words);
    }
}
