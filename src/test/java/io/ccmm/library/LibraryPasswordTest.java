package io.ccmm.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryPasswordTest {

    @TempDir
    Path home;

    @Test
    void theEnvironmentComesFirstThenThePasswordFile() throws Exception {
        LibraryLocation at = LibraryLocation.of("jdbc:postgresql://db.example:6543/team?sslmode=verify-full", "wang");
        Files.write(
                home.resolve(".pgpass"),
                List.of(
                        "# comment",
                        "db.example:5432:team:wang:wrong-port",
                        "db.example:6543:team:li:other-user",
                        "db.example:6543:*:wang:p\\:ss\\\\word",
                        "*:*:*:*:fallback"));
        assertEquals(Optional.of("from-env"), LibraryPassword.find(at, Map.of("PGPASSWORD", "from-env"), home));
        assertEquals(Optional.of("p:ss\\word"), LibraryPassword.find(at, Map.of(), home));
        Path other = home.resolve("other.pgpass");
        Files.writeString(other, "*:*:*:wang:named-file\n");
        assertEquals(Optional.of("named-file"), LibraryPassword.find(at, Map.of("PGPASSFILE", other.toString()), home));
        assertEquals(Optional.empty(), LibraryPassword.find(at, Map.of(), home.resolve("nowhere")));
    }

    @Test
    void theLocationNeedsAPostgresUrlAndAUserAndNeverCarriesAPassword() throws Exception {
        assertEquals(
                LibraryException.Reason.BAD_URL,
                assertThrows(LibraryException.class, () -> LibraryLocation.of("/home/me/clients", "wang"))
                        .reason());
        assertEquals(
                LibraryException.Reason.NO_USER,
                assertThrows(LibraryException.class, () -> LibraryLocation.of("jdbc:postgresql://h/db", " "))
                        .reason());
        assertEquals(
                LibraryException.Reason.PASSWORD_IN_URL,
                assertThrows(
                                LibraryException.class,
                                () -> LibraryLocation.of("jdbc:postgresql://h/db?user=a&password=secret", null))
                        .reason());
        LibraryLocation fromUrl = LibraryLocation.of("jdbc:postgresql://h/db?user=li&ssl=true", null);
        assertEquals("li", fromUrl.user());
        assertEquals("jdbc:postgresql://h/db", fromUrl.display());
    }
}
