package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.protect.ProtectedCopies;
import io.ccmm.protect.TestFiles;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and mutated protected copies through the command line, in-process: every one is refused with exit 2 and a
 * message (never the "unexpected failure" exit 1, never a stack trace), and nothing is left behind. Seeded, so a
 * failure repeats; a few seconds.
 */
class ProtectFuzzTest {

    private static final long SEED = 0xCC3Dl;
    private static final int CASES = 140;
    private static final String PASSWORD = "fuzz 密码";

    @TempDir
    Path dir;

    @AfterEach
    void realTerminal() {
        ProtectCommand.terminal = ProtectCommand.Terminal.SYSTEM;
    }

    @Test
    void randomAndMutatedPackagesAreRefusedCleanly() throws Exception {
        Path source = TestFiles.assessmentFile(dir, "center.ccmm");
        byte[] original = Files.readAllBytes(source);
        Path sealed = dir.resolve("center.ccmmx");
        ProtectedCopies.protect(source, sealed, PASSWORD.toCharArray(), false, TestFiles.CHEAP, 512);
        byte[] good = Files.readAllBytes(sealed);
        Files.delete(sealed);
        Files.delete(source);

        Random random = new Random(SEED);
        Path input = dir.resolve("in.ccmmx");
        Path output = dir.resolve("out.ccmm");
        int opened = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = mutate(good, random);
            Files.write(input, bytes);
            boolean rightPassword = random.nextInt(8) != 0;
            ProtectCommand.terminal = FakeTerminal.variable(rightPassword ? PASSWORD : PASSWORD + "!");
            CliTest.Result r = CliTest.run(
                    "unprotect",
                    input.toString(),
                    "-o",
                    output.toString(),
                    "--lang",
                    random.nextBoolean() ? "en" : "zh");
            String what = "case " + i + " (seed " + SEED + "): exit " + r.exit() + ", " + r.err();
            assertNotEquals(1, r.exit(), what);
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), what);
            if (r.exit() == 0) {
                // Only an unchanged copy with the right password opens, and then to the original.
                assertArrayEquals(good, bytes, what);
                assertTrue(rightPassword, what);
                assertArrayEquals(original, Files.readAllBytes(output), what);
                Files.delete(output);
                opened++;
            } else {
                assertEquals(2, r.exit(), what);
                assertFalse(r.err().isBlank(), what);
            }
            assertEquals(List.of("in.ccmmx"), TestFiles.listing(dir), what);
        }
        assertTrue(opened > 0, "the unchanged copies among the cases open");
    }

    @Test
    void randomFilesAreNotProtected() throws Exception {
        Random random = new Random(SEED + 1);
        Path input = dir.resolve("in.ccmm");
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[random.nextInt(3000)];
            random.nextBytes(bytes);
            if (random.nextBoolean() && bytes.length >= 16) {
                System.arraycopy("SQLite format 3\0".getBytes(), 0, bytes, 0, 16);
            }
            Files.write(input, bytes);
            ProtectCommand.terminal = FakeTerminal.variable(PASSWORD);
            CliTest.Result r = CliTest.run(
                    "protect", input.toString(), "-o", dir.resolve("out.ccmmx").toString());
            assertEquals(2, r.exit(), "case " + i + ": " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertEquals(List.of("in.ccmm"), TestFiles.listing(dir));
        }
    }

    private static byte[] mutate(byte[] good, Random random) {
        switch (random.nextInt(7)) {
            case 0 -> {
                byte[] noise = new byte[random.nextInt(4000)];
                random.nextBytes(noise);
                if (random.nextBoolean() && noise.length >= 10) {
                    System.arraycopy(good, 0, noise, 0, 10); // magic and version, then noise
                }
                return noise;
            }
            case 1 -> {
                return Arrays.copyOf(good, random.nextInt(good.length));
            }
            case 2 -> {
                byte[] copy = good.clone();
                int flips = 1 + random.nextInt(4);
                for (int k = 0; k < flips; k++) {
                    copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return copy;
            }
            case 3 -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int at = random.nextInt(good.length);
                out.write(good, 0, at);
                byte[] inserted = new byte[1 + random.nextInt(600)];
                random.nextBytes(inserted);
                out.writeBytes(inserted);
                out.write(good, at, good.length - at);
                return out.toByteArray();
            }
            case 4 -> {
                int from = random.nextInt(good.length);
                int to = Math.min(good.length, from + 1 + random.nextInt(700));
                byte[] copy = new byte[good.length - (to - from)];
                System.arraycopy(good, 0, copy, 0, from);
                System.arraycopy(good, to, copy, from, good.length - to);
                return copy;
            }
            case 5 -> {
                // A block of the body copied over another place (chunks moved or repeated).
                byte[] copy = good.clone();
                int length = 1 + random.nextInt(1000);
                int from = 71 + random.nextInt(copy.length - 71 - length);
                int to = 71 + random.nextInt(copy.length - 71 - length);
                System.arraycopy(good, from, copy, to, length);
                return copy;
            }
            default -> {
                return good.clone(); // the control: it must open, to the original
            }
        }
    }
}
