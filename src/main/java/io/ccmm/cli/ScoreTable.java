package io.ccmm.cli;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.Rate;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.LocalizedText;
import io.ccmm.scoring.ImprovementPath;
import io.ccmm.scoring.LevelReadiness;
import io.ccmm.scoring.ModuleFloor;
import io.ccmm.scoring.ModuleScore;
import io.ccmm.scoring.PathStep;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.scoring.ReadinessStatus;
import io.ccmm.scoring.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The readable result of {@code ccmm score} (English): levels, reasons in words, the module table and the path. */
final class ScoreTable {

    private ScoreTable() {}

    static String render(ReadinessResult r, Catalog catalog, Assessment assessment) {
        StringBuilder out = new StringBuilder();
        header(out, r, assessment);
        levels(out, r, catalog);
        reasons(out, r);
        modules(out, r, catalog);
        r.path().ifPresent(p -> path(out, p, r));
        return out.toString();
    }

    private static void header(StringBuilder out, ReadinessResult r, Assessment a) {
        List<String> who = new ArrayList<>();
        for (String s : List.of(
                a.organization().name(),
                a.organization().site(),
                a.round().title(),
                a.round().date())) {
            if (!s.isBlank()) {
                who.add(s);
            }
        }
        if (!who.isEmpty()) {
            line(out, String.join(" · ", who));
        }
        line(out, "Catalog  %s (sha256 %s)", r.catalogId(), shortHash(r.catalogSha256()));
        line(out, "Rules    %s (sha256 %s)", r.rulesId(), shortHash(r.rulesSha256()));
        String years = r.yearsInOperation().isPresent()
                ? r.yearsInOperation().getAsInt() + " years in operation"
                : "years in operation unknown";
        line(
                out,
                "Rated    %d of %d items (%s %%), %s",
                r.completion().rated(),
                r.completion().total(),
                r.completion().percent().toPlainString(),
                years);
        line(out, "");
        line(out, "Readiness: %s", r.readinessLevel() == 0 ? "below L1" : "L" + r.readinessLevel());
        line(out, "");
    }

    private static void levels(StringBuilder out, ReadinessResult r, Catalog catalog) {
        String format = "%-18s %-10s %8s %7s %6s %13s %8s %10s %6s";
        line(out, format, "Level", "Status", "Rated", "Points", "Bonus", "Total / Max", "Percent", "Threshold", "Gap");
        for (LevelReadiness l : r.levels()) {
            line(
                    out,
                    format,
                    "L" + l.level() + " " + levelName(catalog, l.level()),
                    status(l.status()),
                    l.ratedItems() + "/" + l.requiredItems(),
                    l.points(),
                    l.bonusApplies() ? String.valueOf(l.bonusPoints()) : "-",
                    l.totalPoints() + " / " + l.maxPoints(),
                    l.percent().toPlainString() + " %",
                    l.thresholdPercent() + " %",
                    l.gapPoints());
        }
        line(out, "");
    }

    private static void reasons(StringBuilder out, ReadinessResult r) {
        boolean any = false;
        for (LevelReadiness l : r.levels()) {
            if (l.reasons().isEmpty()) {
                continue;
            }
            if (!any) {
                line(out, "Why a level is not achieved");
                any = true;
            }
            String label = "L" + l.level();
            for (Reason reason : l.reasons()) {
                line(out, "  %-3s %s", label, words(reason, l, r));
                label = "";
            }
        }
        if (any) {
            line(out, "");
        }
    }

    private static String words(Reason reason, LevelReadiness l, ReadinessResult r) {
        return switch (reason.code()) {
            case UNRATED_ITEMS -> reason.count() + " required item" + (reason.count() == 1 ? "" : "s")
                    + " not rated yet";
            case OPERATING_YEARS_UNKNOWN -> "needs " + l.minOperatingYears()
                    + " years of operation, and the years are not given";
            case OPERATING_YEARS_SHORT -> "needs " + l.minOperatingYears() + " years of operation, has "
                    + r.yearsInOperation().orElse(0);
            case BELOW_THRESHOLD -> l.gapPoints() + " points below the " + l.thresholdPercent() + " % threshold";
            case MODULE_BELOW_FLOOR -> {
                Optional<ModuleFloor> floor = l.modules().stream()
                        .filter(m -> m.module().equals(reason.module()))
                        .findFirst();
                yield "module " + reason.module() + ": "
                        + floor.map(f -> f.floorGap() + " points below its " + f.floorPercent() + " % floor")
                                .orElse("below its floor");
            }
            case PREVIOUS_LEVEL_NOT_ACHIEVED -> "L" + (l.level() - 1) + " not achieved";
        };
    }

