package io.ccmm.ui.readiness;

import io.ccmm.scoring.LevelReadiness;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.scoring.Reason;
import io.ccmm.ui.common.Messages;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The L1–L5 ladder: status, percent against the threshold as a bar, bonus, gap and reasons in words. */
public final class LadderView {

    private LadderView() {}

    /** The small ladder beside the item card. */
    public static GridPane compact(ReadinessResult result, ReadinessWords words, Messages messages) {
        return build(result, words, messages, true);
    }

    public static GridPane build(ReadinessResult result, ReadinessWords words, Messages messages, boolean compact) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(compact ? "ladder-compact" : "ladder");
        grid.setHgap(compact ? 8 : 14);
        grid.setVgap(compact ? 6 : 12);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints rest = new ColumnConstraints();
        rest.setHgrow(Priority.ALWAYS);
        int row = 0;
        for (int n = result.levels().size(); n >= 1; n--) {
            LevelReadiness l = result.level(n);
            Label levelName = new Label(words.levelName(n));
            levelName.getStyleClass().add("ladder-level");
            levelName.setMinWidth(Region.USE_PREF_SIZE);
            Label status = new Label(words.status(l.status()));
            status.getStyleClass()
                    .addAll("status-chip", "status-" + l.status().name().toLowerCase());
            status.setMinWidth(Region.USE_PREF_SIZE);
            String percentText = words.percent(l.percent()) + " / " + l.thresholdPercent() + "%";
            Label percent = new Label(percentText);
            percent.getStyleClass().add("ladder-percent");
            percent.setId("ladder-percent-" + n);
            percent.setMinWidth(Region.USE_PREF_SIZE);
            if (compact) {
                grid.addRow(row++, levelName, status, percent);
                if (l.notApplicableItems() > 0) {
                    grid.add(notApplicable(l, messages), 1, row++, 2, 1);
                }
                continue;
            }
            StackPane bar = bar(l);
            Label detail = new Label(detail(l, messages));
            detail.getStyleClass().add("muted");
            detail.setMinWidth(Region.USE_PREF_SIZE);
            Label reasons = new Label(l.reasons().stream()
                    .map((Reason r) -> "• " + words.reason(r, l))
                    .collect(Collectors.joining("\n")));
            reasons.setWrapText(true);
            reasons.getStyleClass().add("ladder-reasons");
            GridPane.setHgrow(bar, Priority.ALWAYS);
            grid.addRow(row++, levelName, status, bar, percent, detail);
            if (l.notApplicableItems() > 0) {
                grid.add(notApplicable(l, messages), 2, row++, 3, 1);
            }
            if (!l.reasons().isEmpty()) {
                grid.add(reasons, 2, row++, 3, 1);
            }
        }
        if (!compact) {
            grid.getColumnConstraints().setAll(name, new ColumnConstraints(), rest);
        }
        return grid;
    }

    /** How many of the level's required items are N/A against the limit; a warning when over it. */
    private static Label notApplicable(LevelReadiness l, Messages messages) {
        Label label = new Label(messages.get("readiness.na.count", l.notApplicableItems(), l.allowedNotApplicable()));
        label.setId("ladder-na-" + l.level());
        boolean over = l.notApplicableItems() > l.allowedNotApplicable();
        label.getStyleClass().add(over ? "ladder-na-exceeded" : "muted");
        if (over) {
            label.setText(messages.get(
                    "dashboard.reason.tooManyNotApplicable", l.notApplicableItems(), l.allowedNotApplicable()));
        }
        label.setWrapText(true);
        return label;
    }

    private static String detail(LevelReadiness l, Messages messages) {
        StringBuilder s = new StringBuilder();
        s.append(messages.get("dashboard.points", l.totalPoints(), l.maxPoints()));
        if (l.bonusApplies()) {
            s.append("  ·  ").append(messages.get("dashboard.bonus", l.bonusPoints()));
        }
        if (l.gapPoints() > 0) {
            s.append("  ·  ").append(messages.get("dashboard.gap", l.gapPoints()));
        }
        return s.toString();
    }

    /** A percent bar with a marker at the threshold. */
    private static StackPane bar(LevelReadiness l) {
        ProgressBar progress = new ProgressBar(l.percent().doubleValue() / 100.0);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.getStyleClass().add(l.meetsThreshold() ? "bar-pass" : "bar-short");
        Region marker = new Region();
        marker.getStyleClass().add("threshold-marker");
        marker.setMaxWidth(2);
        marker.setMinWidth(2);
        StackPane pane = new StackPane(progress, marker);
        pane.setAlignment(Pos.CENTER_LEFT);
        pane.setMinWidth(160);
        pane.widthProperty()
                .addListener((o, old, w) -> marker.setTranslateX(w.doubleValue() * l.thresholdPercent() / 100.0 - 1));
        return pane;
    }
}
