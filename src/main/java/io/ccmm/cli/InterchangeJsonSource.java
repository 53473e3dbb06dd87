package io.ccmm.cli;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.InvalidAssessmentException;
import io.ccmm.catalog.CatalogBundle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Assessment interchange JSON (FORMATS.md): one round, scored with the bundled or the given catalog and rules. */
final class InterchangeJsonSource implements AssessmentSource {

    @Override
    public boolean reads(Path file, byte[] head) {
        return true; // whatever no other source claims is read as JSON, so that "not valid JSON" names the place
    }

    @Override
    public LoadedAssessment load(Path file, Request request) {
        if (request.round().isPresent()) {
            throw BadInputException.of("round.json", file);
        }
        CatalogBundle bundle = request.catalog().load();
        try {
            byte[] json = readLimited(file);
            Assessment assessment = InterchangeJson.read(json, bundle.catalog(), request.ignoreCatalogDigest());
            return new LoadedAssessment(assessment, bundle);
        } catch (InvalidAssessmentException e) {
            throw BadInputException.of("inFile", file, e);
        }
    }

    /** The bytes of an interchange file, refused unread when larger than any assessment can be. */
    static byte[] readLimited(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw BadInputException.of("isFolder", file);
            }
            if (Files.size(file) > InterchangeJson.MAX_BYTES) {
                throw BadInputException.of("tooLarge", file, String.valueOf(InterchangeJson.MAX_BYTES / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw BadInputException.of("noSuchFile", file, e);
        } catch (IOException e) {
            throw BadInputException.of("cannotRead", file, e);
        }
    }
}
