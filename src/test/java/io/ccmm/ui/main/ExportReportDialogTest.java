package io.ccmm.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ccmm.report.ReportExporter;
import io.ccmm.report.ReportModel;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The export dialog gives the format shown, and every format picked, its head start while the user goes on choosing. */
@ExtendWith(ApplicationExtension.class)
class ExportReportDialogTest {

    private final List<String> prepared = new ArrayList<>();

    @Start
    void start(Stage stage) {
        // nothing to show: the combo box is tested on its own
    }

    private ReportExporter format(String id) {
        return new ReportExporter() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String extension() {
                return id;
            }

            @Override
            public void prepare() {
                prepared.add(id);
            }

            @Override
            public void write(ReportModel model, OutputStream out) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void theShownFormatAndEachPickedOneArePrepared(FxRobot robot) {
        robot.interact(() -> {
            ComboBox<ReportExporter> box = new ComboBox<>();
            ReportExporter pdf = format("pdf");
            ReportExporter docx = format("docx");
            ReportExporter xlsx = format("xlsx");
            box.getItems().setAll(pdf, docx, xlsx);
            box.setValue(pdf);
            ExportReportDialog.prepareWhenPicked(box);
            assertEquals(List.of("pdf"), prepared, "the format shown at first");
            box.setValue(docx);
            box.setValue(xlsx);
            box.setValue(docx);
            assertEquals(List.of("pdf", "docx", "xlsx", "docx"), prepared);
        });
    }
}
