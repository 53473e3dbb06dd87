package io.ccmm.explain;

import io.ccmm.catalog.Language;
import io.ccmm.scoring.ReadinessStatus;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one set of readiness words ({@code i18n/readiness.properties}, {@code readiness_zh_CN.properties}): the window,
 * the command line and every report take a level's status and "below L1" from here, so they never drift apart.
 */
public final class ReadinessVocabulary {

    /** One bundle per language, looked up once: the window shows five status words on every rating. */
    private static final Map<Language, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    private ReadinessVocabulary() {}

    /** The word for a level's status, e.g. "Not met" / "未达成". */
    public static String status(ReadinessStatus status, Language language) {
        return bundle(language).getString("status." + status.name());
    }

    /** The status word by its code ({@code ACHIEVED}, {@code NOT_MET}, {@code INCOMPLETE}). */
    public static String status(String code, Language language) {
        return status(ReadinessStatus.valueOf(code), language);
    }

    /** The name of "level 0": below L1. */
    public static String belowLevelOne(Language language) {
        return bundle(language).getString("level.none");
    }

    /** The readiness level as shown: "L3", or "below L1" for 0. */
    public static String readinessLevel(int level, Language language) {
        return level == 0 ? belowLevelOne(language) : "L" + level;
    }

    private static ResourceBundle bundle(Language language) {
        // No fallback to the JVM's default locale: English stays English on a Chinese system.
        return BUNDLES.computeIfAbsent(
                language,
                l -> ResourceBundle.getBundle(
                        "i18n.readiness",
                        l.locale(),
                        ReadinessVocabulary.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}
