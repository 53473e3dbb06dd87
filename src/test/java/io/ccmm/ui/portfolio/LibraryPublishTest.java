package io.ccmm.ui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import io.ccmm.library.Library;
import io.ccmm.library.LibraryLocation;
import io.ccmm.library.LibraryPortfolio;
import io.ccmm.library.TestPostgres;
import io.ccmm.portfolio.PortfolioFilter;
import io.ccmm.portfolio.PortfolioFixtures;
import io.ccmm.portfolio.PortfolioRow;
import io.ccmm.ui.common.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The portfolio window and a real PostgreSQL server: the team-library dialog (fields, test connection off the FX
 * thread, remembered URL and user but never the password), publishing the selected files, and the PDF summary.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryPublishTest {

    @TempDir
    static Path dir;

    static String url;

    private Stage owner;

    @BeforeAll
    static void library() throws Exception {
        url = TestPostgres.newLibrary(Optional.empty(), Optional.empty());
        try (Library owner = new Library(LibraryLocation.of(url, "ccmm_owner"), Optional.empty())) {
            owner.migrate();
        }
        Path files = Files.createDirectories(dir.resolve("files"));
        for (String s : PortfolioFixtures.SAMPLES) {
            PortfolioFixtures.sampleFile(files, s);
        }
    }

    @Start
    void start(Stage stage) {
        owner = stage;
    }

    @Test
    void theLoginTestsOffTheFxThreadAndRemembersNoPassword() throws Exception {
        Messages zh = Messages.of(Language.ZH);
        Path remembered = dir.resolve("settings/" + LibraryLogin.FILE_NAME);
        AtomicReference<LibraryLogin> login = new AtomicReference<>();
        Platform.runLater(
                () -> login.set(new LibraryLogin(zh, remembered, r -> new Thread(r).start(), Platform::runLater)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> login.get() != null);
        LibraryLogin l = login.get();
        assertEquals("jdbc:postgresql://", l.url().get());

        l.url().set("http://example.org/ccmm");
        assertTrue(l.problem().orElseThrow().contains("不是团队库"), l.problem().toString());
        l.url().set(url);
        assertEquals("请填写连接所用的用户名。", l.problem().orElseThrow());
        l.user().set("ccmm_owner");
        assertTrue(l.problem().isEmpty());

        l.setPassword("secret-typed-here".toCharArray());
        Platform.runLater(l::test);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> l.status().get().startsWith("已连接"));
        assertTrue(
                l.status().get().contains("数据结构版本 " + Library.SCHEMA_VERSION),
                l.status().get());

        l.remember();
        String json = Files.readString(remembered);
        assertTrue(json.contains(url) && json.contains("ccmm_owner"), json);
        assertFalse(json.contains("secret"), json);
        assertFalse(json.toLowerCase().contains("password"), json);
        LibraryLogin again = new LibraryLogin(zh, remembered, r -> new Thread(r).start(), Platform::runLater);
        assertEquals(url, again.url().get());
        assertEquals("ccmm_owner", again.user().get());

        // A database that does not exist: the reason in words, not an exception.
        again.url().set(url + "_missing");
        Platform.runLater(again::test);
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> !again.testing().get()
                        && !again.status().get().isEmpty()
                        && !again.status().get().startsWith("正在连接"));
        assertFalse(again.status().get().startsWith("已连接"), again.status().get());
        assertTrue(again.status().get().contains("_missing"), again.status().get());
    }

    @Test
    void theDialogRefusesABadUrlThenTestsAndConfirms(FxRobot robot) throws Exception {
        Messages en = Messages.of(Language.EN);
        Path remembered = dir.resolve("dialog/" + LibraryLogin.FILE_NAME);
        AtomicReference<LibraryLogin> login = new AtomicReference<>();
        AtomicReference<Dialog<ButtonType>> dialog = new AtomicReference<>();
        AtomicReference<ButtonType> answer = new AtomicReference<>();
        Platform.runLater(() -> {
            login.set(new LibraryLogin(en, remembered, r -> new Thread(r).start(), Platform::runLater));
            Dialog<ButtonType> d =
                    LibraryDialog.build(owner, en, login.get(), "library.publish.title", "library.dialog.publish");
            d.setOnHidden(e -> answer.set(d.getResult()));
            dialog.set(d);
            d.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog.get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Publish");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.get().isShowing(), "OK with no library named keeps the dialog open");
        assertEquals("Give the user name to connect as.", status(robot));
        Platform.runLater(() -> login.get().url().set("postgres://db/ccmm"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Publish");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.get().isShowing());
        assertTrue(status(robot).contains("is not a team library"), status(robot));

        Platform.runLater(() -> {
            login.get().url().set(url);
            login.get().user().set("ccmm_owner");
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#library-password").write("only-in-memory");
        robot.clickOn("Test connection");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).startsWith("Connected"));
        robot.clickOn("Publish");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        assertEquals(ButtonBar.ButtonData.OK_DONE, answer.get().getButtonData());
    }

    @Test
    @SuppressWarnings("unchecked")
    void publishesTheSelectedFilesAndExportsThePdf(FxRobot robot) throws Exception {
        Messages zh = Messages.of(Language.ZH);
        Path pdf = dir.resolve("组合概要.pdf");
        SavingDialogs dialogs = new SavingDialogs(pdf);
        AtomicReference<PortfolioWindow> window = new AtomicReference<>();
        Platform.runLater(() -> window.set(PortfolioWindow.show(owner, zh, dialogs, List.of(dir.resolve("files")))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.get() != null);
        PortfolioViewModel model = window.get().model();
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> !model.loading().get() && model.rows().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<PortfolioRow> table = robot.lookup(".table-view").queryAs(TableView.class);

        Library publisher = new Library(LibraryLocation.of(url, "ccmm_owner"), Optional.empty());
        Platform.runLater(() -> {
            table.getSelectionModel().selectIndices(0, 2);
            window.get()
                    .publish(
                            publisher,
                            model.publishable(
                                    List.copyOf(table.getSelectionModel().getSelectedItems())));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(n -> n instanceof Label l
                        && l.getText() != null
                        && l.getText().startsWith("已发布到"))
                .tryQuery()
                .isPresent());
        assertEquals(List.of(), dialogs.errors());
        assertTrue(robot.lookup(n -> n instanceof Label l
                        && l.getText() != null
                        && l.getText().contains("新增 2 个"))
                .tryQuery()
                .isPresent());
        try (Library reader = new Library(LibraryLocation.of(url, "ccmm_owner"), Optional.empty())) {
            List<PortfolioRow> published = LibraryPortfolio.read(reader, PortfolioFilter.ALL, r -> {});
            assertEquals(2, published.size());
            assertEquals(
                    List.of(
                                    table.getItems().get(0).roundUid(),
                                    table.getItems().get(2).roundUid())
                            .stream()
                            .sorted()
                            .toList(),
                    published.stream().map(PortfolioRow::roundUid).sorted().toList());
        }

        // The PDF summary of the shown rows, with the two selected sites on the radar.
        robot.clickOn("#portfolio-export-pdf");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("评估组合概要"), text);
            assertTrue(text.contains("某市12345政务服务便民热线"), text);
            assertTrue(text.contains("模块得分率对比"), text);
            assertTrue(text.contains("雷达图显示 3 个站点中的 2 个"), "the two selected sites: " + text);
        }
        Platform.runLater(() -> window.get().stage().close());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String status(FxRobot robot) {
        String text = robot.lookup("#library-status").queryAs(Label.class).getText();
        return text == null ? "" : text;
    }
}