    private static void modules(StringBuilder out, ReadinessResult r, Catalog catalog) {
        String format = "%-34s %5s %5s %13s %8s";
        line(out, "Modules (all items, bonus not added)");
        line(out, format, "Module", "Items", "Rated", "Points / Max", "Percent");
        for (ModuleScore m : r.modules()) {
            String name = catalog.module(m.module())
                    .map(cm -> m.module() + " " + english(cm.name()))
                    .orElse(m.module());
            line(
                    out,
                    format,
                    name,
                    m.items(),
                    m.rated(),
                    m.points() + " / " + m.maxPoints(),
                    m.percent().toPlainString() + " %");
        }
    }

    private static void path(StringBuilder out, ImprovementPath p, ReadinessResult r) {
        line(out, "");
        if (p.isTargetReached()) {
            line(out, "Target L%d: reached.", p.targetLevel());
            return;
        }
        int n = p.steps().size();
        if (n == 0) {
            line(out, "Improvement path to L%d: no rating needs to be raised.", p.targetLevel());
        } else {
            line(
                    out,
                    "Improvement path to L%d: raise %d item%s to 10/10 (+%d points)",
                    p.targetLevel(),
                    n,
                    n == 1 ? "" : "s",
                    p.totalGain());
            String format = "%4s %5s %7s %6s %11s %5s  %s";
            line(out, format, "#", "Item", "Module", "Level", "Before C/F", "Gain", "For");
            int i = 0;
            for (PathStep s : p.steps()) {
                line(
                        out,
                        format,
                        ++i,
                        s.item(),
                        s.module(),
                        "L" + s.level(),
                        rate(s.beforeC()) + "/" + rate(s.beforeF()),
                        "+" + s.gain(),
                        s.kind() == PathStep.Kind.MODULE_FLOOR
                                ? "L" + s.forLevel() + " floor of module " + s.floorModule()
                                : "L" + s.forLevel() + " threshold");
            }
        }
        for (Reason reason : p.outsideRatings()) {
            switch (reason.code()) {
                case OPERATING_YEARS_UNKNOWN -> line(
                        out,
                        "Not fixed by ratings: L%d needs %d years of operation; the years are not given.",
                        p.targetLevel(),
                        p.minOperatingYears());
                case OPERATING_YEARS_SHORT -> line(
                        out,
                        "Not fixed by ratings: L%d needs %d years of operation; the organization has %d.",
                        p.targetLevel(),
                        p.minOperatingYears(),
                        r.yearsInOperation().orElse(0));
                default -> line(out, "Not fixed by ratings: %s", reason.code());
            }
        }
        if (p.unratedItemsLeft() > 0) {
            line(
                    out,
                    "Then rate the %d required item%s still unrated (the path counts them as 0).",
                    p.unratedItemsLeft(),
                    p.unratedItemsLeft() == 1 ? "" : "s");
        }
    }

    private static String rate(Rate rate) {
        return rate.isRated() ? String.valueOf(rate.points()) : "-";
    }

    private static String status(ReadinessStatus status) {
        return switch (status) {
            case ACHIEVED -> "achieved";
            case NOT_MET -> "not met";
            case INCOMPLETE -> "incomplete";
        };
    }

    private static String levelName(Catalog catalog, int level) {
        return catalog.level(level).map(d -> english(d.name())).orElse("");
    }

    private static String english(LocalizedText text) {
        return text == null || text.en() == null ? "" : text.en();
    }

    private static String shortHash(String sha) {
        if (sha.isEmpty()) {
            return "not pinned";
        }
        return sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(args.length == 0 ? format : String.format(format, args)).append(System.lineSeparator());
    }
}
