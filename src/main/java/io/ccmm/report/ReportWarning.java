package io.ccmm.report;

import io.ccmm.catalog.Language;
import java.util.List;

/**
 * Something a report had to leave out, and why (a damaged logo): the sentence's bundle key and arguments, so a window
 * can say it in its own language while the report is written in another; {@code text} is the sentence in the report's
 * language.
 */
public record ReportWarning(String key, List<Object> arguments, String text) {

    public ReportWarning {
        arguments = List.copyOf(arguments);
    }

    /** The warning {@code key} with {@code arguments}, worded in {@code words}' language. */
    static ReportWarning of(ReportText words, String key, Object... arguments) {
        return new ReportWarning(key, List.of(arguments), words.format(key, arguments));
    }

    /** The sentence in {@code language}. */
    public String in(Language language) {
        return ReportText.of(language).format(key, arguments.toArray());
    }
}
