package io.ccmm.ui.team;

import io.ccmm.catalog.Catalog;
import io.ccmm.storage.AssessmentRepository;
import io.ccmm.storage.StorageException;
import io.ccmm.team.Agreement;
import io.ccmm.ui.common.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The agreement table: per assessor pair and module, C and F, items compared, exact agreement, kappa, reading. */
public final class AgreementView {

    private AgreementView() {}

    public static TableView<Agreement.Figure> table(List<Agreement.Figure> figures, Messages messages) {
        TableView<Agreement.Figure> table = new TableView<>();
        table.setId("team-agreement");
        table.getColumns().add(column(messages.get("team.agreement.pair"), f -> f.first() + " — " + f.second()));
        table.getColumns()
                .add(column(
                        messages.get("team.agreement.module"),
                        f -> f.module().isEmpty() ? messages.get("team.agreement.allModules") : f.module()));
        table.getColumns()
                .add(column(messages.get("team.agreement.angle"), f -> f.angle().name()));
        table.getColumns().add(column(messages.get("team.agreement.items"), f -> String.valueOf(f.items())));
        table.getColumns()
                .add(column(
                        messages.get("team.agreement.exact"),
                        f -> new BigDecimal(f.exactPercent()).setScale(1, RoundingMode.HALF_UP) + " %"));
        table.getColumns()
                .add(column(
                        messages.get("team.agreement.kappa"),
                        f -> f.kappa().isPresent()
                                ? new BigDecimal(f.kappa().getAsDouble())
                                        .setScale(2, RoundingMode.HALF_UP)
                                        .toPlainString()
                                : "–"));
        table.getColumns()
                .add(column(
                        messages.get("team.agreement.reading"),
                        f -> f.reading(messages.language().locale())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(figures);
        // the last column holds the reading in words ("substantial agreement"): wide enough for the longest one
        TableColumn<Agreement.Figure, ?> reading =
                table.getColumns().get(table.getColumns().size() - 1);
        for (Agreement.Figure f : figures) {
            double width =
                    new javafx.scene.text.Text(f.reading(messages.language().locale()))
                                    .getLayoutBounds()
                                    .getWidth()
                            + 32;
            reading.setMinWidth(Math.max(reading.getMinWidth(), width));
        }
        table.setPlaceholder(new Label(messages.get("team.agreement.none")));
        return table;
    }

    public static Stage show(Window owner, AssessmentRepository file, long roundId, Catalog catalog, Messages messages)
            throws StorageException {
        List<Agreement.Figure> figures = Agreement.of(file.contributions(roundId), catalog);
        BorderPane root = new BorderPane(table(figures, messages));
        root.setPadding(new Insets(10));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("team.agreement.title"));
        io.ccmm.ui.common.Windows.closable(stage);
        stage.setScene(new Scene(root, 1000, 420));
        io.ccmm.ui.common.Windows.keepSceneSize(stage);
        io.ccmm.ui.common.Windows.dressLike(stage, owner);
        stage.show();
        return stage;
    }

    private static TableColumn<Agreement.Figure, String> column(String title, Function<Agreement.Figure, String> text) {
        TableColumn<Agreement.Figure, String> col = new TableColumn<>(title);
        // wide enough for its heading ("Exact agreement", "Weighted kappa"): the figures are short, the words are not
        col.setMinWidth(new javafx.scene.text.Text(title).getLayoutBounds().getWidth() + 32);
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(text.apply(cd.getValue())));
        return col;
    }
}
