package io.ccmm.ui.main;

import io.ccmm.protect.ProtectedCopies;
import io.ccmm.protect.ProtectionException;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.StorageException;
import io.ccmm.ui.common.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/**
 * The background work of File › Save a protected copy… and Open a protected copy…, and their failures in words. The
 * window's file is open, so it is first copied whole into a private temporary folder, and that copy is protected.
 */
public final class ProtectedCopyWork {

    private ProtectedCopyWork() {}

    /** Protects a snapshot of {@code file} into {@code target}; the snapshot is deleted and the password cleared. */
    public static Path protect(AssessmentFile file, Path target, char[] password)
            throws IOException, StorageException, ProtectionException {
        Path dir = privateTempFolder();
        Path snapshot = dir.resolve("snapshot.ccmm");
        try {
            file.saveCopy(snapshot);
            try (InputStream in = Files.newInputStream(snapshot)) {
                ProtectedCopies.protect(in, file.path().getFileName().toString(), target, password, true);
            }
            return target;
        } finally {
            Arrays.fill(password, '\0');
            Files.deleteIfExists(snapshot);
            Files.deleteIfExists(dir);
        }
    }

    /** Opens the protected copy {@code source} into {@code target} (which the user chose); the password is cleared. */
    public static Path unprotect(Path source, Path target, char[] password) throws ProtectionException {
        try {
            ProtectedCopies.unprotect(source, target, password, true);
            return target;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static Path privateTempFolder() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempDirectory(
                    "ccmm-protect", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createTempDirectory("ccmm-protect");
    }

    /** A refusal in the user's words: a wrong password and a damaged copy say different things. */
    public static String describe(ProtectionException e, Messages messages, boolean opening) {
        String key = "protect.error." + e.reason().name();
        if (opening && e.reason() == ProtectionException.Reason.NOT_AN_ASSESSMENT) {
            key = "protect.error.opened.NOT_AN_ASSESSMENT";
        }
        return messages.get(key, e.arguments().toArray());
    }
}
