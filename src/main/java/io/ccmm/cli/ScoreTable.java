package io.ccmm.cli;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.Rate;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.Language;
import io.ccmm.catalog.LocalizedText;
import io.ccmm.explain.ReadinessVocabulary;
import io.ccmm.scoring.ImprovementPath;
import io.ccmm.scoring.LevelReadiness;
import io.ccmm.scoring.ModuleFloor;
import io.ccmm.scoring.ModuleScore;
import io.ccmm.scoring.PathStep;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.scoring.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The readable result of {@code ccmm score} in Chinese or English: levels, reasons in words, the module table and the
 * path. Columns are measured in terminal columns, so Chinese names line up.
 */
final class ScoreTable {

    /** The widest an item title may be in the path table, in terminal columns. */
    static final int TITLE_COLUMNS = 48;

    private final ReadinessResult r;
    private final Catalog catalog;
    private final Language language;
    private final CliText text;
    private final StringBuilder out = new StringBuilder();

    private ScoreTable(ReadinessResult r, Catalog catalog, Language language) {
        this.r = r;
        this.catalog = catalog;
        this.language = language;
        this.text = new CliText(language);
    }

    static String render(ReadinessResult r, Catalog catalog, Assessment assessment, Language language) {
        ScoreTable table = new ScoreTable(r, catalog, language);
        table.header(assessment);
        table.levels();
        table.reasons();
        table.modules();
        r.path().ifPresent(table::path);
        return table.out.toString();
    }

