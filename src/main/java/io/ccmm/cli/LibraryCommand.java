package io.ccmm.cli;

import io.ccmm.library.Library;
import io.ccmm.library.LibraryException;
import io.ccmm.library.LibraryLocation;
import io.ccmm.library.RoundPublisher;
import io.ccmm.portfolio.ConflictCount;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Round;
import io.ccmm.storage.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "library",
        mixinStandardHelpOptions = true,
        description = "The team library on PostgreSQL: create or update its tables, publish rounds.",
        subcommands = {LibraryCommand.Init.class, LibraryCommand.Publish.class})
final class LibraryCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A session with the library at {@code url}; the caller closes it (try-with-resources) on every path. */
    static Library library(String url, String user, CliText text) {
        try {
            return new Library(LibraryLocation.of(url, user));
        } catch (LibraryException e) {
            throw refused(e, text);
        }
    }

    static BadInputException refused(LibraryException e, CliText text) {
        return new BadInputException(e.describe(text.language().locale()), e);
    }

    @Command(
            name = "init",
            mixinStandardHelpOptions = true,
            description = "Create or update the library's tables (run by the library's owner, once per app version).")
    static final class Init implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        MessageLanguage language;

        @Option(names = "--to", required = true, paramLabel = "LIBRARY", description = "jdbc:postgresql://host/db")
        String to;

        @Option(names = "--user", paramLabel = "NAME", description = "the library's owner role")
        String user;

        @Override
        public Integer call() {
            CliText text = language.text();
            try (Library library = library(to, user, text)) {
                String version = library.migrate();
                spec.commandLine()
                        .getOut()
                        .println(text.format("library.ready", library.location().display(), version));
                return Cli.OK;
            } catch (LibraryException e) {
                throw refused(e, text);
            }
        }
    }

    @Command(
            name = "publish",
            mixinStandardHelpOptions = true,
            description = "Publish a round (the latest, or --round ID) to the team library, in one transaction.")
    static final class Publish implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        MessageLanguage language;

        @Parameters(paramLabel = "FILE.ccmm", description = "the assessment file")
        Path file;

        @Option(names = "--round", paramLabel = "ID", description = "the round to publish (default: the latest)")
        String round;

        @Option(names = "--to", required = true, paramLabel = "LIBRARY", description = "jdbc:postgresql://host/db")
        String to;

        @Option(names = "--user", paramLabel = "NAME", description = "library user (password: PGPASSWORD or ~/.pgpass)")
        String user;

        @Option(names = "--with-evidence", description = "publish the round's evidence files too")
        boolean withEvidence;

        @Override
        public Integer call() {
            CliText text = language.text();
            if (!Files.isRegularFile(file)) {
                throw BadInputException.of("library.noFile", file);
            }
            Round chosen;
            try (AssessmentFile f = AssessmentFile.openForReading(file)) {
                chosen = round == null
                        ? f.latestRound().orElseThrow(() -> BadInputException.of("noRound", file))
                        : f.rounds().stream()
                                .filter(r -> String.valueOf(r.id()).equals(round.strip()))
                                .findFirst()
                                .orElseThrow(() -> BadInputException.of("round.missing", file, round, roundIds(f)));
            } catch (StorageException e) {
                throw BadInputException.of("storage", e);
            }
            try (Library library = library(to, user, text)) {
                RoundPublisher.Outcome outcome = RoundPublisher.publishFile(
                        library, file, OptionalLong.of(chosen.id()), withEvidence, ConflictCount.OPEN);
                spec.commandLine()
                        .getOut()
                        .println(text.format(
                                outcome == RoundPublisher.Outcome.ADDED ? "library.added" : "library.replaced",
                                chosen.title(),
                                chosen.uid(),
                                library.location().display()));
                return Cli.OK;
            } catch (LibraryException e) {
                throw refused(e, text);
            } catch (StorageException e) {
                throw BadInputException.of("storage", e);
            }
        }

        private static String roundIds(AssessmentFile f) {
            try {
                return f.rounds().stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(", "));
            } catch (StorageException e) {
                return "";
            }
        }
    }
}
