package io.ccmm.ui.readiness;

import io.ccmm.scoring.LevelReadiness;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * The small L1–L5 ladder beside the item card, built once and updated in place on every rating change: only the texts
 * and styles that changed are touched, so a key press does not build a new ladder.
 */
public final class CompactLadder {

    private final ReadinessWords words;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final List<Row> rows = new ArrayList<>();

    /** The labels of one level: name, status, percent and the N/A count shown under them when there is one. */
    private record Row(int level, Label status, Label percent, Label notApplicable) {}

    public CompactLadder(int levels, ReadinessWords words, Messages messages) {
        this.words = words;
        this.messages = messages;
        grid.getStyleClass().add("ladder-compact");
        grid.setHgap(8);
        grid.setVgap(6);
        int gridRow = 0;
        for (int n = levels; n >= 1; n--) {
            Label levelName = new Label(words.levelName(n));
            levelName.getStyleClass().add("ladder-level");
            levelName.setMinWidth(Region.USE_PREF_SIZE);
            Label status = new Label();
            status.getStyleClass().add("status-chip");
            status.setMinWidth(Region.USE_PREF_SIZE);
            Label percent = new Label();
            percent.getStyleClass().add("ladder-percent");
            percent.setId("ladder-percent-" + n);
            percent.setMinWidth(Region.USE_PREF_SIZE);
            Label notApplicable = new Label();
            notApplicable.setId("ladder-na-" + n);
            notApplicable.setWrapText(true);
            notApplicable.setVisible(false);
            notApplicable.setManaged(false);
            grid.addRow(gridRow++, levelName, status, percent);
            grid.add(notApplicable, 1, gridRow++, 2, 1);
            rows.add(new Row(n, status, percent, notApplicable));
        }
    }

    public GridPane node() {
        return grid;
    }

    /** Shows {@code result}; labels whose text and style stay the same are left alone. */
    public void show(ReadinessResult result) {
        for (Row row : rows) {
            LevelReadiness l = result.level(row.level());
            row.status().setText(words.status(l.status()));
            restyle(row.status(), "status-", "status-" + l.status().name().toLowerCase(Locale.ROOT));
            row.percent().setText(words.percent(l.percent()) + " / " + l.thresholdPercent() + "%");
            boolean any = l.notApplicableItems() > 0;
            row.notApplicable().setVisible(any);
            row.notApplicable().setManaged(any);
            if (any) {
                boolean over = l.notApplicableItems() > l.allowedNotApplicable();
                row.notApplicable()
                        .setText(
                                over
                                        ? messages.get(
                                                "dashboard.reason.tooManyNotApplicable",
                                                l.notApplicableItems(),
                                                l.allowedNotApplicable())
                                        : messages.get(
                                                "readiness.na.count",
                                                l.notApplicableItems(),
                                                l.allowedNotApplicable()));
                restyle(row.notApplicable(), "", over ? "ladder-na-exceeded" : "muted");
            }
        }
    }

    /** Replaces the style class that starts with {@code prefix} (or the N/A styles) by {@code wanted}, if it differs. */
    private static void restyle(Label label, String prefix, String wanted) {
        if (label.getStyleClass().contains(wanted)) {
            return;
        }
        label.getStyleClass()
                .removeIf(c -> prefix.isEmpty()
                        ? c.equals("ladder-na-exceeded") || c.equals("muted")
                        : c.startsWith(prefix) && !c.equals("status-chip"));
        label.getStyleClass().add(wanted);
    }
}
