package io.ccmm.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccmm.catalog.Language;
import io.ccmm.library.Library;
import io.ccmm.library.LibraryException;
import io.ccmm.library.LibraryLocation;
import io.ccmm.library.LibraryPortfolio;
import io.ccmm.portfolio.Portfolio;
import io.ccmm.portfolio.PortfolioFilter;
import io.ccmm.portfolio.PortfolioReader;
import io.ccmm.portfolio.PortfolioRow;
import io.ccmm.portfolio.TrendPoint;
import io.ccmm.report.PortfolioPdf;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "portfolio",
        mixinStandardHelpOptions = true,
        description = "The portfolio: one row per organization and site with its latest round, readiness level and"
                + " module percents, over folders of .ccmm files or a team library (jdbc:postgresql://…).")
final class PortfolioCommand implements Callable<Integer> {

    /** The {@code --json} format's name and version (README, "ccmm portfolio --json"). */
    static final String FORMAT = "ccmm-portfolio";

    static final int FORMAT_VERSION = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    MessageLanguage language;

    @Parameters(
            arity = "1..*",
            paramLabel = "DIR|FILE|LIBRARY",
            description = "folders (searched recursively), .ccmm files, or one team library URL")
    List<String> sources;

    @Option(
            names = "--user",
            paramLabel = "NAME",
            description = "team library user (password: PGPASSWORD or ~/.pgpass)")
    String user;

    @Option(names = "--json", description = "print the portfolio as JSON (README: ccmm portfolio --json)")
    boolean json;

    @Option(names = "--industry", paramLabel = "INDUSTRY", description = "only sites of this industry")
    String industry;

    @Option(names = "--level", paramLabel = "N", description = "only sites at readiness level N (0 = below L1)")
    Integer level;

    @Option(
            names = "--status",
            paramLabel = "final|draft",
            description = "only sites whose latest round is final, or a draft")
    String status;

    @Option(
            names = "--search",
            paramLabel = "TEXT",
            description = "only organizations, sites or rounds containing TEXT")
    String search;

    @Option(
            names = "--format",
            paramLabel = "text|json|pdf",
            description = "how to print the portfolio: text (default), json, or a PDF summary written to -o")
    String format;

