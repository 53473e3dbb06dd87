package io.ccmm.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Language;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.AuditEntry;
import io.ccmm.storage.AuthorNote;
import io.ccmm.storage.OpenMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A questionnaire handed out is recorded in the master's audit trail, and importing its answers names that hand-out. */
class QuestionnaireHandoutTest {

    @TempDir
    Path dir;

    Path master;
    long roundId;

    @BeforeEach
    void newMaster() throws Exception {
        master = dir.resolve("master.ccmm");
        try (AssessmentFile f =
                AssessmentFile.create(master, new Organization("热线", "", "government", OptionalInt.empty()))) {
            f.actAs("顾问 李四");
            roundId = f.createRound(new RoundInfo("2026 自评", "2026-03-01", List.of(), OptionalInt.empty()))
                    .id();
        }
    }

    private Questionnaires.Exported export(String name, Optional<String> items, String assessor) throws Exception {
        return Questionnaires.export(
                master,
                new Questionnaires.Request(OptionalLong.empty(), Optional.empty(), items, assessor, Language.ZH, false),
                dir.resolve(name));
    }

    private List<AuditEntry> handouts() throws Exception {
        try (AssessmentFile f = AssessmentFile.openForReading(master)) {
            return f.auditTrail(roundId).stream()
                    .filter(e -> e.field().equals(QuestionnaireHandout.FIELD))
                    .toList();
        }
    }

    @Test
    void exportRecordsWhoScopeWhenAndTheWorkbooksUidAndImportNamesThatHandout() throws Exception {
        Instant before = Instant.now().minusSeconds(2);
        Questionnaires.Exported q = export("q.xlsx", Optional.of("1-12"), "质量部 王五");
        assertTrue(q.recorded());
        List<AuditEntry> recorded = handouts();
        assertEquals(1, recorded.size(), recorded.toString());
        AuditEntry e = recorded.get(0);
        assertEquals("questionnaire:" + q.questionnaire() + " 质量部 王五 [1-12]", e.newValue());
        assertTrue(Duration.between(before, e.at()).toSeconds() < 600 && !e.at().isBefore(before), e.at().toString());
        // the uid recorded is the one inside the workbook
        assertEquals(
                q.questionnaire(), FilledQuestionnaire.read(q.file()).identity().questionnaireUid());

        Questionnaires.Exported other = export("other.xlsx", Optional.empty(), "");
        assertEquals(2, handouts().size());

        Path filled = Filling.edit(q.file(), dir.resolve("filled.xlsx"), book -> {
            Filling.text(book, 3, Filling.C, "10");
            Filling.text(book, 3, Filling.F, "5");
        });
        Questionnaires.Imported done = Questionnaires.importAnswers(filled, master, OptionalLong.empty());
        QuestionnaireHandout h = done.handout().orElseThrow();
        assertEquals(new QuestionnaireHandout(q.questionnaire(), e.at(), e.who(), "质量部 王五", "1-12"), h);
        String zh = QuestionnaireText.handout(done.handout(), Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.contains("分发给 质量部 王五 的问卷（条目：1-12）"), zh);
        assertTrue(QuestionnaireText.handout(done.handout(), Locale.ENGLISH).contains("to 质量部 王五 (items: 1-12)"), zh);

        Questionnaires.Imported second = Questionnaires.importAnswers(other.file(), master, OptionalLong.empty());
        String all = QuestionnaireText.handout(second.handout(), Locale.CHINA);
        assertTrue(all.contains("分发给 未填写姓名 的问卷（条目：全部）"), all);
    }

