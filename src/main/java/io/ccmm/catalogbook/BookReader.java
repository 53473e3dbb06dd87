package io.ccmm.catalogbook;

import io.ccmm.catalog.Language;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the sheets of a catalog workbook as rows of text by column key, streaming (POI's event reader: a sheet is never
 * held whole), within hard limits so a huge or damaged file is refused in words instead of exhausting memory.
 */
final class BookReader {

    /** A catalog workbook is a few hundred kilobytes; anything near this is not one. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /** The unpacked size of all parts together (a guard against zip bombs beside POI's own inflation check). */
    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;

    static final int MAX_ROWS = 10_000;
    static final int MAX_SHEETS = 64;
    static final int MAX_COLUMN = 200;
    static final int MAX_CELL_CHARS = 20_000;

    private static final int HEADER_SEARCH_ROWS = 10;
    private static final Pattern KEY_IN_HEADER = Pattern.compile("\\[([a-zA-Z0-9.]+)]");

    /** One data row: its 1-based number and its cells by column key (blank cells absent). */
    record Row(int number, Map<String, String> cells) {
        String get(String key) {
            return cells.getOrDefault(key, "");
        }
    }

    /** One recognised sheet: its name in the workbook, where each column is, and its data rows. */
    record Sheet(BookSheet kind, String name, int headerRow, Map<String, Integer> columns, List<Row> rows) {

        /** The column letter of {@code key}, or empty when the sheet lacks it. */
        String letter(String key) {
            Integer c = columns.get(key);
            return c == null ? "" : CellReference.convertNumToColString(c);
        }
    }

    /** Thrown out of the streaming parse to stop at the first limit broken. */
    private static final class Refusal extends RuntimeException {
        private final transient BookProblem problem;

        Refusal(BookProblem problem) {
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }
    }

