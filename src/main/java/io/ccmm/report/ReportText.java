package io.ccmm.report;

import io.ccmm.assessment.Rate;
import io.ccmm.catalog.Language;
import io.ccmm.explain.ReadinessVocabulary;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's own words ({@code i18n/report.properties}, {@code report_zh_CN.properties}): headings and column titles
 * for the exporters, and the status words and reason sentences a model factory puts into {@link LevelRow}.
 */
public final class ReportText {

    static final String BUNDLE = "i18n.report";
    static final String DASH = "—";

    private static final Map<Language, ReportText> CACHE = new EnumMap<>(Language.class);

    private final Language language;
    private final ResourceBundle bundle;

    private ReportText(Language language) {
        this.language = language;
        // No fallback to the JVM's default locale: an English report on a Chinese desktop stays English.
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ReportText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static synchronized ReportText of(Language language) {
        return CACHE.computeIfAbsent(language, ReportText::new);
    }

    public Language language() {
        return language;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no report text " + key + " for " + language.code(), e);
        }
    }

    /** The text of {@code key} with {0}, {1}… replaced by the arguments as given (numbers are not regrouped). */
    public String format(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(get(key), language.locale()).format(plain);
    }

    public String status(LevelStatus status) {
        return ReadinessVocabulary.status(status.name(), language);
    }

    /** The name of "level 0": below L1. */
    public String belowLevelOne() {
        return ReadinessVocabulary.belowLevelOne(language);
    }

    // Reason sentences (SCORING.md §4 codes), for the factory that fills LevelRow.reasons.

    public String reasonUnratedItems(int count) {
        return format("reason.UNRATED_ITEMS", count);
    }

    public String reasonOperatingYearsUnknown(int minYears) {
        return format("reason.OPERATING_YEARS_UNKNOWN", minYears);
    }

    public String reasonOperatingYearsShort(int years, int minYears) {
        return format("reason.OPERATING_YEARS_SHORT", years, minYears);
    }

    public String reasonBelowThreshold(BigDecimal percent, int thresholdPercent, int gapPoints) {
        return format("reason.BELOW_THRESHOLD", percent.toPlainString(), thresholdPercent, gapPoints);
    }

    public String reasonModuleBelowFloor(String moduleId, String moduleName, int floorPercent, int floorGap) {
        return format("reason.MODULE_BELOW_FLOOR", moduleId, moduleName, floorPercent, floorGap);
    }

    public String reasonPreviousLevelNotAchieved(int previousLevel) {
        return format("reason.PREVIOUS_LEVEL_NOT_ACHIEVED", previousLevel);
    }

    public String reasonTooManyNotApplicable(int count, int allowed, int requiredItems) {
        return format("reason.TOO_MANY_NOT_APPLICABLE", count, allowed, requiredItems);
    }

    /**
     * An improvement action's status in words for the usual codes (OPEN, NOT_STARTED, IN_PROGRESS, DONE, CANCELLED,
     * any case, "-" or "_"); any other value is returned as it is.
     */
    public String actionStatus(String code) {
        String key = "action.status."
                + code.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }

    /** A path note: a level above the readiness level has more N/A items than the rules allow. */
    public String pathTooManyNotApplicable(int level, int count, int allowed) {
        return format("path.note.tooManyNotApplicable", level, count, allowed);
    }

    /** A path note: required items still unrated, which the path counts as 0. */
    public String pathUnratedItemsLeft(int count) {
        return format("path.note.unrated", count);
    }

    /** The 5.0 bonus rule in words, e.g. for module "5.0", levels "L1–L3", minimum rate 10. */
    public String bonusRule(String module, String levels, int qualifyingMinRate) {
        return format("appendix.bonus.rule", module, levels, qualifyingMinRate);
    }

    /** The bonus as it applied to one round: how many points it added to which levels ("L1–L3"). */
    public String bonusApplied(String module, int points, String levels) {
        return format("summary.bonus", module, points, levels);
    }

    /** An item's C ({@code c} true) or F in a table: 10, 5, 0, or "—" when unrated or not applicable. */
    public String angle(ItemRow item, boolean c) {
        return rate(c ? item.c() : item.f());
    }

    /** An item's points in a table: "N/A" when not applicable, "—" when nothing is rated, else c + f. */
    public String points(ItemRow item) {
        if (item.notApplicable()) {
            return get("items.notApplicable");
        }
        return item.isRated() || item.points() > 0 ? Integer.toString(item.points()) : DASH;
    }

    /** 10, 5, 0 or "—" for an unrated angle. */
    static String rate(Rate rate) {
        return rate.isRated() ? Integer.toString(rate.points()) : DASH;
    }

    /** The text without control characters other than tab and line breaks (they break XML formats). */
    static String printable(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
            if (bad && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null) {
                b.append(bad ? ' ' : c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** "1540 / 2020 points, incl. 60 bonus points". */
    static String points(ReportText text, LevelRow row) {
        return row.bonusPoints() > 0
                ? text.format("summary.points.bonus", row.totalPoints(), row.maxPoints(), row.bonusPoints())
                : text.format("summary.points", row.totalPoints(), row.maxPoints());
    }

    static String percent(BigDecimal percent) {
        return percent.toPlainString() + "%";
    }
}
