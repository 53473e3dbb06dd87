package io.ccmm.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The item table as CSV (RFC 4180, CRLF), UTF-8 with a byte order mark so Excel opens Chinese text correctly. Text that
 * a spreadsheet would take for a formula is neutralized; unrated angles are empty cells. CSV is one table by design (one
 * record per item), so the round's plan is carried per item in the last two columns: its findings and the actions that
 * raise it (an action raising several items is on each of them), one per line. The executive summary, roadmap and
 * trend are in the other formats; the whole action plan as its own table is {@code ccmm plan --format csv}.
 */
public final class CsvReportExporter implements ReportExporter {

    private static final char BOM = '\uFEFF';

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(ReportModel model, OutputStream out) throws IOException {
        ReportText text = model.text();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVFormat format =
                CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
        CSVPrinter csv = new CSVPrinter(writer, format);
        csv.printRecord(
                cell(text.get("items.no")),
                cell(text.get("items.module")),
                cell(text.get("sheet.moduleName")),
                cell(text.get("items.title.column")),
                cell(text.get("items.level")),
                cell(text.get("items.c")),
                cell(text.get("items.f")),
                cell(text.get("items.points")),
                cell(text.get("sheet.rated")),
                cell(text.get("items.note")),
                cell(text.get("notApplicable.flag")),
                cell(text.get("notApplicable.justification")),
                cell(text.get("plan.findings.title")),
                cell(text.get("plan.actions.title")));
        java.util.Map<Integer, java.util.List<String>> findings = new java.util.HashMap<>();
        for (PlanSection.FindingRow f : model.plan().findings()) {
            findings.computeIfAbsent(f.item(), k -> new java.util.ArrayList<>())
                    .add(f.kind() + ", " + f.severity() + ": " + f.text());
        }
        java.util.Map<Integer, java.util.List<String>> actions = new java.util.HashMap<>();
        for (PlanSection.PlanActionRow a : model.plan().actions()) {
            String line = a.no() + ". " + a.title()
                    + java.util.stream.Stream.of(a.owner(), a.due(), a.status())
                            .filter(x -> x != null && !x.isBlank())
                            .map(x -> ", " + x)
                            .reduce("", String::concat)
                            .replaceFirst("^, ", " — ");
            for (String item : a.items().split(",")) {
                if (!item.isBlank()) {
                    actions.computeIfAbsent(Integer.parseInt(item.strip()), k -> new java.util.ArrayList<>())
                            .add(line);
                }
            }
        }
        for (ItemRow i : model.items()) {
            String moduleName = model.modules().stream()
                    .filter(m -> m.id().equals(i.module()))
                    .map(ModuleRow::name)
                    .findFirst()
                    .orElse("");
            csv.printRecord(
                    i.id(),
                    cell(i.module()),
                    cell(moduleName),
                    cell(i.title()),
                    i.level(),
                    i.c().isRated() ? Integer.toString(i.c().points()) : "",
                    i.f().isRated() ? Integer.toString(i.f().points()) : "",
                    i.c().isRated() || i.f().isRated() ? Integer.toString(i.points()) : "",
                    i.isRated() ? 1 : 0,
                    cell(i.note()),
                    i.notApplicable() ? 1 : 0,
                    cell(i.justification()),
                    cell(String.join("\n", findings.getOrDefault(i.id(), java.util.List.of()))),
                    cell(String.join("\n", actions.getOrDefault(i.id(), java.util.List.of()))));
        }
        // Flush without closing: the caller owns the stream.
        csv.flush();
        writer.flush();
    }

    private static String cell(String s) {
        return SpreadsheetText.neutralize(ReportText.printable(s));
    }
}
