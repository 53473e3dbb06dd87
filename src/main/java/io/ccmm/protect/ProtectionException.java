package io.ccmm.protect;

import java.util.List;

/**
 * Why a protected copy could not be made or opened. The reason says what happened; the caller puts it into the user's
 * words (the arguments, e.g. a file name, fill the sentence). Nothing has been written when this is thrown.
 */
public final class ProtectionException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The password is empty. */
        EMPTY_PASSWORD,
        /** The package opened, but its password check does not match: the password is wrong. */
        WRONG_PASSWORD,
        /** The file does not start like a protected copy at all. Argument: the file. */
        NOT_A_PROTECTED_COPY,
        /** A protected copy of a format version newer than this application reads. Arguments: file, version. */
        NEWER_VERSION,
        /** The file ends before the protected copy does (cut off in copying or mailing). Argument: the file. */
        TRUNCATED,
        /** The protected copy was changed or damaged after it was made. Argument: the file. */
        DAMAGED,
        /** The file to protect, or what a protected copy holds, is not an assessment file. Argument: the file. */
        NOT_AN_ASSESSMENT,
        /** The assessment file has changes not yet written into it (it is open, or was not closed). Argument: file. */
        FILE_IN_USE,
        /** The output exists and replacing it was not asked for. Argument: the output. */
        OUTPUT_EXISTS,
        /** Input and output are the same file. Argument: the file. */
        SAME_FILE,
        /** A file or folder does not exist. Argument: its path. */
        NOT_FOUND,
        /** A file could not be read or written. Arguments: the file, the system's message. */
        IO
    }

    private final Reason reason;
    private final List<String> arguments;

    public ProtectionException(Reason reason, String detail, String... arguments) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public ProtectionException(Reason reason, String detail, Throwable cause, String... arguments) {
        this(reason, detail, arguments);
        initCause(cause);
    }

    public Reason reason() {
        return reason;
    }

    /** The values the sentence for {@link #reason()} names, in the order documented on the reason. */
    public List<String> arguments() {
        return arguments;
    }
}
