package io.ccmm.cli;

import io.ccmm.team.MergePlan;
import io.ccmm.team.TeamException;
import io.ccmm.team.TeamFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = "Merge field copies (or interchange JSON of the same round) into the master's round;"
                + " all or nothing, any order, again without effect.")
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MASTER.ccmm", description = "the master file")
    Path master;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "COPY", description = "field copies (.ccmm) or .json")
    List<Path> copies;

    @Option(names = "--round", paramLabel = "ID", description = "the round (default: the copies' round)")
    Long round;

    @Mixin
    MessageLanguage messages;

    @Override
    public Integer call() {
        CliText text = messages.text();
        try {
            TeamFiles.Merged merged =
                    TeamFiles.merge(master, copies, round == null ? OptionalLong.empty() : OptionalLong.of(round));
            MergePlan plan = merged.plan();
            PrintWriter out = spec.commandLine().getOut();
            out.println(text.format(
                    "team.merge.done",
                    String.join(text.get("list.separator"), merged.copies()),
                    master,
                    merged.round().title()));
            for (MergePlan.CopyCounts c : plan.copies()) {
                out.println(text.format(
                        "team.merge.copy",
                        c.label(),
                        c.assessor(),
                        text.format(
                                "team.merge.copyItems",
                                String.valueOf(c.changed()),
                                String.valueOf(c.merged()),
                                String.valueOf(c.conflicts())),
                        text.format(
                                "team.merge.copyAdded", String.valueOf(c.evidence()), String.valueOf(c.actions()))));
            }
            out.println(text.format(
                    "team.merge.counts",
                    String.valueOf(plan.merged().size()),
                    String.valueOf(plan.unchanged().size()),
                    String.valueOf(plan.conflicts().size())));
            if (!plan.conflicts().isEmpty()) {
                out.println(text.format("team.merge.conflictItems", join(plan.conflicts(), text)));
            }
            return Cli.OK;
        } catch (TeamException e) {
            throw BadInputException.of("team", e);
        }
    }

    private static String join(List<Integer> items, CliText text) {
        return String.join(
                text.get("list.separator"), items.stream().map(String::valueOf).toList());
    }
}