    @Test
    void aQuestionnaireOfAnotherCopyOfTheFileIsImportedWithoutAHandoutAndTheExportOfAReadOnlyFileRecordsNone()
            throws Exception {
        Path copy = dir.resolve("copy.ccmm");
        Files.copy(master, copy);
        Questionnaires.Exported fromCopy = Questionnaires.export(
                copy,
                new Questionnaires.Request(
                        OptionalLong.empty(), Optional.empty(), Optional.empty(), "IT", Language.EN, false),
                dir.resolve("copy.xlsx"));
        assertTrue(fromCopy.recorded());
        Questionnaires.Imported done = Questionnaires.importAnswers(fromCopy.file(), master, OptionalLong.empty());
        assertTrue(done.handout().isEmpty());
        assertEquals(
                "This file has no record of handing out this questionnaire.",
                QuestionnaireText.handout(done.handout(), Locale.ENGLISH));

        byte[] bytes = Files.readAllBytes(master);
        try (AssessmentFile readOnly = AssessmentFile.open(master, OpenMode.READ_ONLY)) {
            Questionnaires.Exported q = Questionnaires.export(
                    readOnly,
                    new Questionnaires.Request(
                            OptionalLong.empty(), Optional.empty(), Optional.empty(), "IT", Language.EN, false),
                    dir.resolve("ro.xlsx"));
            assertFalse(q.recorded());
            assertTrue(Files.exists(q.file()));
        }
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(master)), "a read-only file is not touched");
    }

    @Test
    void aReasonTypedForARatedItemJoinsTheRespondentsNoteAndBecomesTheItemsNoteWhenItHasNone() throws Exception {
        try (AssessmentFile f = AssessmentFile.open(master, OpenMode.READ_WRITE)) {
            f.saveRating(roundId, new Rating(7, Rate.UNRATED, Rate.UNRATED, "组长的备注"));
        }
        Questionnaires.Exported q = export("q.xlsx", Optional.empty(), "质量部 王五");
        Path filled = Filling.edit(q.file(), dir.resolve("filled.xlsx"), book -> {
            Filling.text(book, 1, Filling.C, "10");
            Filling.text(book, 1, Filling.F, "5");
            Filling.text(book, 1, Filling.JUSTIFICATION, "抽查了 3 份培训记录");
            Filling.text(book, 2, Filling.C, "5");
            Filling.text(book, 2, Filling.F, "5");
            Filling.text(book, 2, Filling.NOTE, "制度在修订中");
            Filling.text(book, 2, Filling.JUSTIFICATION, "预计六月发布");
            Filling.text(book, 3, Filling.NOTE, "只有备注");
            Filling.text(book, 7, Filling.C, "0");
            Filling.text(book, 7, Filling.F, "0");
            Filling.text(book, 7, Filling.JUSTIFICATION, "没有记录");
        });
        Questionnaires.Imported done = Questionnaires.importAnswers(filled, master, OptionalLong.empty());
        assertEquals(3, done.plan().merged().size(), done.plan().toString());
        try (AssessmentFile f = AssessmentFile.openForReading(master)) {
            Rating one = f.rating(roundId, 1);
            assertEquals(new Rating(1, Rate.FULL, Rate.PARTIAL, "质量部 王五：抽查了 3 份培训记录", false, ""), one);
            assertEquals("质量部 王五：制度在修订中\n预计六月发布", f.rating(roundId, 2).note());
            assertEquals("质量部 王五：只有备注", f.rating(roundId, 3).note());
            assertEquals("组长的备注", f.rating(roundId, 7).note(), "the round's own note is never replaced");
            assertEquals(Rate.NONE, f.rating(roundId, 7).c());
            List<AuthorNote> notes = f.authorNotes(roundId);
            assertTrue(notes.contains(new AuthorNote(1, "质量部 王五", "抽查了 3 份培训记录")), notes.toString());
            assertTrue(notes.contains(new AuthorNote(2, "质量部 王五", "制度在修订中\n预计六月发布")), notes.toString());
            assertTrue(notes.contains(new AuthorNote(7, "质量部 王五", "没有记录")), notes.toString());
            assertTrue(
                    f.auditTrail(roundId, 1).stream()
                            .anyMatch(e -> e.field().equals("note") && e.who().equals("质量部 王五")),
                    "the note is audited under the respondent's name");
        }
        byte[] once;
        List<Rating> ratingsOnce;
        try (AssessmentFile f = AssessmentFile.openForReading(master)) {
            ratingsOnce = List.copyOf(new java.util.TreeMap<>(f.ratings(roundId)).values());
            once = String.valueOf(f.auditTrail(roundId).size()).getBytes();
        }
        Questionnaires.Imported again = Questionnaires.importAnswers(filled, master, OptionalLong.empty());
        assertEquals(0, again.plan().merged().size());
        try (AssessmentFile f = AssessmentFile.openForReading(master)) {
            assertEquals(ratingsOnce, List.copyOf(new java.util.TreeMap<>(f.ratings(roundId)).values()));
            assertEquals(new String(once), String.valueOf(f.auditTrail(roundId).size()), "nothing audited again");
        }
    }
}
