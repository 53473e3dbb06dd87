package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.ccmm.catalog.Language;
import io.ccmm.storage.Branding;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The user's default branding stands in, part by part, where the round's file has none. */
class BrandingDefaultsReportTest {

    static byte[] logo;
    static byte[] ownLogo;

    @BeforeAll
    static void load() throws Exception {
        PlanReportTest.load();
        logo = png(80, 20);
        ownLogo = png(40, 40);
    }

    static byte[] png(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void eachPartFallsBackOnItsOwn() {
        Branding defaults = new Branding("Acme", "", logo, "image/png", "#112233");
        assertSame(Branding.NONE, ReportExtras.brandingOver(Branding.NONE, Branding.NONE));
        assertEquals(defaults, ReportExtras.brandingOver(Branding.NONE, defaults));

        Branding clientOnly = new Branding("", "某银行", new byte[0], "", "");
        Branding merged = ReportExtras.brandingOver(clientOnly, defaults);
        assertEquals("Acme", merged.consultancy());
        assertEquals("某银行", merged.client());
        assertArrayEquals(logo, merged.logo());
        assertEquals("#112233", merged.accent());

        Branding own = new Branding("Own firm", "某银行", ownLogo, "image/png", "#445566");
        assertEquals(own, ReportExtras.brandingOver(own, defaults), "a fully branded file keeps its own");
    }

    ReportModel model(ReportService service, Branding file) {
        ReportPlan plan =
                PlanReportTest.plan(true).withExtras(new ReportExtras(file, List.of(), Optional.empty(), List.of()));
        return service.model(
                ReportInput.of(PlanReportTest.bundle, PlanReportTest.bank).withPlan(plan), Language.EN);
    }

    @Test
    void aServiceWithDefaultsBrandsTheReportOfAFileWithoutBranding() {
        Branding[] defaults = {new Branding("Acme", "", logo, "image/png", "#112233")};
        ReportService service = new ReportService().withBrandingDefaults(() -> defaults[0]);

        ExtrasSection.Brand brand = model(service, Branding.NONE).extras().brand();
        assertEquals("Acme", brand.consultancy());
        assertEquals(80, brand.logoWidth());
        assertEquals(Optional.of(new java.awt.Color(0x112233)), brand.accent());

        ExtrasSection.Brand own = model(service, new Branding("Own firm", "", ownLogo, "image/png", ""))
                .extras()
                .brand();
        assertEquals("Own firm", own.consultancy());
        assertEquals(40, own.logoWidth(), "the file's own logo");
        assertEquals(Optional.of(new java.awt.Color(0x112233)), own.accent(), "the default colour where it has none");

        defaults[0] = Branding.NONE;
        assertEquals("", model(service, Branding.NONE).extras().brand().consultancy(), "read at each export");
        assertEquals(
                "", model(new ReportService(), Branding.NONE).extras().brand().consultancy());
    }
}
