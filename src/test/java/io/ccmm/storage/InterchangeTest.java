package io.ccmm.storage;

import static io.ccmm.storage.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.CatalogRef;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.storage.StorageException.Reason;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterchangeTest {

    private static final Catalog CATALOG = CatalogLoader.bundled().catalog();

    @TempDir
    Path dir;

    private static final Organization ORG_OF_SAMPLE =
            new Organization("国网某供电公司95598", "华东分中心", "utility", OptionalInt.of(12));

    static Assessment sample() {
        return new Assessment(
                new CatalogRef(CATALOG.id(), CATALOG.sha256()),
                new Organization("国网某供电公司95598", "华东分中心", "utility", OptionalInt.of(12)),
                new RoundInfo("复评", "2026-10-01", List.of("李四", "王五"), OptionalInt.of(4)),
                List.of(
                        new Rating(item(0), Rate.FULL, Rate.PARTIAL, "制度齐全,执行记录不完整"),
                        Rating.of(item(1), Rate.PARTIAL, Rate.UNRATED),
                        new Rating(item(2), Rate.UNRATED, Rate.NONE, "\"引号\"<b> & ünïcödé"),
                        new Rating(item(3), Rate.UNRATED, Rate.UNRATED, "only a note"),
                        Rating.notApplicable(item(4), "政务热线不按客户价值分层服务")),
                "0b6c7c9e-3f0e-4d55-9a51-2f1f7d7c2a10");
    }

    @Test
    void aRoundKeepsTheIdentityItTravelledWithUnlessTheFileHasItAlready() throws Exception {
        String uid = sample().uid();
        try (AssessmentFile f = AssessmentFile.create(dir.resolve("two.ccmm"), ORG_OF_SAMPLE)) {
            Round first = f.importRound(sample(), CatalogSnapshot.bundled());
            Round second = f.importRound(sample(), CatalogSnapshot.bundled());
            Round without = f.importRound(sample().withUid(""), CatalogSnapshot.bundled());
            Round copy = f.copyRound(first.id(), sample().round());
            Round created = f.createRound(sample().round(), CatalogSnapshot.bundled());
            assertEquals(uid, first.uid());
            assertEquals(uid, f.exportRound(first.id()).uid());
            List<String> others = List.of(second.uid(), without.uid(), copy.uid(), created.uid());
            for (String other : others) {
                assertEquals(other, java.util.UUID.fromString(other).toString());
                assertNotEquals(uid, other);
            }
            assertEquals(4, others.stream().distinct().count());
            assertEquals(sample().ratings(), List.copyOf(f.ratings(copy.id()).values()), "N/A kept by the copy");
        }
    }

    @Test
    void jsonToFileToJsonIsIdentical() throws Exception {
        byte[] json = InterchangeJson.write(sample());
        Assessment read = InterchangeJson.read(json, CATALOG, false);
        Path file = dir.resolve("95598.ccmm");
        long round;
        try (AssessmentFile f = AssessmentFile.create(file, new Organization("", "", "", OptionalInt.empty()))) {
            round = f.importRound(read, CatalogSnapshot.bundled()).id();
        }
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_ONLY)) {
            Assessment back = f.exportRound(round);
            assertEquals(read, back);
            assertArrayEquals(json, InterchangeJson.write(back));
            assertEquals(sample().organization(), f.organization(), "an empty file takes the organization");
            List<AuditEntry> trail = f.auditTrail(round);
            assertEquals("round.imported", trail.get(trail.size() - 1).field());
            assertEquals("5 ratings", trail.get(trail.size() - 1).newValue());
            assertEquals("制度齐全,执行记录不完整", f.auditTrail(round, item(0)).get(2).newValue());
        }
    }

    @Test
    void importingAnotherOrganizationsAssessmentIsRefusedAndChangesNothing() throws Exception {
        Path file;
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            file = f.path();
            f.createRound(Fixtures.BASELINE, CatalogSnapshot.bundled());
        }
        String before = Fixtures.sha256(file);
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            StorageException e =
                    assertThrows(StorageException.class, () -> f.importRound(sample(), CatalogSnapshot.bundled()));
            assertEquals(Reason.OTHER_ORGANIZATION, e.reason());
            assertEquals(
                    "organization.name: “国网某供电公司95598” is not the organization of “center.ccmm”"
                            + " (“某市12345政务服务热线”).",
                    e.getMessage());
            assertEquals(1, f.rounds().size());
        }
        assertEquals(before, Fixtures.sha256(file));
    }

    @Test
    void importIsAllOrNothing() throws Exception {
        Assessment bad = new Assessment(
                sample().catalog(),
                new Organization("", "", "", OptionalInt.empty()),
                sample().round(),
                List.of(Rating.of(item(0), Rate.FULL, Rate.FULL), Rating.of(999_999, Rate.FULL, Rate.FULL)));
        Path file;
        try (AssessmentFile f = Fixtures.newFile(dir)) {
            file = f.path();
        }
        String before = Fixtures.sha256(file);
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            StorageException e =
                    assertThrows(StorageException.class, () -> f.importRound(bad, CatalogSnapshot.bundled()));
            assertEquals("ratings[1].item: 999999 is not in catalog cc-cmm-oc-2025", e.getMessage());
            assertEquals(List.of(), f.rounds());
        }
        assertEquals(before, Fixtures.sha256(file));
    }
}
