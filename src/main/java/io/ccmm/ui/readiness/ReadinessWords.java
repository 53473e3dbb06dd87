package io.ccmm.ui.readiness;

import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.Language;
import io.ccmm.explain.ReadinessVocabulary;
import io.ccmm.scoring.LevelReadiness;
import io.ccmm.scoring.ModuleFloor;
import io.ccmm.scoring.ReadinessStatus;
import io.ccmm.scoring.Reason;
import io.ccmm.ui.common.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Level names, statuses and reasons in plain words of the current language. */
public final class ReadinessWords {

    private final Messages messages;
    private final Catalog catalog;
    private NumberFormat percentFormat;
    private Locale percentLocale;

    public ReadinessWords(Messages messages, Catalog catalog) {
        this.messages = messages;
        this.catalog = catalog;
    }

    public String levelName(int level) {
        if (level == 0) {
            return ReadinessVocabulary.belowLevelOne(messages.language());
        }
        return "L" + level + " "
                + catalog.level(level)
                        .map(l -> l.name().get(messages.language()))
                        .orElse("");
    }

    public String status(ReadinessStatus status) {
        return ReadinessVocabulary.status(status, messages.language());
    }

    public synchronized String percent(BigDecimal value) {
        // One format per language, not one per call: the ladder beside the card shows five percentages per rating.
        Locale locale = messages.language().locale();
        if (!locale.equals(percentLocale)) {
            percentFormat = NumberFormat.getNumberInstance(locale);
            percentFormat.setMinimumFractionDigits(1);
            percentFormat.setMaximumFractionDigits(1);
            percentLocale = locale;
        }
        return percentFormat.format(value) + "%";
    }

    public String moduleName(String module) {
        return module + " "
                + catalog.module(module)
                        .map(m -> m.name().get(messages.language()))
                        .orElse("");
    }

    public String reason(Reason reason, LevelReadiness level) {
        Language lang = messages.language();
        return switch (reason.code()) {
            case UNRATED_ITEMS -> messages.get("dashboard.reason.unratedItems", reason.count());
            case OPERATING_YEARS_UNKNOWN -> messages.get("dashboard.reason.yearsUnknown", level.minOperatingYears());
            case OPERATING_YEARS_SHORT -> messages.get("dashboard.reason.yearsShort", level.minOperatingYears());
            case BELOW_THRESHOLD -> messages.get(
                    "dashboard.reason.belowThreshold",
                    percent(level.percent()),
                    level.thresholdPercent(),
                    level.gapPoints());
            case MODULE_BELOW_FLOOR -> {
                ModuleFloor floor = level.modules().stream()
                        .filter(m -> m.module().equals(reason.module()))
                        .findFirst()
                        .orElseThrow();
                yield messages.get(
                        "dashboard.reason.moduleBelowFloor",
                        moduleName(reason.module()),
                        percent(floor.percent()),
                        floor.floorPercent(),
                        floor.floorGap());
            }
            case PREVIOUS_LEVEL_NOT_ACHIEVED -> messages.get("dashboard.reason.previousLevel", level.level() - 1);
            case TOO_MANY_NOT_APPLICABLE -> messages.get(
                    "dashboard.reason.tooManyNotApplicable", reason.count(), reason.allowed());
        };
    }
}
