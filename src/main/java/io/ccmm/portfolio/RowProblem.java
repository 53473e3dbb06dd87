package io.ccmm.portfolio;

import io.ccmm.storage.StorageException;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Why a file gave no readiness row (a broken or foreign file, a file without rounds, a file that could not be read):
 * put into the user's words only when shown, so one portfolio can be shown in either language.
 */
public final class RowProblem {

    /** What kind of problem, for filters and JSON. */
    public enum Kind {
        NOT_OURS,
        NO_ROUNDS,
        UNREADABLE,
        LIBRARY
    }

    private final Kind kind;
    private final StorageException storage;
    private final String detail;

    private RowProblem(Kind kind, StorageException storage, String detail) {
        this.kind = Objects.requireNonNull(kind);
        this.storage = storage;
        this.detail = detail == null ? "" : detail;
    }

    public static RowProblem of(StorageException e) {
        Kind kind = e.reason() == StorageException.Reason.NOT_OURS ? Kind.NOT_OURS : Kind.UNREADABLE;
        return new RowProblem(kind, e, "");
    }

    public static RowProblem of(Kind kind, String detail) {
        return new RowProblem(kind, null, detail);
    }

    public Kind kind() {
        return kind;
    }

    /** The reason in words, in the language of {@code locale}. */
    public String describe(Locale locale) {
        if (storage != null) {
            return io.ccmm.storage.StorageText.describe(storage, locale);
        }
        ResourceBundle bundle = ResourceBundle.getBundle(
                "i18n.portfolio",
                locale,
                RowProblem.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String text = bundle.getString("portfolio.problem." + kind.name());
        return detail.isEmpty() ? text : text + " (" + detail + ")";
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
