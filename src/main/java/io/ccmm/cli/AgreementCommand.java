package io.ccmm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccmm.catalog.Catalog;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Contribution;
import io.ccmm.storage.Round;
import io.ccmm.storage.StorageException;
import io.ccmm.team.Agreement;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "agreement",
        mixinStandardHelpOptions = true,
        description = "Rater agreement of a round's merged field copies: exact agreement and linearly weighted kappa"
                + " for C and F, per assessor pair and module.")
final class AgreementCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MASTER.ccmm", description = "the master file")
    Path master;

    @Mixin
    LatestRound round;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Mixin
    MessageLanguage messages;

    @Override
    public Integer call() throws Exception {
        CliText text = messages.text();
        Locale locale = text.language().locale();
        List<Agreement.Figure> figures;
        try (AssessmentFile file = AssessmentFile.openForReading(master)) {
            OptionalLong asked = round.asked();
            Round r = asked.isEmpty()
                    ? file.latestRound().orElseThrow(() -> BadInputException.of("team.noRound", master))
                    : file.rounds().stream()
                            .filter(x -> x.id() == asked.getAsLong())
                            .findFirst()
                            .orElseThrow(() -> BadInputException.of("team.noRound", master));
            Catalog catalog = file.catalogBundleOf(r.id()).catalog();
            List<Contribution> contributions = file.contributions(r.id());
            figures = Agreement.of(contributions, catalog);
        } catch (StorageException e) {
            throw BadInputException.of("storage", e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode array = mapper.createArrayNode();
            for (Agreement.Figure f : figures) {
                ObjectNode o = array.addObject();
                o.put("first", f.first());
                o.put("second", f.second());
                o.put("module", f.module().isEmpty() ? "all" : f.module());
                o.put("angle", f.angle().name());
                o.put("items", f.items());
                o.put("exactPercent", round1(f.exactPercent()));
                if (f.kappa().isPresent()) {
                    o.put("kappa", new BigDecimal(f.kappa().getAsDouble()).setScale(3, RoundingMode.HALF_UP));
                } else {
                    o.putNull("kappa");
                }
                o.put("reading", f.reading(locale));
            }
            ObjectNode root = mapper.createObjectNode();
            root.set("agreement", array);
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            return Cli.OK;
        }
        if (figures.isEmpty()) {
            out.println(text.get("team.agreement.none"));
            return Cli.OK;
        }
        out.println(text.get("team.agreement.header"));
        for (Agreement.Figure f : figures) {
            String kappa = f.kappa().isPresent()
                    ? new BigDecimal(f.kappa().getAsDouble())
                            .setScale(2, RoundingMode.HALF_UP)
                            .toPlainString()
                    : "–";
            out.println(String.join(
                    " | ",
                    text.format("team.agreement.pair", f.first(), f.second()),
                    f.module().isEmpty() ? text.get("team.agreement.allModules") : f.module(),
                    f.angle().name(),
                    String.valueOf(f.items()),
                    round1(f.exactPercent()).toPlainString(),
                    kappa,
                    f.reading(locale)));
        }
        return Cli.OK;
    }

    private static BigDecimal round1(double value) {
        return new BigDecimal(value).setScale(1, RoundingMode.HALF_UP);
    }
}
