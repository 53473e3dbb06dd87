package io.ccmm.report;

import io.ccmm.catalog.Language;
import java.lang.reflect.Constructor;

/** Builds an uncached {@link ReportText}, to test the bundle lookup itself. */
final class ReportTextLookup {

    private ReportTextLookup() {}

    static ReportText fresh(Language language) {
        try {
            java.util.ResourceBundle.clearCache(ReportText.class.getClassLoader());
            Constructor<ReportText> c = ReportText.class.getDeclaredConstructor(Language.class);
            c.setAccessible(true);
            return c.newInstance(language);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
