package io.ccmm.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundled font is extracted from the application jar once into the cache folder, whole, and replaced when damaged. */
class BundledFontFilesTest {

    @TempDir
    Path dir;

    private static byte[] content(int seed, int size) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** A jar holding {@code fonts/Face.ttf} with {@code content}; returns the jar: URL of that entry. */
    private URL jarWith(String jarName, byte[] content) throws IOException {
        Path jar = dir.resolve(jarName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("fonts/Face.ttf"));
            out.write(content);
            out.closeEntry();
        }
        return new URL("jar:" + jar.toUri() + "!/fonts/Face.ttf");
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    private static String expectedName(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return BundledFontFiles.cachedName("Face", crc.getValue(), content.length);
    }

    @Test
    void theFirstStartExtractsTheFontAndTheSecondReusesItUntouched() throws IOException {
        byte[] font = content(1, 300_000);
        URL url = jarWith("app.jar", font);
        Path cache = dir.resolve("cache").resolve("fonts");

        Path first = BundledFontFiles.locate(cache, url, false);
        assertEquals(cache.resolve(expectedName(font)), first);
        assertArrayEquals(font, Files.readAllBytes(first));
        assertEquals(List.of(first), files(cache), "only the font, no temporary file beside it");

        FileTime marked = FileTime.fromMillis(86_400_000L);
        Files.setLastModifiedTime(first, marked);
        Path second = BundledFontFiles.locate(cache, url, false);
        assertEquals(first, second);
        assertEquals(marked, Files.getLastModifiedTime(second), "the second start must not write the font again");
        assertEquals(List.of(first), files(cache));
    }

    @Test
    void aTruncatedCopyIsReplacedWhole() throws IOException {
        byte[] font = content(2, 200_000);
        URL url = jarWith("app.jar", font);
        Path cache = dir.resolve("fonts");
        Path file = BundledFontFiles.locate(cache, url, false);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(font, 0, 4096); // a crash or a full disk in the middle of an older, non-atomic copy
        }

        assertEquals(file, BundledFontFiles.locate(cache, url, false));
        assertArrayEquals(font, Files.readAllBytes(file));
        assertEquals(List.of(file), files(cache));
    }

    @Test
    void aCopyDamagedInPlaceIsReplacedWhenTheFontLibraryCannotReadIt() throws IOException {
        byte[] font = content(3, 200_000);
        URL url = jarWith("app.jar", font);
        Path cache = dir.resolve("fonts");
        Path file = BundledFontFiles.locate(cache, url, false);
        Files.write(file, new byte[font.length]);

        BundledFontFiles.locate(cache, url, true);

        assertArrayEquals(font, Files.readAllBytes(file));
        assertEquals(List.of(file), files(cache));
    }

    @Test
    void anotherVersionOfTheFontGetsItsOwnFile() throws IOException {
        byte[] older = content(4, 100_000);
        byte[] newer = content(5, 100_000);
        Path cache = dir.resolve("fonts");

        Path a = BundledFontFiles.locate(cache, jarWith("old.jar", older), false);
        Path b = BundledFontFiles.locate(cache, jarWith("new.jar", newer), false);

        assertNotEquals(a, b);
        assertArrayEquals(older, Files.readAllBytes(a));
        assertArrayEquals(newer, Files.readAllBytes(b));
    }

    @Test
    void aFontThatIsAlreadyAFileIsUsedWhereItLies() throws IOException {
        Path font = Files.write(dir.resolve("Face.ttf"), content(6, 1000));
        Path cache = dir.resolve("fonts");

        assertEquals(font, BundledFontFiles.locate(cache, font.toUri().toURL(), false));
        assertFalse(Files.exists(cache), "nothing is copied");
    }

    @Test
    void theRealFontExtractedFromAJarOpensAsAFile() throws Exception {
        byte[] font;
        try (var in = BundledFontFiles.class.getResourceAsStream(BundledFontFiles.REGULAR)) {
            font = in.readAllBytes();
        }
        Path file = BundledFontFiles.locate(dir.resolve("fonts"), jarWith("app.jar", font), false);

        Font awt = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        assertEquals("Noto Sans SC", awt.getFamily(java.util.Locale.ROOT));
    }
}
