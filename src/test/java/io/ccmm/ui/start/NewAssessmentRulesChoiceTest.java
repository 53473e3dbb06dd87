package io.ccmm.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.storage.CatalogSnapshot;
import io.ccmm.ui.common.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
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
 * The wizard's licensed catalog from a file takes a scoring rules file beside it (as {@code --rules}): checked on its
 * own and with the catalog, a refused one lists its problems in the user's language and nothing can be created; a
 * valid one is stored with the new round's catalog.
 */
@ExtendWith(ApplicationExtension.class)
class NewAssessmentRulesChoiceTest {

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

    private static String source(FxRobot robot, DialogPane pane) {
        return robot.from(pane)
                .lookup("#wizard-catalog-source")
                .queryAs(Label.class)
                .getText();
    }

    private static void waitUntil(FxRobot robot, DialogPane pane, String text) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                            () -> problems(robot, pane).contains(text)
                                    || source(robot, pane).contains(text))
                    .get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no “" + text + "” in: "
                    + WaitForAsyncUtils.asyncFx(() -> problems(robot, pane) + " / " + source(robot, pane))
                            .get());
        }
    }

    private Path licensedCatalog() throws Exception {
        String bundled = new String(CatalogSnapshot.bundled().catalogJson(), StandardCharsets.UTF_8);
        String id = CatalogLoader.bundled().catalog().id();
        Path licensed = dir.resolve("licensed.json");
        Files.writeString(licensed, bundled.replaceFirst("\"" + id + "\"", "\"licensed-2025\""));
        return licensed;
    }

    /** The bundled rules under another id, with L1 at 65 % instead of 60 %. */
    private Path consultantRules() throws Exception {
        String rules = new String(CatalogSnapshot.bundled().rulesJson(), StandardCharsets.UTF_8);
        String id = CatalogLoader.bundled().rules().id();
        String changed = rules.replaceFirst("\"" + id + "\"", "\"consultant-2025\"")
                .replaceFirst("\"thresholdPercent\": 60", "\"thresholdPercent\": 65");
        assertFalse(changed.equals(rules));
        Path file = dir.resolve("consultant.json");
        Files.writeString(file, changed);
        return file;
    }

    @Test
    void aRulesFileIsCheckedAndStoredWithTheLicensedCatalog(FxRobot robot) throws Exception {
        Path licensed = licensedCatalog();
        Path broken = dir.resolve("broken-rules.json");
        Files.writeString(broken, "{\"id\": \"x\", \"levels\": []}");
        Path consultant = consultantRules();

        Messages zh = Messages.of(Language.ZH);
        NewAssessmentViewModel vm = new NewAssessmentViewModel(zh);
        vm.chooseCatalogFilesWith(() -> Optional.of(licensed));
        Deque<Path> rules = new ArrayDeque<>(List.of(broken, consultant));
        vm.chooseRulesFilesWith(() -> Optional.ofNullable(rules.poll()));
        CompletableFuture<Optional<NewAssessmentViewModel.NewAssessment>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(NewAssessmentDialog.show(stage, zh, vm)));
        DialogPane pane = io.ccmm.ui.ShownDialogs.await();
        Button ok = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        robot.interact(() ->
                robot.from(pane).lookup("#wizard-name").queryAs(TextField.class).setText("某银行信用卡中心"));
        Button rulesFile = robot.from(pane).lookup("#wizard-rules-choose").queryAs(Button.class);
        assertFalse(io.ccmm.ui.ShownDialogs.visible(rulesFile), "rules go with a catalog from a file");

        robot.interact(() -> robot.from(pane)
                .lookup("#wizard-catalog-file")
                .queryAs(RadioButton.class)
                .fire());
        waitUntil(robot, pane, "licensed-2025");
        assertTrue(io.ccmm.ui.ShownDialogs.visible(rulesFile));
        assertFalse(source(robot, pane).contains("评分规则"), "the bundled rules: " + source(robot, pane));

        robot.interact(rulesFile::fire);
        waitUntil(robot, pane, "评分规则文件 broken-rules.json 无法使用");
        assertTrue(ok.isDisabled(), "nothing can be created from refused rules");

        robot.interact(rulesFile::fire);
        waitUntil(robot, pane, "评分规则 consultant.json：consultant-2025");
        assertEquals("", problems(robot, pane));
        assertFalse(ok.isDisabled());
        robot.interact(ok::fire);
        NewAssessmentViewModel.NewAssessment a =
                answer.get(10, TimeUnit.SECONDS).orElseThrow();
        assertEquals("licensed-2025", a.catalog().load().catalog().id());
        assertEquals("consultant-2025", a.catalog().load().rules().id());
        assertEquals(
                CatalogLoader.sha256(Files.readAllBytes(consultant)),
                a.catalog().rulesSha256());
        assertEquals(65, a.catalog().load().rules().levels().get(0).thresholdPercent());
    }

    @Test
    void aRefusedRulesFileIsListedInTheUsersLanguage() throws Exception {
        Path licensed = licensedCatalog();
        Path broken = dir.resolve("broken-rules.json");
        Files.writeString(broken, "{\"id\": \"x\", \"levels\": []}");
        WizardCatalog.Refused en = assertThrows(
                WizardCatalog.Refused.class, () -> WizardCatalog.read(licensed, broken, Messages.of(Language.EN)));
        assertTrue(
                en.lines().get(0).startsWith("The rules file broken-rules.json cannot be used ("),
                en.lines().toString());
        assertTrue(en.lines().size() > 1, "its problems listed: " + en.lines());
        Path missing = dir.resolve("missing.json");
        WizardCatalog.Refused zh = assertThrows(
                WizardCatalog.Refused.class, () -> WizardCatalog.read(licensed, missing, Messages.of(Language.ZH)));
        assertTrue(
                zh.lines().get(0).startsWith("无法读取文件 missing.json："), zh.lines().toString());
        WizardCatalog bundledRules = WizardCatalog.read(licensed, null, Messages.of(Language.EN));
        assertEquals(
                CatalogSnapshot.bundled().rulesSha256(), bundledRules.snapshot().rulesSha256());
    }
}
