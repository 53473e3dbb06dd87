package io.ccmm.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.catalogbook.CatalogTemplate;
import io.ccmm.storage.CatalogSnapshot;
import io.ccmm.ui.common.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard's catalog: bundled, or a licensed one from a file; a refused file lists its problems in the user's
 * language and the wizard cannot create anything from it; a valid one is the new round's catalog.
 */
@ExtendWith(ApplicationExtension.class)
class NewAssessmentCatalogChoiceTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    private static String problems(FxRobot robot, DialogPane pane) {
        return robot.from(pane).lookup(".wizard-problems").queryAs(Label.class).getText();
    }

    private static void waitUntil(FxRobot robot, DialogPane pane, String text) throws Exception {
        try {
            waitFor(robot, pane, text);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no “" + text + "” in: "
                    + WaitForAsyncUtils.asyncFx(() -> problems(robot, pane)).get());
        }
    }

    private static void waitFor(FxRobot robot, DialogPane pane, String text) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                        () -> problems(robot, pane).contains(text)
                                || robot.from(pane)
                                        .lookup("#wizard-catalog-source")
                                        .queryAs(Label.class)
                                        .getText()
                                        .contains(text))
                .get());
    }

    @Test
    void aRefusedCatalogFileIsListedInWordsAndAValidOneBecomesTheRoundsCatalog(FxRobot robot) throws Exception {
        Path emptyBook = dir.resolve("空模板.xlsx");
        CatalogTemplate.write(emptyBook, Optional.empty(), Language.ZH);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"id\": \"licensed\"}");
        String bundled = new String(CatalogSnapshot.bundled().catalogJson(), StandardCharsets.UTF_8);
        String id = CatalogLoader.bundled().catalog().id();
        assertTrue(bundled.contains("\"" + id + "\""));
        Path licensed = dir.resolve("licensed.json");
        Files.writeString(licensed, bundled.replaceFirst("\"" + id + "\"", "\"licensed-2025\""));

        Messages zh = Messages.of(Language.ZH);
        NewAssessmentViewModel vm = new NewAssessmentViewModel(zh);
        Deque<Path> files = new ArrayDeque<>(java.util.List.of(emptyBook, broken, licensed));
        vm.chooseCatalogFilesWith(() -> Optional.ofNullable(files.poll()));
        CompletableFuture<Optional<NewAssessmentViewModel.NewAssessment>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(NewAssessmentDialog.show(stage, zh, vm)));
        DialogPane pane = io.ccmm.ui.ShownDialogs.await();
        Button ok = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        robot.interact(() ->
                robot.from(pane).lookup("#wizard-name").queryAs(TextField.class).setText("某银行信用卡中心"));
        assertFalse(ok.isDisabled());
        assertTrue(robot.from(pane)
                .lookup("#wizard-catalog-bundled")
                .queryAs(RadioButton.class)
                .isSelected());

        RadioButton fromFile = robot.from(pane).lookup("#wizard-catalog-file").queryAs(RadioButton.class);
        robot.interact(fromFile::fire);
        waitUntil(robot, pane, "条目库 空模板.xlsx 无法使用");
        String listed = problems(robot, pane);
        assertTrue(listed.contains("• 工作表“条目库”，第 2 行，B 列（取值）：为空"), listed);
        assertTrue(ok.isDisabled(), "nothing can be created from a refused catalog");

        Button another = robot.from(pane).lookup("#wizard-catalog-choose").queryAs(Button.class);
        robot.interact(another::fire);
        waitUntil(robot, pane, "条目库 broken.json 无法使用");
        assertFalse(problems(robot, pane).contains("空模板"), problems(robot, pane));
        assertTrue(ok.isDisabled());

        robot.interact(() -> robot.from(pane)
                .lookup("#wizard-catalog-bundled")
                .queryAs(RadioButton.class)
                .fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", problems(robot, pane));
        assertFalse(ok.isDisabled());

        robot.interact(fromFile::fire);
        waitUntil(robot, pane, "licensed-2025");
        String source = robot.from(pane)
                .lookup("#wizard-catalog-source")
                .queryAs(Label.class)
                .getText();
        assertEquals(
                "licensed.json：条目库 licensed-2025，版本 "
                        + CatalogLoader.bundled().catalog().version() + "，170 个条目",
                source);
        assertFalse(ok.isDisabled());
        robot.interact(ok::fire);
        NewAssessmentViewModel.NewAssessment a =
                answer.get(10, TimeUnit.SECONDS).orElseThrow();
        assertEquals("某银行信用卡中心", a.organization().name());
        assertEquals("licensed-2025", a.catalog().load().catalog().id());
        assertEquals(
                CatalogLoader.sha256(Files.readAllBytes(licensed)), a.catalog().catalogSha256());
    }

    @Test
    void cancellingAfterARefusalCreatesNothing(FxRobot robot) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "not json");
        Messages en = Messages.of(Language.EN);
        NewAssessmentViewModel vm = new NewAssessmentViewModel(en);
        vm.chooseCatalogFilesWith(() -> Optional.of(broken));
        CompletableFuture<Optional<NewAssessmentViewModel.NewAssessment>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(NewAssessmentDialog.show(stage, en, vm)));
        DialogPane pane = io.ccmm.ui.ShownDialogs.await();
        robot.interact(() ->
                robot.from(pane).lookup("#wizard-name").queryAs(TextField.class).setText("Bank"));
        robot.interact(() -> robot.from(pane)
                .lookup("#wizard-catalog-file")
                .queryAs(RadioButton.class)
                .fire());
        waitUntil(robot, pane, "The catalog broken.json cannot be used");
        assertTrue(pane.lookupButton(pane.getButtonTypes().get(0)).isDisabled());
        assertTrue(vm.result().isEmpty(), "the form gives nothing while its catalog is refused");
        robot.interact(() -> ((Button) pane.lookupButton(pane.getButtonTypes().get(1))).fire());
        assertEquals(Optional.empty(), answer.get(10, TimeUnit.SECONDS));
    }
}
