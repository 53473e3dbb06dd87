package io.ccmm.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The {@code .ccmm} assessment file (a SQLite database). Recognised by its extension or the SQLite header; reading it
 * arrives with the storage layer, which will load the round ({@code --round}) and the catalog snapshot it was rated
 * against.
 */
final class CcmmFileSource implements AssessmentSource {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    @Override
    public boolean reads(Path file, byte[] head) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".ccmm") || Arrays.equals(head, SQLITE_HEADER);
    }

    @Override
    public LoadedAssessment load(Path file, Request request) {
        throw new BadInputException(file + ": reading .ccmm files is not available yet; export the round as "
                + "interchange JSON and score that");
    }
}
