package io.ccmm.cli;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.InvalidAssessmentException;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.InvalidCatalogException;
import io.ccmm.catalog.Language;
import io.ccmm.scoring.NotApplicableNotAllowedException;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.CatalogSnapshot;
import io.ccmm.storage.Round;
import io.ccmm.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    MessageLanguage messages;

    @Override
    public Integer call() {
        Language language = messages.language();
        // Everything about the input and the target's folder is checked before the target is opened or created.
        byte[] json = InterchangeJsonSource.readLimited(input);
        // The bundled catalog is parsed and checked once per process; its snapshot is only read for an import that
        // goes ahead.
        boolean bundled = catalogFile == null && rulesFile == null;
        CatalogSnapshot given = bundled ? null : readCatalog();
        CatalogBundle bundle;
        try {
            bundle = bundled ? CatalogLoader.bundled() : given.load();
        } catch (InvalidCatalogException e) {
            throw BadInputException.of("catalogInvalid", e);
        }
        Assessment assessment;
        try {
            assessment = InterchangeJson.read(json, bundle.catalog(), ignoreCatalogDigest);
        } catch (InvalidAssessmentException e) {
            throw BadInputException.of("inFile", input, e);
        }

        try {
            ReadinessEngine.requireNotApplicableAllowed(bundle.rules(), assessment.ratings());
        } catch (NotApplicableNotAllowedException e) {
            throw BadInputException.of("notApplicableNotAllowed", input, String.valueOf(e.item()), e.rulesId(), e);
        }

        checkTarget();
        CatalogSnapshot snapshot = bundled ? CatalogSnapshot.bundled() : given;
        AssessmentFile.Imported imported;
        try {
            // A new file appears whole with the round in it, or not at all; one created meanwhile by another process
            // gets the round like any existing file.
            imported = AssessmentFile.importInto(target, assessment, snapshot);
        } catch (StorageException e) {
            throw BadInputException.of("storage", e);
        }
        Round round = imported.round();
        boolean created = imported.created();
        long rated = assessment.ratings().stream().filter(r -> !r.isEmpty()).count();
        CliText text = new CliText(language);
        spec.commandLine()
                .getOut()
                .println(text.format(
                        "import.done",
                        target,
                        text.format("import.ratings", String.valueOf(rated), rated),
                        String.valueOf(round.id()),
                        "“" + round.title() + "”" + (created ? text.get("import.newFile") : "")));
        return Cli.OK;
    }

    /** Refuses a target that could never be written before anything is opened or created. */
    private void checkTarget() {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || Files.isDirectory(absolute)) {
            throw BadInputException.of("into.folder", target);
        }
        if (!Files.exists(dir)) {
            throw BadInputException.of("into.noFolder", dir);
        }
        if (!Files.isDirectory(dir)) {
            throw BadInputException.of("into.notFolder", dir);
        }
        if (!Files.exists(absolute) && !Files.isWritable(dir)) {
            throw BadInputException.of("into.notWritable", target, dir);
        }
        try {
            if (Files.exists(absolute) && Files.isSameFile(absolute, input)) {
                throw BadInputException.of("into.isInput", target);
            }
        } catch (IOException e) {
            throw BadInputException.of("cannotRead", target, e);
        }
    }

    private CatalogSnapshot readCatalog() {
        try {
            return CatalogSnapshot.of(catalogFile, rulesFile);
        } catch (NoSuchFileException e) {
            throw BadInputException.of("noSuchFile", e.getFile(), e);
        } catch (IOException e) {
            throw BadInputException.of("cannotReadCatalog", e);
        }
    }
}
