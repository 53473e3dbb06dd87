package io.ccmm.cli;

/** Input the user can fix (a file, an option value): exit code 2 with the message on stderr. */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
