package io.ccmm.cli;

import io.ccmm.catalog.Catalog;
import io.ccmm.team.Scope;
import io.ccmm.team.TeamException;
import io.ccmm.team.TeamFiles;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "fieldcopy",
        mixinStandardHelpOptions = true,
        description =
                "Hand out a field copy of a round for one assessor, with the assessor's scope (default: all items).")
final class FieldCopyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MASTER.ccmm", description = "the master file")
    Path master;

    @Option(names = "--assessor", required = true, paramLabel = "NAME", description = "the assessor's name")
    String assessor;

    @Mixin
    LatestRound round;

    @Mixin
    ItemScopeOptions scope;

    @Option(names = "-o", required = true, paramLabel = "COPY.ccmm", description = "the field copy to write")
    Path out;

    @Mixin
    MessageLanguage messages;

    @Override
    public Integer call() {
        CliText text = messages.text();
        OptionalLong roundId = round.asked();
        try {
            Scope chosen = Scope.ALL;
            Optional<String> modules = scope.modules();
            Optional<String> items = scope.items();
            if (modules.isPresent() && items.isPresent()) {
                throw BadInputException.of("team.modulesOrItems");
            }
            if (modules.isPresent() || items.isPresent()) {
                Catalog catalog = TeamFiles.catalogOf(master, roundId);
                chosen = modules.isPresent()
                        ? Scope.ofModules(modules.get(), catalog)
                        : Scope.ofItems(items.get(), catalog);
            }
            TeamFiles.HandOut done = TeamFiles.handOut(master, roundId, assessor, chosen, out);
            spec.commandLine()
                    .getOut()
                    .println(text.format(
                            "team.fieldcopy.done",
                            out,
                            done.assessor(),
                            done.round().title(),
                            done.scope().ranges().isEmpty()
                                    ? text.get("team.scope.all")
                                    : done.scope().ranges()));
            return Cli.OK;
        } catch (TeamException e) {
            throw BadInputException.of("team", e);
        }
    }
}
