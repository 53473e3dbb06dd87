package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccmm fieldcopy}, {@code merge} and {@code agreement}: exit codes, words in both languages, refusals. */
class TeamCommandsTest {

    @TempDir
    Path dir;

    Path master;

    void newMaster() throws Exception {
        master = SampleFiles.hotline(dir.resolve("master.ccmm"));
    }

    /**
     * The scripted session: a master, two field copies (module 1.0 for both, to calibrate) rated differently, merged,
     * the counts and the agreement figures. Printed so that it can be read in the build log.
     */
    @Test
    void scriptedSessionTwoAssessorsCalibrateOnModuleOne() throws Exception {
        newMaster();
        Path a = dir.resolve("zhangsan.ccmm");
        Path b = dir.resolve("lisi.ccmm");
        StringBuilder log = new StringBuilder();
        log.append(step(
                "fieldcopy",
                master.toString(),
                "--assessor",
                "张三",
                "--modules",
                "1.0",
                "-o",
                a.toString(),
                "--lang",
                "zh"));
        log.append(step(
                "fieldcopy",
                master.toString(),
                "--assessor",
                "李四",
                "--modules",
                "1.0",
                "-o",
                b.toString(),
                "--lang",
                "en"));
        // Both rate the first 20 items of 1.0; they differ on some.
        try (AssessmentFile ca = AssessmentFile.open(a, OpenMode.READ_WRITE);
                AssessmentFile cb = AssessmentFile.open(b, OpenMode.READ_WRITE)) {
            long round = ca.rounds().get(0).id();
            for (int item = 1; item <= 20; item++) {
                Rate c = item % 3 == 0 ? Rate.FULL : item % 3 == 1 ? Rate.PARTIAL : Rate.NONE;
                Rate f = item % 2 == 0 ? Rate.FULL : Rate.PARTIAL;
                ca.saveRating(round, Rating.of(item, c, f));
                Rate c2 = item % 5 == 0 ? Rate.FULL : c;
                Rate f2 = item % 4 == 0 ? Rate.PARTIAL : f;
                cb.saveRating(round, Rating.of(item, c2, f2));
            }
        }
        CliTest.Result merged = CliTest.run("merge", master.toString(), a.toString(), b.toString(), "--lang", "en");
        log.append(show("merge master.ccmm zhangsan.ccmm lisi.ccmm --lang en", merged));
        assertEquals(0, merged.exit(), merged.err());
        // Items 5, 10, 15, 20 differ on C (unless already 10) or items 4, 8, 12, 16, 20 on F.
        // Module 1.0 has 25 items, 20 rated; they differ on C at 5, 10, 20 and on F at 4, 8, 12, 16, 20.
        assertTrue(merged.out().contains("merged: 13, unchanged: 5, conflicts: 7"), merged.out());
        assertTrue(
                merged.out().contains("(张三): 20 changed, 13 merged, 7 in conflict, 0 attachments and 0 actions added"),
                merged.out());
        assertTrue(merged.out().contains("(李四): 20 changed, 13 merged, 7 in conflict"), merged.out());
        assertTrue(merged.out().contains("items in conflict: 4, 5, 8, 10, 12, 16, 20"), merged.out());
        CliTest.Result again = CliTest.run("merge", master.toString(), b.toString(), a.toString(), "--lang", "zh");
        log.append(show("merge master.ccmm lisi.ccmm zhangsan.ccmm --lang zh", again));
        assertTrue(again.out().contains("已合并：0"), again.out());
        assertTrue(again.out().contains("已将 lisi.ccmm、zhangsan.ccmm 合并到"), "a Chinese list: " + again.out());
        CliTest.Result agreement = CliTest.run("agreement", master.toString(), "--lang", "en");
        log.append(show("agreement master.ccmm --lang en", agreement));
        assertEquals(0, agreement.exit());
        assertTrue(
                agreement.out().contains("张三 & 李四 | all modules | C | 20 | 85.0 | 0.72 | substantial agreement"),
                agreement.out());
        CliTest.Result zh = CliTest.run("agreement", master.toString(), "--lang", "zh");
        log.append(show("agreement master.ccmm --lang zh", zh));
        assertTrue(zh.out().contains("全部模块"), zh.out());
        CliTest.Result json = CliTest.run("agreement", master.toString(), "--json", "--lang", "en");
        assertTrue(json.out().contains("\"kappa\""), json.out());
        System.out.println(log);
    }

    @Test
    void refusalsExitTwoWithWordsAndWriteNothing() throws Exception {
        newMaster();
        Path a = dir.resolve("a.ccmm");
        assertEquals(
                0,
                CliTest.run("fieldcopy", master.toString(), "--assessor", "张三", "-o", a.toString())
                        .exit());
        byte[] masterBytes = Files.readAllBytes(master);
        byte[] copyBytes = Files.readAllBytes(a);

        CliTest.Result exists =
                CliTest.run("fieldcopy", master.toString(), "--assessor", "李四", "-o", a.toString(), "--lang", "zh");
        assertEquals(2, exists.exit());
        assertTrue(exists.err().contains("已存在"), exists.err());

        Path none = dir.resolve("none.ccmm");
        CliTest.Result badModule = CliTest.run(
                "fieldcopy",
                master.toString(),
                "--assessor",
                "李四",
                "--modules",
                "9.0",
                "-o",
                none.toString(),
                "--lang",
                "en");
        assertEquals(2, badModule.exit());
        assertTrue(badModule.err().contains("no module “9.0”"), badModule.err());
        CliTest.Result badItems = CliTest.run(
                "fieldcopy",
                master.toString(),
                "--assessor",
                "李四",
                "--items",
                "1-400",
                "-o",
                none.toString(),
                "--lang",
                "en");
        assertEquals(2, badItems.exit());
        assertFalse(Files.exists(none));

        Path other = dir.resolve("other.ccmm");
        Path otherCopy = dir.resolve("other-copy.ccmm");
        try (AssessmentFile f = AssessmentFile.create(other, new Organization("x", "", "", OptionalInt.empty()))) {
            f.createRound(new RoundInfo("other", "", List.of(), OptionalInt.empty()));
        }
        CliTest.Result otherHandOut =
                CliTest.run("fieldcopy", other.toString(), "--assessor", "王五", "-o", otherCopy.toString());
        assertEquals(0, otherHandOut.exit(), otherHandOut.err());
        CliTest.Result wrong =
                CliTest.run("merge", master.toString(), a.toString(), otherCopy.toString(), "--lang", "en");
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("other-copy.ccmm") && wrong.err().contains("master.ccmm"), wrong.err());
        CliTest.Result wrongZh = CliTest.run("merge", master.toString(), otherCopy.toString(), "--lang", "zh");
        assertTrue(wrongZh.err().contains("未合并任何内容"), wrongZh.err());
        CliTest.Result missing =
                CliTest.run("merge", master.toString(), dir.resolve("gone.ccmm").toString());
        assertEquals(2, missing.exit());
        CliTest.Result noCopy = CliTest.run("merge", master.toString());
        assertEquals(2, noCopy.exit());

        assertArrayEquals(masterBytes, Files.readAllBytes(master), "refusals leave the master byte-identical");
        assertArrayEquals(copyBytes, Files.readAllBytes(a));
    }

    private static String step(String... args) {
        return show(String.join(" ", args), CliTest.run(args));
    }

    private static String show(String what, CliTest.Result r) {
        return "$ ccmm " + what + "\n" + r.out() + r.err() + "(exit " + r.exit() + ")\n";
    }
}
