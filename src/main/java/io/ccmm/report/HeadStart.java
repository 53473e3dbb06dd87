package io.ccmm.report;

import io.ccmm.files.NewOfficeDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.opc.StreamHelper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Document;

/**
 * What the Word and Excel reports set up once per process before their first document (Apache POI's schema types, the
 * JDK's XML parser and serializer, the bundled font in Java2D), done ahead on a thread of its own while the command
 * still reads the assessment. Only a head start: each step is done again, and fails for real, where it is needed; a
 * step that fails here is left for then. The steps run in the order the export needs them, so the export's thread
 * waits at most for the one under way. Each format's head start runs once per process: the window asks for it
 * whenever the format is picked for an export.
 */
final class HeadStart {

    private static final AtomicBoolean WORD = new AtomicBoolean();
    private static final AtomicBoolean EXCEL = new AtomicBoolean();

    private HeadStart() {}

    /**
     * Starts the set-up of a Word report: POI's schema types, the bundled font, the XML parser and serializer. Whether
     * this call started it: once per process.
     */
    static boolean forWord() {
        return once(WORD, () -> {
            quietly(() -> {
                try (var made = new NewOfficeDocument<>(new XWPFDocument())) {
                    made.document().createParagraph();
                }
            });
            quietly(Java2dCanvas::loadFonts);
            domParser();
            xmlSerializer();
        });
    }

    /** Starts the set-up of an Excel report: POI's schema types and the XML serializer. Whether this call started it. */
    static boolean forExcel() {
        return once(EXCEL, () -> {
            quietly(() -> {
                try (var made = new NewOfficeDocument<>(new XSSFWorkbook())) {
                    made.document().createSheet();
                }
            });
            xmlSerializer();
        });
    }

    /** Runs {@code steps} on a head-start thread unless {@code started} says it ran before; whether it runs now. */
    private static boolean once(AtomicBoolean started, Runnable steps) {
        if (!started.compareAndSet(false, true)) {
            return false;
        }
        daemon("report-head-start", steps);
        return true;
    }

    /** Runs {@code work} on a thread of its own that never keeps the process alive. */
    static void daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    /** Adding a picture to a Word document reads its part with POI's DOM parser, whose factory is made once. */
    static void domParser() {
        quietly(DocumentHelper::newDocumentBuilder);
    }

    /** Saving writes the package's content types through the JDK's XML serializer, set up once per process. */
    static void xmlSerializer() {
        quietly(() -> {
            Document d = DocumentHelper.createDocument();
            d.appendChild(d.createElementNS("urn:ccmm:ready", "ready"));
            StreamHelper.saveXmlInStream(d, OutputStream.nullOutputStream());
        });
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void quietly(Step step) {
        try {
            step.run();
        } catch (IOException | RuntimeException e) {
            // Left for the export, which does it again and reports a failure in its own words.
        }
    }
}