    /** Stops at the first fatal XML error without logging it; warnings and recoverable errors are not the user's. */
    private static final org.xml.sax.ErrorHandler QUIET = new org.xml.sax.ErrorHandler() {
        @Override
        public void warning(org.xml.sax.SAXParseException e) {}

        @Override
        public void error(org.xml.sax.SAXParseException e) {}

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
            throw e;
        }
    };

    private BookReader() {}

    /** The recognised sheets of the workbook, or the one problem that stops it being read. */
    static Map<BookSheet, Sheet> read(Path file) throws BookException {
        checkContainer(file);
        Map<BookSheet, Sheet> sheets = new EnumMap<>(BookSheet.class);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            int count = 0;
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    if (++count > MAX_SHEETS) {
                        throw new Refusal(BookProblem.file("read.tooManySheets", MAX_SHEETS));
                    }
                    String name = it.getSheetName();
                    Optional<BookSheet> kind = BookSheet.named(name);
                    if (kind.isEmpty() || sheets.containsKey(kind.get())) {
                        continue; // instructions and the user's own sheets are not read
                    }
                    SheetCollector collector = new SheetCollector(kind.get(), name);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setErrorHandler(QUIET); // bad XML becomes the refusal, not a log line on stderr
                    xml.setContentHandler(new XSSFSheetXMLHandler(
                            reader.getStylesTable(), strings, collector, new DataFormatter(), false));
                    xml.parse(new InputSource(in));
                    sheets.put(kind.get(), collector.sheet());
                }
            }
        } catch (Refusal r) {
            throw new BookException(List.of(r.problem));
        } catch (IOException
                | RuntimeException
                | org.xml.sax.SAXException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                | javax.xml.parsers.ParserConfigurationException e) {
            // A damaged part, bad XML or a zip POI refuses: the file is not a workbook we can read.
            throw new BookException(List.of(BookProblem.file("read.damaged", file.getFileName(), reason(e))));
        } finally {
            if (pkg != null) {
                pkg.revert(); // opened for reading: nothing to save
            }
        }
        return sheets;
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = m.strip().replaceAll("\\s+", " ");
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /** Size, kind and unpacked size, checked before POI opens the file. */
    private static void checkContainer(Path file) throws BookException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new BookException(List.of(BookProblem.file("read.noFile", file)));
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new BookException(List.of(BookProblem.file(
                        "read.tooBig", file.getFileName(), size / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024))));
            }
            File f = file.toFile();
            FileMagic magic = size < 8 ? FileMagic.UNKNOWN : FileMagic.valueOf(f);
            if (magic == FileMagic.OLE2) {
                throw new BookException(List.of(BookProblem.file("read.oldExcel", file.getFileName())));
            }
            if (magic != FileMagic.OOXML) {
                throw new BookException(List.of(BookProblem.file("read.notXlsx", file.getFileName())));
            }
            long unpacked = 0;
            try (ZipFile zip = new ZipFile(f)) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    unpacked += Math.max(0, e.getSize());
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw new BookException(List.of(BookProblem.file(
                                "read.tooBigUnpacked", file.getFileName(), MAX_UNPACKED_BYTES / (1024 * 1024))));
                    }
                }
                checkXmlParts(file, zip);
            }
        } catch (IOException | RuntimeException e) {
            throw new BookException(List.of(BookProblem.file("read.damaged", file.getFileName(), reason(e))));
        }
    }

    /**
     * Parses every XML part once, quietly and within the unpacked limit, before POI opens the package: a damaged part
     * (bad CRC, broken XML) becomes the refusal here instead of a log line of POI's on the user's screen.
     */
    private static void checkXmlParts(Path file, ZipFile zip) throws IOException, BookException {
        long[] total = {0};
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (!e.getName().endsWith(".xml") && !e.getName().endsWith(".rels")) {
                continue;
            }
            try (InputStream in = new java.io.FilterInputStream(zip.getInputStream(e)) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = super.read(buf, off, len);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws IOException {
                    total[0] += n;
                    if (total[0] > MAX_UNPACKED_BYTES) {
                        throw new IOException("unpacked size over the limit");
                    }
                }
            }) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setErrorHandler(QUIET);
                xml.setContentHandler(new org.xml.sax.helpers.DefaultHandler());
                xml.parse(new InputSource(in));
            } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException x) {
                throw new BookException(
                        List.of(BookProblem.file("read.damaged", file.getFileName(), e.getName() + ": " + reason(x))));
            }
            if (total[0] > MAX_UNPACKED_BYTES) {
                throw new BookException(List.of(BookProblem.file(
                        "read.tooBigUnpacked", file.getFileName(), MAX_UNPACKED_BYTES / (1024 * 1024))));
            }
        }
    }

    /** Collects one sheet's rows, finding the header row and mapping its columns to keys. */
    private static final class SheetCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final BookSheet kind;
        private final String name;
        private final List<Row> rows = new ArrayList<>();
        private Map<String, Integer> columns;
        private int headerRow;
        private int rowIndex;
        private int nextColumn;
        private final Map<Integer, String> current = new HashMap<>();
        private int rowsSeen;

        SheetCollector(BookSheet kind, String name) {
            this.kind = kind;
            this.name = name;
        }

        Sheet sheet() {
            return new Sheet(kind, name, headerRow, columns == null ? Map.of() : columns, rows);
        }

        @Override
        public void startRow(int rowNum) {
            if (++rowsSeen > MAX_ROWS || rowNum >= 1_048_576) {
                throw new Refusal(BookProblem.of(name, 0, "", "", "read.tooManyRows", MAX_ROWS));
            }
            rowIndex = rowNum;
            nextColumn = 0;
            current.clear();
        }

        @Override
        public void cell(String ref, String formattedValue, XSSFComment comment) {
            int col = ref == null ? nextColumn : new CellReference(ref).getCol();
            nextColumn = col + 1;
            if (col > MAX_COLUMN || formattedValue == null) {
                return;
            }
            String value = clean(formattedValue);
            if (value.length() > MAX_CELL_CHARS) {
                throw new Refusal(BookProblem.of(
                        name,
                        rowIndex + 1,
                        CellReference.convertNumToColString(col),
                        columnKeyOf(col),
                        "read.cellTooLong",
                        value.length(),
                        MAX_CELL_CHARS));
            }
            if (!value.isEmpty()) {
                current.put(col, value);
            }
        }

        private String columnKeyOf(int col) {
            if (columns != null) {
                for (Map.Entry<String, Integer> e : columns.entrySet()) {
                    if (e.getValue() == col) {
                        return e.getKey();
                    }
                }
            }
            return kind.columns().get(0);
        }

        @Override
        public void endRow(int rowNum) {
            if (current.isEmpty()) {
                return;
            }
            if (columns == null) {
                if (rowNum < HEADER_SEARCH_ROWS) {
                    Map<String, Integer> found = header(kind, current);
                    if (!found.isEmpty()) {
                        columns = found;
                        headerRow = rowNum + 1;
                    }
                }
                return;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> e : columns.entrySet()) {
                String v = current.get(e.getValue());
                if (v != null) {
                    cells.put(e.getKey(), v);
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new Row(rowNum + 1, cells));
            }
        }
    }

    /** Trailing and leading spaces (also no-break and ideographic) go; Windows line ends become plain ones. */
    static String clean(String s) {
        return s.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u00A0', ' ')
                .strip();
    }

    /** The columns of a header row: by the key in brackets, or by the label in either language, or the bare key. */
    static Map<String, Integer> header(BookSheet kind, Map<Integer, String> cells) {
        Map<String, Integer> found = new LinkedHashMap<>();
        BookText zh = new BookText(Language.ZH);
        BookText en = new BookText(Language.EN);
        cells.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(cell -> {
            String text = cell.getValue();
            Matcher m = KEY_IN_HEADER.matcher(text);
            String key = null;
            if (m.find() && kind.columns().contains(m.group(1))) {
                key = m.group(1);
            } else {
                String n = normal(text);
                for (String k : kind.columns()) {
                    if (n.equals(normal(k)) || n.equals(normal(zh.column(k))) || n.equals(normal(en.column(k)))) {
                        key = k;
                        break;
                    }
                }
            }
            if (key != null) {
                found.putIfAbsent(key, cell.getKey());
            }
        });
        return found;
    }

    private static String normal(String s) {
        return s.replaceAll("[\\s()（）]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
