package io.ccmm.cli;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.InvalidAssessmentException;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.InvalidCatalogException;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.CatalogSnapshot;
import io.ccmm.storage.OpenMode;
import io.ccmm.storage.Round;
import io.ccmm.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Add an assessment (interchange JSON) to a .ccmm file as a new round; all or nothing."
                + " The file is created when it does not exist.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ASSESSMENT.json", description = "the assessment to import")
    Path input;

    @Option(names = "--into", required = true, paramLabel = "FILE.ccmm", description = "the assessment file")
    Path target;

    @Option(
            names = "--catalog",
            paramLabel = "FILE",
            description = "catalog the assessment was rated against (default: the bundled catalog)")
    Path catalogFile;

    @Option(names = "--rules", paramLabel = "FILE", description = "rules file (default: the bundled rules)")
    Path rulesFile;

    @Option(
            names = "--ignore-catalog-digest",
            description = "import even when the assessment pins another version (sha256) of the catalog")
    boolean ignoreCatalogDigest;

    @Override
    public Integer call() {
        // Everything about the input is checked before the target file is opened or created.
        byte[] json = readInput();
        CatalogSnapshot snapshot = readCatalog();
        CatalogBundle bundle;
        try {
            bundle = snapshot.load();
        } catch (InvalidCatalogException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        Assessment assessment;
        try {
            assessment = InterchangeJson.read(json, bundle.catalog(), ignoreCatalogDigest);
        } catch (InvalidAssessmentException e) {
            throw new BadInputException(input + ": " + e.getMessage(), e);
        }

        boolean created = !Files.exists(target);
        Round round;
        try {
            round = importInto(assessment, snapshot, created);
        } catch (StorageException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        long rated = assessment.ratings().stream().filter(r -> !r.isEmpty()).count();
        spec.commandLine()
                .getOut()
                .printf(
                        "%s: imported %d rating%s as round %d “%s”%s%n",
                        target, rated, rated == 1 ? "" : "s", round.id(), round.title(), created ? " (new file)" : "");
        return Cli.OK;
    }

    private Round importInto(Assessment assessment, CatalogSnapshot snapshot, boolean create) throws StorageException {
        AssessmentFile file = create
                ? AssessmentFile.create(target, assessment.organization())
                : AssessmentFile.open(target, OpenMode.READ_WRITE);
        try {
            if (file.isReadOnly()) {
                throw new StorageException(
                        StorageException.Reason.READ_ONLY, file.readOnlyNotice().orElse(target + " is read-only."));
            }
            Round round = file.importRound(assessment, snapshot);
            file.close();
            return round;
        } catch (StorageException | RuntimeException e) {
            try {
                file.close();
            } catch (StorageException closing) {
                e.addSuppressed(closing);
            }
            if (create) {
                deleteCreated();
            }
            throw e;
        }
    }

    private void deleteCreated() {
        try {
            Files.deleteIfExists(target);
        } catch (IOException ignored) {
            // the message about the failure matters more than the leftover empty file
        }
    }

    private byte[] readInput() {
        try {
            return Files.readAllBytes(input);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file: " + e.getFile());
        } catch (IOException e) {
            throw new BadInputException("cannot read " + input + ": " + e.getMessage(), e);
        }
    }

    private CatalogSnapshot readCatalog() {
        try {
            return CatalogSnapshot.of(catalogFile, rulesFile);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file: " + e.getFile());
        } catch (IOException e) {
            throw new BadInputException("cannot read the catalog: " + e.getMessage(), e);
        }
    }
}
