package io.ccmm.questionnaire;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The cells of an .xlsx workbook read with POI's streaming (SAX) reader, never the whole object model, under hard
 * limits: the file's size, each part's unpacked size, the number of sheets, rows and cells. What goes beyond a limit
 * is refused, as is anything that is not a readable workbook.
 */
final class WorkbookCells {

    /** The largest questionnaire file read (a filled one of the whole catalog is well under 1 MB). */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /** The largest unpacked part (a sheet or the shared strings). */
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;

    static final int MAX_SHEETS = 64;

    /** Rows per sheet: the catalog has 170 items; room for many extra rows, not for a million. */
    static final int MAX_ROWS = 20_000;

    static final int MAX_CELLS = 400_000;

    /** Excel's own limit of characters in a cell; longer text is cut here (and then too long for an answer). */
    static final int MAX_CELL_CHARS = 32_767;

    /** A cell's content: its text (numbers as written in the file), and its formula when it has one. */
    record Cell(String text, String formula) {
        boolean hasFormula() {
            return formula != null;
        }
    }

    /** One sheet: its name and its non-empty cells by row and column (0-based). */
    record Sheet(String name, SortedMap<Integer, SortedMap<Integer, Cell>> rows) {
        Cell cell(int row, int col) {
            SortedMap<Integer, Cell> r = rows.get(row);
            return r == null ? null : r.get(col);
        }

        String text(int row, int col) {
            Cell c = cell(row, col);
            return c == null ? "" : c.text();
        }
    }

    /** Reading stopped on a limit or damage; carries the refusal through the SAX parser. */
    private static final class Stop extends SAXException {
        final transient QuestionnaireException refusal;

        Stop(QuestionnaireException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }

    private static final QuestionnaireText.Localized DAMAGED = new QuestionnaireText.Localized("questionnaire.damaged");

    private WorkbookCells() {}

