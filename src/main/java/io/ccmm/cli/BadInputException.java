package io.ccmm.cli;

import io.ccmm.assessment.InvalidAssessmentException;
import io.ccmm.catalog.Language;
import io.ccmm.storage.StorageException;
import io.ccmm.storage.StorageText;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Arrays;

/**
 * Input the user can fix (a file, an option value): exit code 2 with the message on stderr. Built with {@link #of}, the
 * message is the text {@code error.KEY} of the command-line bundles, put into words in the user's language when it is
 * printed; an argument that is a refused interchange file, a storage failure or a file system error is put into words
 * in the same language.
 */
public class BadInputException extends RuntimeException {

    private final String key;
    private final Object[] args;

    public BadInputException(String message) {
        super(message);
        this.key = null;
        this.args = new Object[0];
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
        this.key = null;
        this.args = new Object[0];
    }

    private BadInputException(String key, Object[] args, Throwable cause) {
        super(new CliText(Language.EN).format("error." + key, words(args, null)), cause);
        this.key = key;
        this.args = args;
    }

    /** A refusal in words: {@code error.KEY} with its arguments (paths, values, or the failure that caused it). */
    static BadInputException of(String key, Object... args) {
        Throwable cause = Arrays.stream(args)
                .filter(Throwable.class::isInstance)
                .map(Throwable.class::cast)
                .findFirst()
                .orElse(null);
        return new BadInputException(key, args, cause);
    }

    /** The message in the language of {@code text}. */
    String describe(CliText text) {
        return key == null ? getMessage() : text.format("error." + key, words(args, text));
    }

    private static Object[] words(Object[] args, CliText text) {
        CliText t = text == null ? new CliText(Language.EN) : text;
        return Arrays.stream(args).map(a -> word(a, t)).toArray();
    }

    private static Object word(Object arg, CliText text) {
        if (arg instanceof InvalidAssessmentException e) {
            return e.describe(text.language().locale());
        }
        if (arg instanceof io.ccmm.catalog.InvalidCatalogException e) {
            return e.describe(text.language());
        }
        if (arg instanceof StorageException e) {
            return StorageText.describe(e, text.language().locale());
        }
        if (arg instanceof io.ccmm.team.TeamException e) {
            return io.ccmm.team.TeamText.describe(e, text.language().locale());
        }
        if (arg instanceof AccessDeniedException) {
            return text.get("io.accessDenied");
        }
        if (arg instanceof FileSystemException e) {
            return e.getReason() != null ? e.getReason() : text.get("io.failed");
        }
        if (arg instanceof IOException e) {
            return e.getMessage() != null ? e.getMessage() : text.get("io.failed");
        }
        if (arg instanceof Throwable e) {
            return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        return String.valueOf(arg);
    }
}
