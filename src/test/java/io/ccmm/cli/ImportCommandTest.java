package io.ccmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import io.ccmm.storage.Round;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    private static int item(int index) {
        List<AssessmentItem> items = CatalogLoader.bundled().catalog().items();
        return items.get(index).id();
    }

    private Path json(String name, String ratings) throws Exception {
        return Files.writeString(
                dir.resolve(name),
                """
                {
                  "format": "ccmm-assessment",
                  "formatVersion": 1,
                  "catalog": {"id": "cc-cmm-oc-2025"},
                  "organization": {"name": "某市12345政务服务热线", "site": "主中心", "yearsInOperation": 7},
                  "assessment": {"title": "2026 自评", "date": "2026-03-01", "assessors": ["张三"], "targetLevel": 3},
                  "ratings": [%s]
                }
                """
                        .formatted(ratings));
    }

    private Path good() throws Exception {
        return json(
                "good.json",
                "{\"item\": %d, \"c\": 10, \"f\": 5, \"note\": \"制度齐全\"}, {\"item\": %d, \"c\": 5}"
                        .formatted(item(0), item(1)));
    }

    @Test
    void importsIntoANewFileAndThenAsAnotherRound() throws Exception {
        Path target = dir.resolve("center.ccmm");
        CliTest.Result r = CliTest.run("import", good().toString(), "--into", target.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(target + ": imported 2 ratings as round 1 “2026 自评” (new file)" + System.lineSeparator(), r.out());

        r = CliTest.run("import", good().toString(), "--into", target.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("as round 2"), r.out());

        try (AssessmentFile f = AssessmentFile.open(target, OpenMode.READ_ONLY)) {
            assertEquals("某市12345政务服务热线", f.organization().name());
            List<Round> rounds = f.rounds();
            assertEquals(2, rounds.size());
            assertEquals(Rate.FULL, f.rating(rounds.get(1).id(), item(0)).c());
            assertEquals("制度齐全", f.rating(rounds.get(1).id(), item(0)).note());
        }
    }

    @Test
    void notApplicableItemsAndTheRoundIdentityArriveInTheFile() throws Exception {
        String uid = "0b6c7c9e-3f0e-4d55-9a51-2f1f7d7c2a10";
        Path json = Files.writeString(
                dir.resolve("na.json"),
                Files.readString(good())
                        .replace("\"assessment\": {", "\"assessment\": {\"uid\": \"" + uid + "\", ")
                        .replace(
                                "\"c\": 5}",
                                "\"c\": 5}, {\"item\": %d, \"notApplicable\": true, \"justification\": \"不适用\"}"
                                        .formatted(item(2))));
        Path target = dir.resolve("center.ccmm");
        CliTest.Result r = CliTest.run("import", json.toString(), "--into", target.toString());
        assertEquals(0, r.exit(), r.err());
        try (AssessmentFile f = AssessmentFile.open(target, OpenMode.READ_ONLY)) {
            Round round = f.rounds().get(0);
            assertEquals(uid, round.uid());
            assertEquals(Rating.notApplicable(item(2), "不适用"), f.rating(round.id(), item(2)));
        }
    }

    @Test
    void notApplicableUnderRulesThatDoNotAllowItIsRefusedNamingTheItem() throws Exception {
        String rules;
        try (InputStream in = getClass().getResourceAsStream("/assessment-items/cc-cmm-oc-2025/scoring.json")) {
            rules = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(rules.contains("\"allowed\": true"));
        Path strict =
                Files.writeString(dir.resolve("strict.json"), rules.replace("\"allowed\": true", "\"allowed\": false"));
        Path json = json(
                "na.json",
                "{\"item\": %d, \"c\": 10, \"f\": 5}, {\"item\": %d, \"notApplicable\": true, \"justification\": \"不适用\"}"
                        .formatted(item(0), item(3)));
        Path target = dir.resolve("center.ccmm");
        CliTest.Result r = CliTest.run(
                "import", json.toString(), "--into", target.toString(), "--rules", strict.toString(), "--lang", "en");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("item " + item(3) + " is marked not applicable"), r.err());
        assertFalse(Files.exists(target), "nothing created");
        CliTest.Result zh = CliTest.run(
                "import", json.toString(), "--into", target.toString(), "--rules", strict.toString(), "--lang", "zh");
        assertEquals(2, zh.exit(), zh.err());
        assertTrue(zh.err().contains("第 " + item(3) + " 项标为不适用"), zh.err());
        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of(),
                    files.filter(p -> p.getFileName().toString().contains("center"))
                            .toList());
        }
    }

    @Test
    void importsRacingForOneNewFileAllLandAsRoundsOfIt() throws Exception {
        Path json = good();
        Path target = dir.resolve("center.ccmm");
        int racers = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(racers);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<CliTest.Result>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < racers; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return CliTest.run("import", json.toString(), "--into", target.toString(), "--lang", "en");
                }));
            }
            start.countDown();
            int newFile = 0;
            for (var run : runs) {
                CliTest.Result r = run.get();
                assertEquals(0, r.exit(), r.err());
                newFile += r.out().contains("(new file)") ? 1 : 0;
            }
            assertEquals(1, newFile, "exactly one import created the file");
        } finally {
            pool.shutdownNow();
        }
        try (AssessmentFile f = AssessmentFile.open(target, OpenMode.READ_ONLY)) {
            assertEquals(racers, f.rounds().size());
        }
        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of(target),
                    files.filter(p -> p.getFileName().toString().startsWith("center"))
                            .toList(),
                    "nothing left beside the file");
        }
    }

    @Test
    void badInputLeavesTheFileByteForByteUnchanged() throws Exception {
        Path target = dir.resolve("center.ccmm");
        assertEquals(
                0,
                CliTest.run("import", good().toString(), "--into", target.toString())
                        .exit());
        String before = CatalogLoader.sha256(Files.readAllBytes(target));

        Path bad = json("bad.json", "{\"item\": %d, \"c\": 10}, {\"item\": %d, \"c\": 7}".formatted(item(0), item(1)));
        CliTest.Result r = CliTest.run("import", bad.toString(), "--into", target.toString());
        assertEquals(2, r.exit());
        assertEquals("ccmm: " + bad + ": ratings[1].c: 7 is not one of 10, 5, 0" + System.lineSeparator(), r.err());
        assertEquals("", r.out());
        assertEquals(before, CatalogLoader.sha256(Files.readAllBytes(target)));

        Path notJson = Files.writeString(dir.resolve("broken.json"), "{\"format\": ");
        r = CliTest.run("import", notJson.toString(), "--into", target.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not valid JSON at line 1"), r.err());
        assertEquals(before, CatalogLoader.sha256(Files.readAllBytes(target)));

        Path otherOrg = Files.writeString(
                dir.resolve("other.json"), Files.readString(good()).replace("某市12345政务服务热线", "另一家中心"));
        r = CliTest.run("import", otherOrg.toString(), "--into", target.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("is not the organization of “center.ccmm”"), r.err());
        assertEquals(before, CatalogLoader.sha256(Files.readAllBytes(target)));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.toString().endsWith("-wal")).count());
        }
    }

    @Test
    void badInputCreatesNoFile() throws Exception {
        Path target = dir.resolve("new.ccmm");
        Path bad = json("bad.json", "{\"item\": 999999, \"c\": 10}");
        CliTest.Result r = CliTest.run("import", bad.toString(), "--into", target.toString());
        assertEquals(2, r.exit());
        assertEquals(
                "ccmm: " + bad + ": ratings[0].item: 999999 is not in catalog cc-cmm-oc-2025: out of range 1–170"
                        + System.lineSeparator(),
                r.err());
        assertFalse(Files.exists(target));

        r = CliTest.run("import", dir.resolve("missing.json").toString(), "--into", target.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no such file"), r.err());
        assertFalse(Files.exists(target));

        r = CliTest.run("import", good().toString());
        assertEquals(2, r.exit(), "--into is required");
    }

    @Test
    void refusesATargetThatIsNotOursOrInUse() throws Exception {
        Path notOurs = Files.writeString(dir.resolve("notes.ccmm"), "plain text");
        CliTest.Result r = CliTest.run("import", good().toString(), "--into", notOurs.toString());
        assertEquals(2, r.exit());
        assertEquals(
                "ccmm: “notes.ccmm” is not an assessment file (it is not a SQLite database)." + System.lineSeparator(),
                r.err());
        assertEquals("plain text", Files.readString(notOurs));

        Path target = dir.resolve("center.ccmm");
        assertEquals(
                0,
                CliTest.run("import", good().toString(), "--into", target.toString())
                        .exit());
        try (AssessmentFile open = AssessmentFile.open(target, OpenMode.READ_WRITE)) {
            r = CliTest.run("import", good().toString(), "--into", target.toString());
            assertEquals(2, r.exit());
            assertTrue(r.err().contains("is open in another window or by another program"), r.err());
            assertEquals(1, open.rounds().size());
        }
    }

    @Test
    void importsAgainstAnotherCatalogFile() throws Exception {
        Path catalog = dir.resolve("licensed.json");
        try (InputStream in = getClass().getResourceAsStream("/catalogs/small-catalog.json")) {
            Files.copy(in, catalog);
        }
        Path target = dir.resolve("center.ccmm");
        Path input = Files.writeString(
                dir.resolve("licensed-assessment.json"),
                Files.readString(good()).replace("\"cc-cmm-oc-2025\"", "\"test-small\""));
        CliTest.Result r =
                CliTest.run("import", good().toString(), "--into", target.toString(), "--catalog", catalog.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("catalog.id: \"cc-cmm-oc-2025\" is not the catalog in use (test-small)"), r.err());
        assertFalse(Files.exists(target));

        r = CliTest.run("import", input.toString(), "--into", target.toString(), "--catalog", catalog.toString());
        assertEquals(0, r.exit(), r.err());
        try (AssessmentFile f = AssessmentFile.open(target, OpenMode.READ_ONLY)) {
            long round = f.latestRound().orElseThrow().id();
            assertEquals(
                    CatalogLoader.sha256(Files.readAllBytes(catalog)),
                    f.catalogBundleOf(round).catalog().sha256());
        }
    }

    @Test
    void aTargetInAMissingFolderIsExitTwoInWords() throws Exception {
        Path target = dir.resolve("no/such/folder/center.ccmm");
        CliTest.Result r = CliTest.run("import", good().toString(), "--into", target.toString(), "--lang", "en");
        assertEquals(2, r.exit());
        assertEquals(
                "ccmm: --into: the folder " + dir.resolve("no/such/folder") + " does not exist"
                        + System.lineSeparator(),
                r.err());
        assertFalse(Files.exists(dir.resolve("no")));

        r = CliTest.run("import", good().toString(), "--into", target.toString(), "--lang", "zh");
        assertEquals("ccmm: --into：文件夹 " + dir.resolve("no/such/folder") + " 不存在" + System.lineSeparator(), r.err());

        Path plainFile = Files.writeString(dir.resolve("plain"), "x");
        r = CliTest.run(
                "import",
                good().toString(),
                "--into",
                plainFile.resolve("center.ccmm").toString(),
                "--lang",
                "en");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--into: " + plainFile + " is a file, not a folder"), r.err());
        assertEquals("x", Files.readString(plainFile));

        r = CliTest.run("import", good().toString(), "--into", dir.toString(), "--lang", "en");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("is a folder, not an assessment file"), r.err());
    }

    @Test
    void aTargetInAnUnwritableFolderIsExitTwoInWords() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // A superuser writes anywhere; the refusal is then the file system's, which this user never gets.
            assumeFalse(Files.isWritable(locked), "the folder stays writable for this user (superuser)");
            Path target = locked.resolve("center.ccmm");
            CliTest.Result r = CliTest.run("import", good().toString(), "--into", target.toString(), "--lang", "en");
            assertEquals(2, r.exit());
            assertEquals(
                    "ccmm: --into: " + target + " cannot be created: the folder " + locked + " is not writable"
                            + System.lineSeparator(),
                    r.err());
            try (var files = Files.list(locked)) {
                assertEquals(0, files.count());
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anImportedRoundReportsInChinese() throws Exception {
        Path target = dir.resolve("center.ccmm");
        CliTest.Result r = CliTest.run("import", good().toString(), "--into", target.toString(), "--lang", "zh");
        assertEquals(0, r.exit(), r.err());
        assertEquals(target + "：已导入 2 条评分，作为轮次 1 “2026 自评”（新文件）" + System.lineSeparator(), r.out());
    }
}