    static List<Sheet> read(Path file) throws QuestionnaireException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new QuestionnaireException(QuestionnaireException.Reason.READ, file, e);
        }
        if (size > MAX_FILE_BYTES) {
            throw new QuestionnaireException(
                    QuestionnaireException.Reason.TOO_LARGE,
                    file,
                    new QuestionnaireText.Localized("questionnaire.limit.file", MAX_FILE_BYTES / (1024 * 1024)));
        }
        if (!Files.isRegularFile(file)) {
            throw new QuestionnaireException(
                    QuestionnaireException.Reason.READ,
                    file,
                    new QuestionnaireText.Localized("questionnaire.notAFile"));
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return read(file, pkg);
        } catch (QuestionnaireException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            QuestionnaireException limit = refusal(e);
            if (limit != null) {
                throw limit;
            }
            // POI reports damage in many ways (invalid zip, missing parts, bad XML, zip bombs); all mean the same here.
            throw new QuestionnaireException(QuestionnaireException.Reason.NOT_A_WORKBOOK, file, DAMAGED, e);
        }
    }

    private static List<Sheet> read(Path file, OPCPackage pkg) throws Exception {
        ReadOnlySharedStringsTable strings = null;
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!parts.isEmpty()) {
            try (InputStream in = limited(parts.get(0).getInputStream(), file, "shared strings")) {
                strings = new ReadOnlySharedStringsTable(in, false);
            } catch (Stop stop) {
                throw stop.refusal;
            }
        }
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        List<Sheet> sheets = new ArrayList<>();
        int[] cells = {0};
        while (it.hasNext()) {
            if (sheets.size() >= MAX_SHEETS) {
                throw new QuestionnaireException(
                        QuestionnaireException.Reason.TOO_LARGE,
                        file,
                        new QuestionnaireText.Localized("questionnaire.limit.sheets", MAX_SHEETS));
            }
            try (InputStream in = it.next()) {
                String name = it.getSheetName();
                SheetHandler handler = new SheetHandler(file, name, strings, cells);
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.setErrorHandler(new DefaultHandler()); // errors end the parse as exceptions, nothing is logged
                try {
                    xml.parse(new InputSource(limited(in, file, name)));
                } catch (Stop stop) {
                    throw stop.refusal;
                }
                sheets.add(new Sheet(name, handler.rows));
            }
        }
        return sheets;
    }

    private static InputStream limited(InputStream in, Path file, String part) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = super.read(buffer, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws IOException {
                count += n;
                if (count > MAX_PART_BYTES) {
                    throw new IOException(new Stop(new QuestionnaireException(
                            QuestionnaireException.Reason.TOO_LARGE,
                            file,
                            new QuestionnaireText.Localized(
                                    "questionnaire.limit.part", MAX_PART_BYTES / (1024 * 1024), part))));
                }
            }
        };
    }

    /** Collects the cells of one sheet from its XML, as the SAX parser streams it. */
    private static final class SheetHandler extends DefaultHandler {
        final SortedMap<Integer, SortedMap<Integer, Cell>> rows = new TreeMap<>();
        private final Path file;
        private final String sheet;
        private final ReadOnlySharedStringsTable strings;
        private final int[] cells;
        private int row = -1;
        private int col = -1;
        private String type;
        private final StringBuilder value = new StringBuilder();
        private StringBuilder formula;
        private boolean inValue;
        private boolean inFormula;
        private boolean inPhonetic;
        private boolean inCell;

        SheetHandler(Path file, String sheet, ReadOnlySharedStringsTable strings, int[] cells) {
            this.file = file;
            this.sheet = sheet;
            this.strings = strings;
            this.cells = cells;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            switch (name) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : parseRow(r);
                    col = -1;
                    if (row >= MAX_ROWS) {
                        throw stop(new QuestionnaireText.Localized("questionnaire.limit.rows", MAX_ROWS, sheet));
                    }
                }
                case "c" -> {
                    inCell = true;
                    String r = attributes.getValue("r");
                    if (r == null) {
                        col++;
                    } else {
                        CellReference ref = reference(r);
                        col = ref.getCol();
                        if (ref.getRow() >= 0) {
                            row = ref.getRow();
                        }
                    }
                    if (row >= MAX_ROWS || row < 0) {
                        throw stop(new QuestionnaireText.Localized("questionnaire.limit.rows", MAX_ROWS, sheet));
                    }
                    type = attributes.getValue("t");
                    value.setLength(0);
                    formula = null;
                }
                case "v" -> inValue = inCell;
                case "t" -> inValue = inCell && !inPhonetic;
                case "rPh" -> inPhonetic = true;
                case "f" -> {
                    if (inCell) {
                        inFormula = true;
                        formula = new StringBuilder();
                    }
                }
                default -> {
                    // other elements carry nothing the questionnaire reads
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            switch (name) {
                case "v", "t" -> inValue = false;
                case "f" -> inFormula = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    inCell = false;
                    store();
                }
                default -> {
                    // nothing to do
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inFormula && formula != null) {
                append(formula, ch, start, length);
            } else if (inValue) {
                append(value, ch, start, length);
            }
        }

        private static void append(StringBuilder to, char[] ch, int start, int length) {
            int room = MAX_CELL_CHARS + 1 - to.length();
            if (room > 0) {
                to.append(ch, start, Math.min(room, length));
            }
        }

        private void store() throws SAXException {
            String text = value.toString();
            if ("s".equals(type)) {
                text = shared(text);
            } else if ("b".equals(type)) {
                text = "1".equals(text.strip()) ? "TRUE" : "FALSE";
            }
            if (text.isEmpty() && formula == null) {
                return;
            }
            if (++cells[0] > MAX_CELLS) {
                throw stop(new QuestionnaireText.Localized("questionnaire.limit.cells", MAX_CELLS));
            }
            rows.computeIfAbsent(row, k -> new TreeMap<>())
                    .put(col, new Cell(text, formula == null ? null : "=" + formula));
        }

        private String shared(String index) throws SAXException {
            if (strings == null) {
                throw damaged("a shared string without a table of them");
            }
            try {
                int i = Integer.parseInt(index.strip());
                if (i < 0 || i >= strings.getUniqueCount()) {
                    throw damaged("shared string " + i + " does not exist");
                }
                String s = strings.getItemAt(i).getString();
                return s == null ? "" : s.length() > MAX_CELL_CHARS + 1 ? s.substring(0, MAX_CELL_CHARS + 1) : s;
            } catch (NumberFormatException e) {
                throw damaged("shared string index " + index);
            }
        }

        private int parseRow(String r) throws SAXException {
            try {
                long n = Long.parseLong(r.strip());
                if (n < 1 || n > Integer.MAX_VALUE) {
                    throw damaged("row " + r);
                }
                return (int) (n - 1);
            } catch (NumberFormatException e) {
                throw damaged("row " + r);
            }
        }

        private CellReference reference(String r) throws SAXException {
            try {
                CellReference ref = new CellReference(r);
                if (ref.getCol() < 0 || ref.getCol() > 16_383) {
                    throw damaged("cell " + r);
                }
                return ref;
            } catch (RuntimeException e) {
                throw damaged("cell " + r);
            }
        }

        private Stop stop(QuestionnaireText.Localized what) {
            return new Stop(new QuestionnaireException(QuestionnaireException.Reason.TOO_LARGE, file, what));
        }

        private Stop damaged(String what) {
            // what is for a bug report (the exception's cause); the user reads that the file is damaged
            return new Stop(new QuestionnaireException(
                    QuestionnaireException.Reason.NOT_A_WORKBOOK, file, DAMAGED, new IllegalStateException(what)));
        }
    }

    /** The refusal behind an exception raised while reading, when it was a limit or damage seen by this reader. */
    static QuestionnaireException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Stop stop) {
                return stop.refusal;
            }
        }
        return null;
    }

    static Map<Integer, Cell> row(Sheet sheet, int row) {
        SortedMap<Integer, Cell> r = sheet.rows().get(row);
        return r == null ? Map.of() : r;
    }
}
