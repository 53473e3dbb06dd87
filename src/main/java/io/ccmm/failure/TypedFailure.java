package io.ccmm.failure;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A refusal with a reason and its arguments; its {@link FailureText} puts it into the user's words. A file argument is
 * kept by its name only (messages name files, not the folders they were in), a missing one as "", and the first
 * throwable among the arguments is the cause. The exception's own message is the English sentence, for logs.
 */
public abstract class TypedFailure extends Exception {

    private final Enum<?> reason;
    private final transient List<Object> args;

    protected TypedFailure(Enum<?> reason, Object[] args, FailureText text) {
        this(reason, named(args), text, cause(args));
    }

    private TypedFailure(Enum<?> reason, Object[] named, FailureText text, Throwable cause) {
        super(text.format(reason, named, Locale.ROOT), cause);
        this.reason = reason;
        this.args = List.of(named);
    }

    /** Why: the subclass's own reason enum (subclasses narrow the type). */
    public Enum<?> reason() {
        return reason;
    }

    /** The arguments of the sentence, files by their names. */
    protected final List<Object> arguments() {
        return args;
    }

    /** A file's name as the messages give it (the path itself when it has no name, e.g. a root). */
    public static String fileName(Path p) {
        Path name = p.getFileName();
        return String.valueOf(name == null ? p : name);
    }

    private static Object[] named(Object[] args) {
        return Arrays.stream(args)
                .map(a -> a instanceof Path p ? fileName(p) : a == null ? "" : a)
                .toArray();
    }

    private static Throwable cause(Object[] args) {
        return Arrays.stream(args)
                .filter(Throwable.class::isInstance)
                .map(Throwable.class::cast)
                .findFirst()
                .orElse(null);
    }
}