    @Option(names = "--pdf", description = "write a PDF summary to -o (the same as --format pdf)")
    boolean pdf;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "the PDF file to write (with --pdf or --format pdf)")
    Path output;

    @Override
    public Integer call() {
        CliText text = language.text();
        String how = format();
        PortfolioFilter filter = filter();
        List<PortfolioRow> rows;
        String described;
        if (sources.size() == 1 && LibraryLocation.isLibrary(sources.get(0))) {
            try (Library library = LibraryCommand.library(sources.get(0), user, text)) {
                described = library.location().display();
                rows = LibraryPortfolio.read(library, filter, r -> {});
            } catch (LibraryException e) {
                throw LibraryCommand.refused(e, text);
            }
        } else {
            List<Path> roots = new ArrayList<>();
            for (String s : sources) {
                if (LibraryLocation.isLibrary(s)) {
                    throw BadInputException.of("portfolio.oneLibrary", s);
                }
                Path p = Path.of(s);
                if (!Files.exists(p)) {
                    throw BadInputException.of("portfolio.notFound", s);
                }
                roots.add(p);
            }
            described = sources.stream().collect(Collectors.joining(", "));
            rows = Portfolio.bySite(new PortfolioReader().read(roots, r -> {})).stream()
                    .filter(filter::matches)
                    .toList();
        }
        if (how.equals("pdf")) {
            try {
                PortfolioPdf.write(rows, List.of(), text.language(), described, output);
            } catch (IOException | RuntimeException e) {
                throw BadInputException.of("cannotWrite", output, String.valueOf(e.getMessage()));
            }
            spec.commandLine().getOut().println(text.format("report.wrote", output));
            return Cli.OK;
        }
        spec.commandLine()
                .getOut()
                .print(how.equals("json") ? json(described, rows, text.language()) : table(rows, text));
        return Cli.OK;
    }

    /** The output asked for (text, json or pdf), checked before anything is read. */
    private String format() {
        String how = format == null
                ? (json ? "json" : pdf ? "pdf" : "text")
                : format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "pdf").contains(how)
                || (json && !how.equals("json"))
                || (pdf && !how.equals("pdf"))) {
            throw BadInputException.of("portfolio.format", format == null ? "--json --pdf" : format);
        }
        if (how.equals("pdf")) {
            if (output == null) {
                throw BadInputException.of("portfolio.pdfOutput");
            }
            Path absolute = output.toAbsolutePath();
            Path dir = absolute.getParent();
            if (dir == null || Files.isDirectory(absolute)) {
                throw BadInputException.of("output.folder", output);
            }
            if (!Files.isDirectory(dir)) {
                throw BadInputException.of("output.noFolder", dir);
            }
        }
        return how;
    }

    private PortfolioFilter filter() {
        if (level != null && (level < 0 || level > 5)) {
            throw BadInputException.of("portfolio.level", level);
        }
        Optional<Boolean> isFinal = Optional.empty();
        if (status != null) {
            switch (status.strip()) {
                case "final" -> isFinal = Optional.of(true);
                case "draft" -> isFinal = Optional.of(false);
                default -> throw BadInputException.of("portfolio.status", status);
            }
        }
        return new PortfolioFilter(
                Optional.ofNullable(industry),
                level == null ? OptionalInt.empty() : OptionalInt.of(level),
                isFinal,
                search);
    }

    static String table(List<PortfolioRow> rows, CliText text) {
        List<String> modules = Portfolio.modules(rows);
        List<String> header = new ArrayList<>(List.of(
                text.get("portfolio.col.organization"),
                text.get("portfolio.col.site"),
                text.get("portfolio.col.industry"),
                text.get("portfolio.col.round"),
                text.get("portfolio.col.date"),
                text.get("portfolio.col.final"),
                text.get("portfolio.col.level"),
                text.get("portfolio.col.next")));
        header.addAll(modules);
        header.addAll(List.of(
                text.get("portfolio.col.notApplicable"),
                text.get("portfolio.col.conflicts"),
                text.get("portfolio.col.trend")));
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        List<String> problems = new ArrayList<>();
        for (PortfolioRow r : rows) {
            if (r.hasProblem()) {
                problems.add(text.format(
                        "portfolio.problem",
                        r.source(),
                        r.problem().orElseThrow().describe(text.language().locale())));
                continue;
            }
            List<String> line = new ArrayList<>(List.of(
                    TextColumns.cut(r.organization(), 40),
                    TextColumns.cut(r.site(), 20),
                    r.industry(),
                    TextColumns.cut(r.roundTitle(), 16),
                    r.roundDate(),
                    text.get(r.isFinal() ? "portfolio.final" : "portfolio.draft"),
                    level(r.readinessLevel(), text),
                    r.nextLevel() == 0
                            ? "—"
                            : "L" + r.nextLevel() + " " + r.nextLevelPercent().toPlainString() + "/"
                                    + r.nextLevelThreshold()));
            for (String m : modules) {
                BigDecimal p = r.modulePercents().get(m);
                line.add(p == null ? "" : p.toPlainString());
            }
            line.add(String.valueOf(r.notApplicable()));
            line.add(String.valueOf(r.conflicts()));
            line.add(
                    r.trend().stream().map(t -> level(t.readinessLevel(), text)).collect(Collectors.joining("→")));
            lines.add(line);
        }
        int columns = header.size();
        int[] widths = new int[columns];
        for (List<String> line : lines) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], TextColumns.width(line.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                boolean number = i >= 8 && i < 8 + modules.size() + 2;
                b.append(number ? TextColumns.right(line.get(i), widths[i]) : TextColumns.left(line.get(i), widths[i]));
                b.append(i + 1 < columns ? "  " : "");
            }
            out.append(b.toString().stripTrailing()).append(System.lineSeparator());
        }
        int sites = lines.size() - 1;
        out.append(System.lineSeparator())
                .append(text.format("portfolio.summary", String.valueOf(sites), sites))
                .append(System.lineSeparator());
        for (String p : problems) {
            out.append(p).append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String level(int level, CliText text) {
        return io.ccmm.explain.ReadinessVocabulary.readinessLevel(Math.max(0, level), text.language());
    }

    static String json(String source, List<PortfolioRow> rows, Language language) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(w)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("source", source);
            g.writeArrayFieldStart("sites");
            for (PortfolioRow r : rows) {
                g.writeStartObject();
                g.writeStringField("source", r.source());
                if (r.hasProblem()) {
                    g.writeObjectFieldStart("problem");
                    g.writeStringField("kind", r.problem().orElseThrow().kind().name());
                    g.writeStringField("message", r.problem().orElseThrow().describe(language.locale()));
                    g.writeEndObject();
                    g.writeEndObject();
                    continue;
                }
                g.writeStringField("organization", r.organization());
                g.writeStringField("site", r.site());
                g.writeStringField("industry", r.industry());
                g.writeObjectFieldStart("latestRound");
                g.writeStringField("uid", r.roundUid());
                g.writeStringField("title", r.roundTitle());
                g.writeStringField("date", r.roundDate());
                g.writeBooleanField("final", r.isFinal());
                g.writeEndObject();
                g.writeNumberField("readinessLevel", r.readinessLevel());
                if (r.nextLevel() == 0) {
                    g.writeNullField("nextLevel");
                } else {
                    g.writeObjectFieldStart("nextLevel");
                    g.writeNumberField("level", r.nextLevel());
                    g.writeNumberField("percent", r.nextLevelPercent());
                    g.writeNumberField("threshold", r.nextLevelThreshold());
                    g.writeEndObject();
                }
                g.writeObjectFieldStart("modules");
                for (Map.Entry<String, BigDecimal> m : r.modulePercents().entrySet()) {
                    g.writeNumberField(m.getKey(), m.getValue());
                }
                g.writeEndObject();
                g.writeNumberField("notApplicable", r.notApplicable());
                g.writeNumberField("conflicts", r.conflicts());
                g.writeNumberField("rounds", r.rounds());
                g.writeArrayFieldStart("trend");
                for (TrendPoint t : r.trend()) {
                    g.writeStartObject();
                    g.writeStringField("uid", t.roundUid());
                    g.writeStringField("title", t.title());
                    g.writeStringField("date", t.date());
                    g.writeNumberField("readinessLevel", t.readinessLevel());
                    g.writeBooleanField("final", t.isFinal());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + System.lineSeparator();
    }
}
