package io.ccmm.protect;

import io.ccmm.assessment.Organization;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/** Real assessment files for the protection tests, and a cheap key derivation so that tests stay fast. */
public final class TestFiles {

    /** 1 MiB, one pass: fast, and still the real Argon2id code path. */
    public static final KdfParameters CHEAP = new KdfParameters(1024, 1, 1);

    private TestFiles() {}

    /** A new assessment file made through the storage API, closed so that the file alone holds everything. */
    public static Path assessmentFile(Path dir, String name) throws StorageException {
        Path file = dir.resolve(name);
        AssessmentFile created =
                AssessmentFile.create(file, new Organization("某市12345政务服务热线", "主中心", "", OptionalInt.of(7)));
        created.close();
        return file;
    }

    /** The names in {@code dir}, to show that a refusal left nothing behind. */
    public static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
