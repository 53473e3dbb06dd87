package io.ccmm.ui.branding;

import io.ccmm.storage.Branding;
import io.ccmm.storage.StorageException;
import io.ccmm.storage.StorageText;
import io.ccmm.ui.common.DialogButtons;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.team.TeamHost;
import io.ccmm.ui.workspace.FileRoundSession;
import java.io.ByteArrayInputStream;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;

/**
 * Round › Report branding…: the consultancy's and client's names, the logo and the accent colour the file's reports
 * carry. Saved to the file when accepted (one audited change); the reports read them at export. "Use as default for new
 * files" also keeps the consultancy's name, logo and colour in the user's settings: a file without branding then opens
 * this dialog with them, and its reports carry them.
 */
public final class BrandingDialog {

    private BrandingDialog() {}

    /** Adds "Report branding…" at the end of the Round menu. */
    public static void install(Menu roundMenu, TeamHost window) {
        MenuItem item = new MenuItem(window.teamMessages().get("branding.menu"));
        item.setId("brandingMenuItem");
        item.setOnAction(e -> show(window));
        roundMenu.getItems().add(item);
    }

    /** Shows the dialog for the open file and saves what the user accepts. */
    public static void show(TeamHost window) {
        FileRoundSession session = window.session();
        if (session == null) {
            return;
        }
        Messages m = window.teamMessages();
        BrandingForm form;
        try {
            form = new BrandingForm(DefaultBranding.forFile(session.file().branding(), window.brandingDefaults()));
        } catch (StorageException e) {
            window.teamDialogs()
                    .error(
                            m.get("branding.title"),
                            StorageText.describe(e, m.language().locale()));
            return;
        }
        Dialog<ButtonType> d = dialog(window, m, form);
        if (d.showAndWait().filter(DialogButtons::isOk).isEmpty()) {
            return;
        }
        save(window, form);
    }

    static void save(TeamHost window, BrandingForm form) {
        Messages m = window.teamMessages();
        try {
            Branding b = form.toBranding();
            if (form.isDefault()) {
                window.keepBrandingDefaults(DefaultBranding.of(b));
            }
            window.session().file().saveBranding(b);
        } catch (StorageException e) {
            window.teamDialogs()
                    .error(
                            m.get("branding.title"),
                            StorageText.describe(e, m.language().locale()));
        }
    }

    static Dialog<ButtonType> dialog(TeamHost window, Messages m, BrandingForm form) {
        TextField consultancy = new TextField(form.consultancy());
        consultancy.setId("brandingConsultancy");
        consultancy.setPrefColumnCount(28);
        TextField client = new TextField(form.client());
        client.setId("brandingClient");
        ImageView preview = new ImageView();
        preview.setFitWidth(160);
        preview.setFitHeight(60);
        preview.setPreserveRatio(true);
        Label noLogo = new Label(m.get("branding.logo.none"));
        Runnable showLogo = () -> {
            preview.setImage(form.hasLogo() ? new Image(new ByteArrayInputStream(form.logo())) : null);
            noLogo.setVisible(!form.hasLogo());
            noLogo.setManaged(!form.hasLogo());
        };
        showLogo.run();
        Button choose = new Button(m.get("branding.logo.choose"));
        choose.setOnAction(e -> window.teamDialogs()
                .chooseFileToOpen(
                        m.get("branding.logo.choose.title"), m.get("branding.logo.filter"), "*.png", "*.jpg", "*.jpeg")
                .ifPresent(file -> {
                    form.chooseLogo(file, m)
                            .ifPresent(problem -> window.teamDialogs().error(m.get("branding.title"), problem));
                    showLogo.run();
                }));
        Button remove = new Button(m.get("branding.logo.remove"));
        remove.setOnAction(e -> {
            form.removeLogo();
            showLogo.run();
        });
        CheckBox ownAccent = new CheckBox(m.get("branding.accent.own"));
        ownAccent.setId("brandingOwnAccent");
        ColorPicker accent = new ColorPicker(form.accent().isEmpty() ? Color.web("#2A6FB0") : Color.web(form.accent()));
        ownAccent.setSelected(!form.accent().isEmpty());
        accent.disableProperty().bind(ownAccent.selectedProperty().not());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(m.get("branding.consultancy")), consultancy);
        grid.addRow(1, new Label(m.get("branding.client")), client);
        grid.addRow(2, new Label(m.get("branding.logo")), new HBox(8, preview, noLogo, choose, remove));
        grid.addRow(3, new Label(m.get("branding.accent")), new HBox(8, ownAccent, accent));
        CheckBox asDefault = new CheckBox(m.get("branding.default"));
        asDefault.setId("brandingAsDefault");
        asDefault.setSelected(form.isDefault());
        grid.add(asDefault, 1, 4);

        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(window.teamOwner());
        d.setTitle(m.get("branding.title"));
        d.setHeaderText(m.get("branding.header"));
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(DialogButtons.ok(m), DialogButtons.cancel(m));
        d.setResultConverter(button -> {
            if (DialogButtons.isOk(button)) {
                form.setNames(consultancy.getText(), client.getText());
                form.setAccent(ownAccent.isSelected() ? hex(accent.getValue()) : "");
                form.setDefault(asDefault.isSelected());
            }
            return button;
        });
        return d;
    }

    static String hex(Color c) {
        return String.format(
                "#%02X%02X%02X",
                (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255), (int)
                        Math.round(c.getBlue() * 255));
    }
}
