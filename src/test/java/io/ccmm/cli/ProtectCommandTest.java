package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.protect.KdfParameters;
import io.ccmm.protect.ProtectedCopies;
import io.ccmm.protect.ProtectionException;
import io.ccmm.protect.TestFiles;
import io.ccmm.testdata.BundlePair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtectCommandTest {

    @TempDir
    Path dir;

    private Path source;
    private byte[] original;

    @BeforeEach
    void assessmentFile() throws Exception {
        source = TestFiles.assessmentFile(dir, "center.ccmm");
        original = Files.readAllBytes(source);
    }

    @AfterEach
    void realTerminal() {
        ProtectCommand.terminal = ProtectCommand.Terminal.SYSTEM;
    }

    @Test
    void protectAndUnprotectWithThePasswordFromTheEnvironment() throws Exception {
        ProtectCommand.terminal = FakeTerminal.variable("s3cret 密码");
        CliTest.Result protect = CliTest.run(
                "protect", source.toString(), "-o", dir.resolve("c.ccmmx").toString(), "--lang", "en");
        assertEquals(0, protect.exit(), protect.err());
        assertTrue(protect.out().contains("protected copy written"), protect.out());
        assertEquals(
                KdfParameters.DEFAULT,
                ProtectedCopies.readHeader(dir.resolve("c.ccmmx")).kdf());

        CliTest.Result open = CliTest.run(
                "unprotect",
                dir.resolve("c.ccmmx").toString(),
                "-o",
                dir.resolve("back.ccmm").toString());
        assertEquals(0, open.exit(), open.err());
        assertEquals("", open.err());
        assertArrayEquals(original, Files.readAllBytes(dir.resolve("back.ccmm")));
    }

    @Test
    void theTerminalAsksTwiceWhenProtectingAndRefusesTwoDifferentPasswords() throws Exception {
        FakeTerminal twice = FakeTerminal.typing("one", "two");
        ProtectCommand.terminal = twice;
        CliTest.Result r = CliTest.run(
                "protect", source.toString(), "-o", dir.resolve("c.ccmmx").toString(), "--lang", "en");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("The two passwords differ"), r.err());
        assertEquals(2, twice.prompts.size());
        assertEquals(List.of("center.ccmm"), TestFiles.listing(dir));
    }

    @Test
    void emptyPasswordsAreRefusedFromTheTerminalAndTheEnvironment() throws Exception {
        ProtectCommand.terminal = FakeTerminal.typing("", "");
        CliTest.Result typed = CliTest.run(
                "protect", source.toString(), "-o", dir.resolve("c.ccmmx").toString(), "--lang", "en");
        assertEquals(2, typed.exit());
        assertTrue(typed.err().contains("The password is empty"), typed.err());

        ProtectCommand.terminal = FakeTerminal.variable("");
        CliTest.Result variable = CliTest.run(
                "protect", source.toString(), "-o", dir.resolve("c.ccmmx").toString(), "--lang", "zh");
        assertEquals(2, variable.exit());
        assertTrue(variable.err().contains("CCMM_PASSWORD 已设置但为空"), variable.err());
        assertEquals(List.of("center.ccmm"), TestFiles.listing(dir));
    }

    @Test
    void withoutATerminalOrVariableThereIsNoPasswordAndNothingIsWritten() throws Exception {
        ProtectCommand.terminal = FakeTerminal.none();
        CliTest.Result r = CliTest.run(
                "protect", source.toString(), "-o", dir.resolve("c.ccmmx").toString(), "--lang", "en");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("set CCMM_PASSWORD for scripts"), r.err());
        assertEquals(List.of("center.ccmm"), TestFiles.listing(dir));
    }

    @Test
    void aPasswordIsNeverAnArgument() throws Exception {
        ProtectCommand.terminal = FakeTerminal.none();
        CliTest.Result r = CliTest.run(
                "protect", source.toString(), "-o", dir.resolve("c.ccmmx").toString(), "--password", "x");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--password"), r.err());
        assertTrue(r.err().contains("ccmm protect --help"), r.err());
        assertFalse(r.err().contains("ccmm ccmm"), r.err());
        assertEquals(List.of("center.ccmm"), TestFiles.listing(dir));
    }

    @Test
    void wrongPasswordAndDamagedCopyGetDifferentMessages() throws Exception {
        Path sealed = dir.resolve("c.ccmmx");
        ProtectedCopies.protect(source, sealed, "right".toCharArray(), false, TestFiles.CHEAP, 4096);
        Path out = dir.resolve("back.ccmm");

        ProtectCommand.terminal = FakeTerminal.typing("wrong");
        CliTest.Result wrong = CliTest.run("unprotect", sealed.toString(), "-o", out.toString(), "--lang", "en");
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("wrong password"), wrong.err());

        byte[] bytes = Files.readAllBytes(sealed);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(sealed, bytes);
        ProtectCommand.terminal = FakeTerminal.typing("right");
        CliTest.Result damaged = CliTest.run("unprotect", sealed.toString(), "-o", out.toString(), "--lang", "en");
        assertEquals(2, damaged.exit());
        assertTrue(damaged.err().contains("is damaged or was changed"), damaged.err());

        Files.write(sealed, java.util.Arrays.copyOf(bytes, 30));
        FakeTerminal notAsked = FakeTerminal.typing("right");
        ProtectCommand.terminal = notAsked;
        CliTest.Result cut = CliTest.run("unprotect", sealed.toString(), "-o", out.toString(), "--lang", "zh");
        assertEquals(2, cut.exit());
        assertTrue(cut.err().contains("不完整"), cut.err());
        assertEquals(List.of(), notAsked.prompts, "a cut-off header is refused before the password is asked");
        assertFalse(Files.exists(out));
    }

    @Test
    void anExistingOutputNeedsForce() throws Exception {
        ProtectCommand.terminal = FakeTerminal.variable("pw");
        Path target = dir.resolve("c.ccmmx");
        Files.writeString(target, "old");
        CliTest.Result refused = CliTest.run("protect", source.toString(), "-o", target.toString(), "--lang", "en");
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("already exists"), refused.err());
        assertEquals("old", Files.readString(target));

        CliTest.Result forced =
                CliTest.run("protect", source.toString(), "-o", target.toString(), "--force", "--lang", "en");
        assertEquals(0, forced.exit(), forced.err());
        assertEquals(
                ProtectedCopies.DEFAULT_CHUNK_SIZE,
                ProtectedCopies.readHeader(target).chunkSize());
    }

    @Test
    void aFileThatIsNotAnAssessmentIsNotProtected() throws Exception {
        FakeTerminal terminal = FakeTerminal.typing("pw", "pw");
        ProtectCommand.terminal = terminal;
        Path text = dir.resolve("notes.ccmm");
        Files.writeString(text, "hello");
        CliTest.Result r = CliTest.run(
                "protect", text.toString(), "-o", dir.resolve("n.ccmmx").toString(), "--lang", "en");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("is not an assessment file"), r.err());
        assertEquals(List.of(), terminal.prompts);
    }

    @Test
    void everyRefusalHasItsWordsInBothLanguages() throws Exception {
        BundlePair cli = BundlePair.load("cli");
        for (ProtectionException.Reason reason : ProtectionException.Reason.values()) {
            String key = "protect.error." + reason.name();
            assertTrue(cli.en().containsKey(key), key);
            assertTrue(cli.zh().containsKey(key), key);
        }
        cli.assertComplete();
    }
}
