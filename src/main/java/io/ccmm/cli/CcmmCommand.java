package io.ccmm.cli;

import picocli.CommandLine.Command;

@Command(
        name = "ccmm",
        mixinStandardHelpOptions = true,
        versionProvider = CcmmCommand.Version.class,
        description = "CC-CMM-OC 2025 readiness: score assessments, write reports, manage catalogs.%n"
                + "Without a command the application window opens.",
        subcommands = {
            ScoreCommand.class,
            ReportCommand.class,
            ImportCommand.class,
            CatalogCommand.class,
            ProtectCommand.class,
            UnprotectCommand.class,
            PortfolioCommand.class,
            LibraryCommand.class,
            FieldCopyCommand.class,
            MergeCommand.class,
            AgreementCommand.class,
            ExplainCommand.class,
            PlanCommand.class,
            TemplateCommand.class,
            QuestionnaireCommand.class,
            QuestionnaireImportCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:unexpected failure", "2:bad usage or bad input (nothing written)"})
final class CcmmCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Cli.version()};
        }
    }
}