    private void header(Assessment a) {
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
            line(String.join(" · ", who));
        }
        line(text.format("header.catalog", r.catalogId(), shortHash(r.catalogSha256())));
        line(text.format("header.rules", r.rulesId(), shortHash(r.rulesSha256())));
        String years = r.yearsInOperation().isPresent()
                ? text.format(
                        "header.years", String.valueOf(r.yearsInOperation().getAsInt()))
                : text.get("header.yearsUnknown");
        if (r.completion().notApplicable() > 0) {
            line(text.format(
                            "header.ratedAndNotApplicable",
                            String.valueOf(r.completion().rated()),
                            String.valueOf(r.completion().total()),
                            String.valueOf(r.completion().notApplicable()),
                            r.completion().percent().toPlainString())
                    + text.get("header.separator")
                    + years);
        } else {
            line(text.format(
                    "header.rated",
                    String.valueOf(r.completion().rated()),
                    String.valueOf(r.completion().total()),
                    r.completion().percent().toPlainString(),
                    years));
        }
        line("");
        line(text.format("header.readiness", ReadinessVocabulary.readinessLevel(r.readinessLevel(), text.language())));
        line("");
    }

    private void levels() {
        Table t = new Table("LLRRRRRRRR");
        t.row(
                text.get("levels.level"),
                text.get("levels.status"),
                text.get("levels.rated"),
                text.get("levels.notApplicable"),
                text.get("levels.points"),
                text.get("levels.bonus"),
                text.get("levels.total"),
                text.get("levels.percent"),
                text.get("levels.threshold"),
                text.get("levels.gap"));
        for (LevelReadiness l : r.levels()) {
            t.row(
                    "L" + l.level() + " " + levelName(l.level()),
                    ReadinessVocabulary.status(l.status(), text.language()),
                    l.ratedItems() + "/" + l.requiredItems(),
                    l.notApplicableItems() + "/" + l.allowedNotApplicable()
                            + (l.exceedsNotApplicableLimit() ? " !" : ""),
                    l.points(),
                    l.bonusApplies() ? String.valueOf(l.bonusPoints()) : "-",
                    l.totalPoints() + " / " + l.maxPoints(),
                    l.percent().toPlainString() + " %",
                    l.thresholdPercent() + " %",
                    l.gapPoints());
        }
        t.print();
        line("");
    }

    private void reasons() {
        boolean any = false;
        for (LevelReadiness l : r.levels()) {
            if (l.reasons().isEmpty()) {
                continue;
            }
            if (!any) {
                line(text.get("reasons.title"));
                any = true;
            }
            String label = "L" + l.level();
            for (Reason reason : l.reasons()) {
                line("  " + TextColumns.left(label, 3) + " " + words(reason, l));
                label = "";
            }
        }
        if (any) {
            line("");
        }
    }

    private String words(Reason reason, LevelReadiness l) {
        return switch (reason.code()) {
            case UNRATED_ITEMS -> text.format("reason.UNRATED_ITEMS", String.valueOf(reason.count()), reason.count());
            case OPERATING_YEARS_UNKNOWN -> text.format(
                    "reason.OPERATING_YEARS_UNKNOWN", String.valueOf(l.minOperatingYears()));
            case OPERATING_YEARS_SHORT -> text.format(
                    "reason.OPERATING_YEARS_SHORT",
                    String.valueOf(l.minOperatingYears()),
                    String.valueOf(r.yearsInOperation().orElse(0)));
            case BELOW_THRESHOLD -> text.format(
                    "reason.BELOW_THRESHOLD", String.valueOf(l.gapPoints()), String.valueOf(l.thresholdPercent()));
            case MODULE_BELOW_FLOOR -> {
                Optional<ModuleFloor> floor = l.modules().stream()
                        .filter(m -> m.module().equals(reason.module()))
                        .findFirst();
                yield floor.map(f -> text.format(
                                "reason.MODULE_BELOW_FLOOR",
                                reason.module(),
                                String.valueOf(f.floorGap()),
                                String.valueOf(f.floorPercent())))
                        .orElseGet(() -> text.format("reason.MODULE_BELOW_FLOOR.noFloor", reason.module()));
            }
            case PREVIOUS_LEVEL_NOT_ACHIEVED -> text.format(
                    "reason.PREVIOUS_LEVEL_NOT_ACHIEVED", String.valueOf(l.level() - 1));
            case TOO_MANY_NOT_APPLICABLE -> text.format(
                    "reason.TOO_MANY_NOT_APPLICABLE",
                    String.valueOf(reason.count()),
                    String.valueOf(reason.allowed()),
                    String.valueOf(l.requiredItems()),
                    reason.count());
        };
    }

    private void modules() {
        line(text.get("modules.title"));
        Table t = new Table("LRRRRR");
        t.row(
                text.get("modules.module"),
                text.get("modules.items"),
                text.get("modules.rated"),
                text.get("modules.notApplicable"),
                text.get("modules.points"),
                text.get("modules.percent"));
        for (ModuleScore m : r.modules()) {
            String name = catalog.module(m.module())
                    .map(cm -> m.module() + " " + localized(cm.name()))
                    .orElse(m.module());
            t.row(
                    name,
                    m.items(),
                    m.rated(),
                    m.notApplicable(),
                    m.points() + " / " + m.maxPoints(),
                    m.percent().toPlainString() + " %");
        }
        t.print();
    }

    private void path(ImprovementPath p) {
        line("");
        String target = String.valueOf(p.targetLevel());
        if (p.isTargetReached()) {
            line(text.format("path.reached", target));
            return;
        }
        int n = p.steps().size();
        if (n == 0) {
            line(text.format("path.nothingToRaise", target));
        } else {
            line(text.format("path.title", target, String.valueOf(n), n, String.valueOf(p.totalGain())));
            Table t = new Table("RRRRRRLL");
            t.row(
                    text.get("path.number"),
                    text.get("path.item"),
                    text.get("path.module"),
                    text.get("path.level"),
                    text.get("path.before"),
                    text.get("path.gain"),
                    text.get("path.for"),
                    text.get("path.itemTitle"));
            int i = 0;
            for (PathStep s : p.steps()) {
                t.row(
                        ++i,
                        s.item(),
                        s.module(),
                        "L" + s.level(),
                        rate(s.beforeC()) + "/" + rate(s.beforeF()),
                        "+" + s.gain(),
                        s.kind() == PathStep.Kind.MODULE_FLOOR
                                ? text.format("path.for.floor", String.valueOf(s.forLevel()), s.floorModule())
                                : text.format("path.for.threshold", String.valueOf(s.forLevel())),
                        TextColumns.cut(itemTitle(s.item()), TITLE_COLUMNS));
            }
            t.print();
        }
        for (Reason reason : p.outsideRatings()) {
            switch (reason.code()) {
                case OPERATING_YEARS_UNKNOWN -> line(
                        text.format("path.outside.yearsUnknown", target, String.valueOf(p.minOperatingYears())));
                case OPERATING_YEARS_SHORT -> line(text.format(
                        "path.outside.yearsShort",
                        target,
                        String.valueOf(p.minOperatingYears()),
                        String.valueOf(r.yearsInOperation().orElse(0))));
                default -> line(text.format("path.outside.other", reason.code().name()));
            }
        }
        for (int level : p.notApplicableLimitExceeded()) {
            LevelReadiness l = r.level(level);
            line(text.format(
                    "path.outside.tooManyNotApplicable",
                    String.valueOf(level),
                    String.valueOf(l.notApplicableItems()),
                    String.valueOf(l.allowedNotApplicable())));
        }
        if (p.unratedItemsLeft() > 0) {
            line(text.format("path.unratedLeft", String.valueOf(p.unratedItemsLeft()), p.unratedItemsLeft()));
        }
    }

    private String itemTitle(int itemId) {
        return catalog.item(itemId)
                .map(AssessmentItem::title)
                .map(this::localized)
                .orElse("");
    }

    private static String rate(Rate rate) {
        return rate.isRated() ? String.valueOf(rate.points()) : "-";
    }

    private String levelName(int level) {
        return catalog.level(level).map(d -> localized(d.name())).orElse("");
    }

    private String localized(LocalizedText value) {
        if (value == null) {
            return "";
        }
        String s = value.get(language);
        return s == null ? "" : s;
    }

    private String shortHash(String sha) {
        if (sha.isEmpty()) {
            return text.get("header.notPinned");
        }
        return sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }

    private void line(String s) {
        out.append(s).append(System.lineSeparator());
    }

    /** Rows whose columns are as wide as their widest cell; each column left ('L') or right ('R') aligned. */
    private final class Table {
        private final String aligns;
        private final List<String[]> rows = new ArrayList<>();

        Table(String aligns) {
            this.aligns = aligns;
        }

        void row(Object... cells) {
            String[] row = new String[cells.length];
            for (int i = 0; i < cells.length; i++) {
                row[i] = String.valueOf(cells[i]);
            }
            rows.add(row);
        }

        void print() {
            int[] widths = new int[aligns.length()];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(widths[i], TextColumns.width(row[i]));
                }
            }
            for (String[] row : rows) {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        s.append("  ");
                    }
                    boolean last = i == row.length - 1;
                    if (aligns.charAt(i) == 'R') {
                        s.append(TextColumns.right(row[i], widths[i]));
                    } else {
                        s.append(last ? row[i] : TextColumns.left(row[i], widths[i]));
                    }
                }
                line(s.toString());
            }
        }
    }
}
