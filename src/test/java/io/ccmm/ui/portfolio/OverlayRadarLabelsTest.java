package io.ccmm.ui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import io.ccmm.portfolio.PortfolioFixtures;
import io.ccmm.portfolio.PortfolioRow;
import io.ccmm.ui.QuietDialogs;
import io.ccmm.ui.common.BundledFonts;
import io.ccmm.ui.common.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The compare radar of the portfolio window labels its axes by module id and name in the window's language. */
@ExtendWith(ApplicationExtension.class)
class OverlayRadarLabelsTest {

    @TempDir
    Path dir;

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEnglishWindowLabelsTheAxesInEnglish(FxRobot robot) throws Exception {
        for (String s : PortfolioFixtures.SAMPLES.subList(0, 2)) {
            PortfolioFixtures.sampleFile(dir, s);
        }
        Messages en = Messages.of(Language.EN);
        AtomicReference<PortfolioWindow> window = new AtomicReference<>();
        Platform.runLater(() -> window.set(PortfolioWindow.show(owner, en, new QuietDialogs(), List.of(dir))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.get() != null);
        PortfolioViewModel model = window.get().model();
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> !model.loading().get() && model.rows().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<PortfolioRow> table = robot.lookup(".table-view").queryAs(TableView.class);
        Platform.runLater(() -> table.getSelectionModel().selectIndices(0, 1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#portfolio-compare");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".portfolio-radar")
                .tryQuery()
                .map(r -> ((OverlayRadar) r).series().size() == 2)
                .orElse(false));
        OverlayRadar radar = robot.lookup(".portfolio-radar").queryAs(OverlayRadar.class);
        assertEquals(
                List.of(
                        "1.0 Design & Planning",
                        "2.0 Operations & Management",
                        "3.0 Data & Performance",
                        "4.0 Customer Experience",
                        "5.0 Innovation & Improvement"),
                radar.labels());
        Platform.runLater(() -> window.get().stage().close());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLongLabelIsWrappedToTheRoomBesideTheAxis() throws Exception {
        Font font = Font.font(BundledFonts.FAMILY, 12);
        List<String> lines = WaitForAsyncUtils.asyncFx(
                        () -> OverlayRadar.wrap("5.0 Innovation & Improvement", 90, font))
                .get();
        assertTrue(lines.size() > 1, lines.toString());
        assertEquals("5.0 Innovation & Improvement", String.join(" ", lines));
        for (String line : lines) {
            double width = WaitForAsyncUtils.asyncFx(() -> {
                        Text t = new Text(line);
                        t.setFont(font);
                        return t.getLayoutBounds().getWidth();
                    })
                    .get();
            assertTrue(width <= 90 || !line.contains(" "), line + " is " + width + " wide");
        }
    }
}
