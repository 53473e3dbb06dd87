package io.ccmm.report;

import java.io.IOException;
import java.io.InputStream;

/** The bundled Noto Sans SC (OFL), so reports look the same on machines without any CJK font. */
final class ReportFonts {

    static final String FAMILY = "Noto Sans SC";
    static final String REGULAR = "/fonts/NotoSansSC_400Regular.ttf";
    static final String BOLD = "/fonts/NotoSansSC_700Bold.ttf";

    private ReportFonts() {}

    static InputStream open(boolean bold) throws IOException {
        String name = bold ? BOLD : REGULAR;
        InputStream in = ReportFonts.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the bundled font " + name + " is missing from the application");
        }
        return in;
    }
}
