package io.ccmm.cli;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.InvalidAssessmentException;
import io.ccmm.catalog.CatalogBundle;
import java.io.IOException;
import java.nio.file.Files;
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
            throw new BadInputException("--round: " + file + " is interchange JSON, which holds one round; --round "
                    + "applies to .ccmm files");
        }
        CatalogBundle bundle = request.catalog().load();
        try {
            byte[] json = Files.readAllBytes(file);
            Assessment assessment = InterchangeJson.read(json, bundle.catalog(), request.ignoreCatalogDigest());
            return new LoadedAssessment(assessment, bundle);
        } catch (InvalidAssessmentException e) {
            throw new BadInputException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
