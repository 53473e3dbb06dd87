package io.ccmm.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class NewOfficeDocumentTest {

    /** The buffer in memory POI made the new document's package on, and what has been saved into it. */
    private static int savedIntoItsBuffer(OPCPackage pkg) throws ReflectiveOperationException {
        Field output = OPCPackage.class.getDeclaredField("output");
        output.setAccessible(true);
        return ((UnsynchronizedByteArrayOutputStream) output.get(pkg)).size();
    }

    @Test
    void closingANewDocumentSavesItAgainLettingItGoDoesNot() throws Exception {
        XWPFDocument closed = new XWPFDocument();
        OPCPackage closedPackage = closed.getPackage();
        closed.createParagraph().createRun().setText("readiness");
        assertEquals(0, savedIntoItsBuffer(closedPackage));
        closed.close();
        assertTrue(
                savedIntoItsBuffer(closedPackage) > 0, "POI's close saves the whole package once more into its buffer");

        XWPFDocument letGo = new XWPFDocument();
        try (var made = new NewOfficeDocument<>(letGo)) {
            made.document().createParagraph().createRun().setText("readiness");
            made.document().write(OutputStream.nullOutputStream());
        }
        assertEquals(0, savedIntoItsBuffer(letGo.getPackage()), "nothing is saved again when the document is let go");
    }

    @Test
    void aDocumentWrittenThenLetGoIsWhole() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var made = new NewOfficeDocument<>(new XSSFWorkbook())) {
            made.document().createSheet("就绪度").createRow(0).createCell(0).setCellValue("L3");
            made.document().write(out);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals("L3", read.getSheet("就绪度").getRow(0).getCell(0).getStringCellValue());
        }
    }
}
