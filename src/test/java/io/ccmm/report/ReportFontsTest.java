package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A font library that cannot read the cached face gets one fresh copy before the export fails. */
class ReportFontsTest {

    @Test
    void aFaceThatCannotBeReadIsReadOnceMoreFromAFreshCopy() throws IOException {
        List<Path> seen = new ArrayList<>();
        String result = ReportFonts.read(true, file -> {
            seen.add(file);
            if (seen.size() == 1) {
                throw new IOException("damaged");
            }
            return "read " + file.getFileName();
        });

        assertEquals(2, seen.size());
        assertTrue(Files.isRegularFile(seen.get(1)));
        assertTrue(result.startsWith("read NotoSansSC_700Bold"), result);
    }

    @Test
    void aFaceThatStaysUnreadableFailsWithBothCauses() {
        IOException e = assertThrows(
                IOException.class,
                () -> ReportFonts.read(false, file -> {
                    throw new IOException("unreadable " + file.getFileName());
                }));

        assertTrue(e.getMessage().contains("NotoSansSC_400Regular"), e.getMessage());
        assertEquals(1, e.getSuppressed().length);
    }
}
