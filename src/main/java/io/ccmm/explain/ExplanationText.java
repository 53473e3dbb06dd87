package io.ccmm.explain;

import io.ccmm.assessment.Rate;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.Language;
import io.ccmm.scoring.ItemScore;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.scoring.ReadinessStatus;
import io.ccmm.scoring.Reason;
import io.ccmm.scoring.ReasonCode;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * An explanation in plain words of one language ({@code i18n/explain.properties}, {@code explain_zh_CN.properties}).
 * Figures are inserted as they are, never regrouped, so they read exactly as {@code score --json} gives them.
 */
public final class ExplanationText {

    private final Catalog catalog;
    private final Language language;
    private final ResourceBundle bundle;

    public ExplanationText(Catalog catalog, Language language) {
        this.catalog = catalog;
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                "i18n.explain",
                language.locale(),
                ExplanationText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    /** The heading of a level: "L3 Benchmark — Not met". */
    public String title(LevelExplanation l) {
        return format(
                "explain.level.title",
                l.level(),
                levelName(l.level()),
                ReadinessVocabulary.status(l.status(), language));
    }

    /** The readiness level in one sentence: "Readiness: L2". */
    public String readiness(Explanation e) {
        return format("explain.readiness", ReadinessVocabulary.readinessLevel(e.readinessLevel(), language));
    }

    /** The lines under a level's heading, in the order of the arithmetic. */
    public List<ExplanationLine> lines(LevelExplanation l) {
        List<ExplanationLine> out = new ArrayList<>();
        out.add(line(
                format("explain.required", l.required().size(), String.join(", ", l.requiredModules()), l.level()),
                List.of()));
        if (l.notApplicable().isEmpty()) {
            out.add(line(format("explain.notApplicable.none", l.allowedNotApplicable()), List.of()));
        } else {
            String key = l.exceedsNotApplicableLimit() ? "explain.notApplicable.over" : "explain.notApplicable";
            out.add(line(format(key, l.notApplicable().size(), l.allowedNotApplicable()), l.notApplicable()));
        }
        out.add(line(format("explain.maximum", l.applicableItems(), l.maxPoints()), List.of()));
        if (l.unrated().isEmpty()) {
            out.add(line(format("explain.points", l.points()), List.of()));
        } else {
            out.add(line(
                    format("explain.points.unrated", l.points(), l.unrated().size()), l.unrated()));
        }
        if (!l.bonusApplies()) {
            out.add(line(format("explain.bonus.notApplies", l.level()), List.of()));
        } else if (l.bonusItems().isEmpty()) {
            out.add(line(format("explain.bonus.none", l.bonusModule(), l.qualifyingMinRate()), List.of()));
        } else {
            out.add(line(
                    format(
                            "explain.bonus",
                            l.bonusPoints(),
                            l.bonusItems().size(),
                            l.bonusModule(),
                            l.qualifyingMinRate()),
                    l.bonusItems()));
        }
        out.add(line(
                format(
                        "explain.total",
                        l.points(),
                        l.bonusPoints(),
                        l.totalPoints(),
                        l.maxPoints(),
                        l.percent().toPlainString()),
                List.of()));
        if (l.gapPoints() == 0) {
            out.add(line(format("explain.threshold.met", l.thresholdPercent(), l.thresholdPoints()), List.of()));
        } else {
            out.add(line(
                    format("explain.threshold.short", l.thresholdPercent(), l.thresholdPoints(), l.gapPoints()),
                    List.of()));
        }
        out.add(line(format("explain.floors", l.moduleFloorPercent()), List.of()));
        for (ModuleExplanation m : l.modules()) {
            String percent = Explainer.percent(m.points(), m.maxPoints()).toPlainString();
            if (m.isMet()) {
                out.add(new ExplanationLine(
                        format(
                                "explain.floor.met",
                                moduleName(m.module()),
                                m.points(),
                                m.maxPoints(),
                                percent,
                                m.floorPoints()),
                        List.of(),
                        1));
            } else {
                out.add(new ExplanationLine(
                        format(
                                "explain.floor.short",
                                moduleName(m.module()),
                                m.points(),
                                m.maxPoints(),
                                percent,
                                m.floorPoints(),
                                m.floorGap(),
                                m.floorPercent(),
                                m.belowFull().size(),
                                l.level()),
                        m.belowFull(),
                        1));
            }
        }
        out.add(line(years(l), List.of()));
        if (l.level() > 1 && l.reasons().stream().anyMatch(r -> r.code() == ReasonCode.PREVIOUS_LEVEL_NOT_ACHIEVED)) {
            out.add(line(format("explain.previous", l.level() - 1, l.level()), List.of()));
        }
        out.add(line(result(l), List.of()));
        return out;
    }

    private String years(LevelExplanation l) {
        if (l.minOperatingYears() == 0) {
            return format("explain.years.none", l.level());
        }
        if (l.years().isEmpty()) {
            return format("explain.years.unknown", l.minOperatingYears());
        }
        String key = l.yearsMet() ? "explain.years.met" : "explain.years.short";
        return format(key, l.minOperatingYears(), l.years().getAsInt());
    }

    private String result(LevelExplanation l) {
        if (l.status() == ReadinessStatus.ACHIEVED) {
            return format("explain.result.achieved", l.level());
        }
        List<String> why = new ArrayList<>();
        for (Reason r : l.reasons()) {
            why.add(
                    switch (r.code()) {
                        case UNRATED_ITEMS -> format("explain.why.unrated", r.count());
                        case OPERATING_YEARS_UNKNOWN -> get("explain.why.yearsUnknown");
                        case OPERATING_YEARS_SHORT -> get("explain.why.yearsShort");
                        case BELOW_THRESHOLD -> format("explain.why.belowThreshold", l.gapPoints());
                        case MODULE_BELOW_FLOOR -> format("explain.why.belowFloor", r.module());
                        case PREVIOUS_LEVEL_NOT_ACHIEVED -> format("explain.why.previous", l.level() - 1);
                        case TOO_MANY_NOT_APPLICABLE -> format(
                                "explain.why.tooManyNotApplicable", r.count(), r.allowed());
                    });
        }
        String key = l.status() == ReadinessStatus.INCOMPLETE ? "explain.result.incomplete" : "explain.result.notMet";
        return format(key, l.level(), String.join(get("explain.separator"), why));
    }

    public String levelName(int level) {
        return catalog.level(level).map(d -> d.name().get(language)).orElse("");
    }

    public String moduleName(String module) {
        return catalog.module(module)
                .map(m -> module + " " + m.name().get(language))
                .orElse(module);
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text of {@code key} with its arguments inserted as plain strings. */
    public String format(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(get(key), language.locale()).format(plain);
    }

    private static ExplanationLine line(String text, List<Integer> items) {
        return new ExplanationLine(text, items, 0);
    }

    /**
     * The sentence as {@code ccmm explain} and the reports print it: with the items it is about after it (": 12, 45,
     * 88"), a module's items below 10 / 10 with their ratings.
     */
    public String withItems(ExplanationLine line, ReadinessResult result) {
        if (line.items().isEmpty()) {
            return line.text();
        }
        List<String> words = new ArrayList<>();
        for (int id : line.items()) {
            if (line.indent() == 0) {
                words.add(String.valueOf(id));
                continue;
            }
            ItemScore s = result.item(id).orElseThrow();
            words.add(format("explain.rating", id, rate(s.c()), rate(s.f())));
        }
        return line.text() + get("explain.listStart") + String.join(", ", words);
    }

    private static String rate(Rate rate) {
        return rate.isRated() ? String.valueOf(rate.points()) : "–";
    }
}
