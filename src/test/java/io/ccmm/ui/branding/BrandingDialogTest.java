package io.ccmm.ui.branding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Language;
import io.ccmm.report.ReportInput;
import io.ccmm.report.ReportModel;
import io.ccmm.report.ReportService;
import io.ccmm.report.RoundPlanReader;
import io.ccmm.storage.Branding;
import io.ccmm.ui.TestDialogs;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.common.BrandingDefaults;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.team.TeamHost;
import io.ccmm.ui.workspace.FileRoundSession;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Round › Report branding: names, logo and colour saved to the file and carried by the next report. */
@ExtendWith(ApplicationExtension.class)
class BrandingDialogTest {

    @TempDir
    Path dir;

    private Stage stage;
    private FileRoundSession session;
    private final List<String> errors = new ArrayList<>();
    private final Messages m = Messages.of(Language.ZH);
    private BrandingDefaults defaults = BrandingDefaults.NONE;
    private final List<BrandingDefaults> kept = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        if (session != null) {
            session.file().close();
        }
    }

    private TeamHost host() {
        DialogService dialogs = new io.ccmm.ui.QuietDialogs() {
            @Override
            public void error(String title, String message) {
                errors.add(message);
            }
        };
        return new TeamHost() {
            @Override
            public FileRoundSession session() {
                return session;
            }

            @Override
            public Stage teamOwner() {
                return stage;
            }

            @Override
            public Messages teamMessages() {
                return m;
            }

            @Override
            public DialogService teamDialogs() {
                return dialogs;
            }

            @Override
            public void switchRound(long roundId) {}

            @Override
            public void flushEdits() {}

            @Override
            public BrandingDefaults brandingDefaults() {
                return defaults;
            }

            @Override
            public void keepBrandingDefaults(BrandingDefaults d) {
                kept.add(d);
                defaults = d;
            }
        };
    }

    private Path png(String name) throws Exception {
        BufferedImage image = new BufferedImage(90, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        Path file = dir.resolve(name);
        Files.write(file, out.toByteArray());
        return file;
    }

    @Test
    void namesLogoAndColourAreSavedAndTheNextReportCarriesThem(FxRobot robot) throws Exception {
        session = TestSessions.with(dir.resolve("branded.ccmm"), List.of());
        TeamHost host = host();
        BrandingForm form = new BrandingForm(session.file().branding());
        Path logo = png("logo.png");
        assertEquals(Optional.empty(), form.chooseLogo(logo, m));

        Dialog<?>[] shown = new Dialog<?>[1];
        robot.interact(() -> {
            Dialog<ButtonType> d = BrandingDialog.dialog(host, m, form);
            shown[0] = d;
            d.show();
        });
        robot.clickOn("#brandingConsultancy").write("Acme 咨询");
        robot.clickOn("#brandingClient").write("某银行");
        robot.clickOn("#brandingOwnAccent");
        robot.clickOn(TestDialogs.ok(shown[0].getDialogPane()));
        WaitForAsyncUtils.waitForFxEvents();
        BrandingDialog.save(host, form);

        assertEquals(List.of(), errors);
        Branding saved = session.file().branding();
        assertEquals("Acme 咨询", saved.consultancy());
        assertEquals("某银行", saved.client());
        assertArrayEquals(Files.readAllBytes(logo), saved.logo());
        assertEquals("image/png", saved.logoType());
        assertEquals("#2A6FB0", saved.accent(), "the colour picked (the picker's start)");

        ReportModel model = new ReportService()
                .model(
                        ReportInput.of(
                                        session.file().catalogBundleOf(session.roundId()),
                                        session.file().exportRound(session.roundId()))
                                .withPlan(RoundPlanReader.read(session.file(), session.roundId())),
                        Language.EN);
        assertEquals("Acme 咨询", model.extras().brand().consultancy());
        assertTrue(model.extras().brand().hasLogo());
        assertEquals(90, model.extras().brand().logoWidth());
    }

    @Test
    void cancelChangesNothing(FxRobot robot) throws Exception {
        session = TestSessions.with(dir.resolve("plain.ccmm"), List.of());
        BrandingForm form = new BrandingForm(session.file().branding());
        Dialog<?>[] shown = new Dialog<?>[1];
        robot.interact(() -> {
            shown[0] = BrandingDialog.dialog(host(), m, form);
            shown[0].show();
        });
        robot.clickOn("#brandingConsultancy").write("Acme");
        robot.clickOn(TestDialogs.cancel(shown[0].getDialogPane()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", form.consultancy());
        assertEquals(Branding.NONE, session.file().branding());
    }

    @Test
    void aDamagedOrForeignFileIsRefusedAsALogoNamingItAndTheLogoStays() throws Exception {
        Path good = png("good.png");
        BrandingForm form = new BrandingForm(Branding.NONE);
        assertEquals(Optional.empty(), form.chooseLogo(good, m));
        byte[] before = form.logo();

        Path truncated = dir.resolve("cut.png");
        Files.write(truncated, Arrays.copyOf(Files.readAllBytes(good), 50));
        Optional<String> cut = form.chooseLogo(truncated, m);
        assertTrue(cut.isPresent());
        assertTrue(cut.get().contains("cut.png") && cut.get().contains("标志未更改"), cut.get());

        Path text = dir.resolve("notes.png");
        Files.writeString(text, "not an image");
        Optional<String> notImage = form.chooseLogo(text, Messages.of(Language.EN));
        assertTrue(notImage.get().contains("notes.png") && notImage.get().contains("not a PNG or JPEG"));

        Optional<String> missing = form.chooseLogo(dir.resolve("gone.png"), Messages.of(Language.EN));
        assertTrue(missing.get().contains("gone.png") && missing.get().contains("could not be read"));
        assertArrayEquals(before, form.logo(), "a refused file leaves the logo as it was");

        form.removeLogo();
        assertFalse(form.hasLogo());
        assertEquals("", form.toBranding().logoType());
    }

    @Test
    void useAsDefaultKeepsAllButTheClientAndAFileWithoutBrandingStartsFromIt(FxRobot robot) throws Exception {
        session = TestSessions.with(dir.resolve("first.ccmm"), List.of());
        TeamHost host = host();
        BrandingForm form = new BrandingForm(session.file().branding());
        Path logo = png("logo.png");
        form.chooseLogo(logo, m);
        Dialog<?>[] shown = new Dialog<?>[1];
        robot.interact(() -> {
            shown[0] = BrandingDialog.dialog(host, m, form);
            shown[0].show();
        });
        robot.clickOn("#brandingConsultancy").write("Acme 咨询");
        robot.clickOn("#brandingClient").write("某银行");
        robot.clickOn("#brandingOwnAccent");
        robot.clickOn("#brandingAsDefault");
        robot.clickOn(TestDialogs.ok(shown[0].getDialogPane()));
        WaitForAsyncUtils.waitForFxEvents();
        BrandingDialog.save(host, form);

        assertEquals(1, kept.size());
        BrandingDefaults d = kept.get(0);
        assertEquals("Acme 咨询", d.consultancy());
        assertArrayEquals(Files.readAllBytes(logo), d.logo());
        assertEquals("#2A6FB0", d.accent());
        assertEquals("某银行", session.file().branding().client(), "the client stays with the file");
        session.file().close();

        // A new file has no branding: the dialog starts from the defaults, without a client.
        session = TestSessions.with(dir.resolve("second.ccmm"), List.of());
        assertEquals(Branding.NONE, session.file().branding());
        BrandingForm next =
                new BrandingForm(DefaultBranding.forFile(session.file().branding(), defaults));
        assertEquals("Acme 咨询", next.consultancy());
        assertEquals("", next.client());
        assertTrue(next.hasLogo());
        assertEquals("#2A6FB0", next.accent());
        assertFalse(next.isDefault(), "keeping as default again is the user's choice");

        // Not ticked: the settings keep what they had.
        BrandingDialog.save(host, next);
        assertEquals(1, kept.size());
        assertEquals("Acme 咨询", session.file().branding().consultancy());
    }
}
