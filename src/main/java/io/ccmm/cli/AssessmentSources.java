package io.ccmm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The kinds of assessment file the command line reads, in the order they are tried. */
final class AssessmentSources {

    private static final List<AssessmentSource> SOURCES = List.of(new CcmmFileSource(), new InterchangeJsonSource());

    private AssessmentSources() {}

    static AssessmentSource.LoadedAssessment load(Path file, AssessmentSource.Request request) {
        byte[] head = head(file);
        for (AssessmentSource source : SOURCES) {
            if (source.reads(file, head)) {
                return source.load(file, request);
            }
        }
        throw BadInputException.of("notAssessmentFile", file);
    }

    private static byte[] head(Path file) {
        if (Files.isDirectory(file)) {
            throw BadInputException.of("isFolder", file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(16);
        } catch (NoSuchFileException e) {
            throw BadInputException.of("noSuchFile", file, e);
        } catch (IOException e) {
            throw BadInputException.of("cannotRead", file, e);
        }
    }
}
