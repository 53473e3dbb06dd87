package io.ccmm.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The report formats the application offers, in menu order, found by id. */
public final class ReportExporterRegistry {

    private final Map<String, ReportExporter> byId = new LinkedHashMap<>();

    public ReportExporterRegistry(List<? extends ReportExporter> exporters) {
        for (ReportExporter e : exporters) {
            if (byId.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("two report exporters with id " + e.id());
            }
        }
    }

    /** PDF, Word, HTML, Excel, CSV and the interchange JSON. */
    public static ReportExporterRegistry defaults() {
        return new ReportExporterRegistry(List.of(
                new PdfReportExporter(),
                new DocxReportExporter(),
                new HtmlReportExporter(),
                new XlsxReportExporter(),
                new CsvReportExporter(),
                new InterchangeJsonExporter()));
    }

    public List<ReportExporter> all() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return new ArrayList<>(byId.keySet());
    }

    public Optional<ReportExporter> byId(String id) {
        return Optional.ofNullable(byId.get(id.toLowerCase(Locale.ROOT)));
    }
}
