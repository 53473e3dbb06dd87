package io.ccmm.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Language;
import io.ccmm.storage.AuditEntry;
import io.ccmm.ui.TestSessions;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.start.NewAssessmentViewModel;
import io.ccmm.ui.workspace.FileRoundSession;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Organization and round details changed after creation, recorded in the audit trail. */
class DetailsEditingTest {

    private final List<String> errors = new ArrayList<>();
    private final Messages zh = Messages.of(Language.ZH);

    private final DialogService dialogs = new io.ccmm.ui.QuietDialogs() {
        @Override
        public void error(String title, String message) {
            errors.add(title + ": " + message);
        }
    };

    @Test
    void theFormShowsTheDetailsAsTheyAreAndGivesThemBackUnchanged() {
        FileRoundSession session = TestSessions.empty();
        NewAssessmentViewModel form = NewAssessmentViewModel.of(zh, session.organization(), session.round());
        NewAssessmentViewModel.NewAssessment same = form.result().orElseThrow();
        assertEquals(session.organization().name(), same.organization().name());
        assertEquals(
                session.organization().yearsInOperation(), same.organization().yearsInOperation());
        assertEquals(session.round(), same.round());
    }

    @Test
    void changedDetailsAreSavedAndAudited() throws Exception {
        FileRoundSession session = TestSessions.empty();
        Documents documents = new Documents(dialogs, () -> zh);
        documents.adopt(session);
        Organization org = new Organization("测试热线（新名）", "主中心", "", OptionalInt.of(7));
        RoundInfo round = new RoundInfo("2026 自评（修订）", "2026-03-02", List.of("张三", "李四"), OptionalInt.of(2));
        FileRoundSession updated =
                documents.updateDetails(session.roundId(), org, round).orElseThrow();
        assertEquals(List.of(), errors);
        assertEquals(org, updated.organization());
        assertEquals(round, updated.round());
        List<AuditEntry> trail = session.file().auditTrail(session.roundId());
        assertTrue(
                trail.stream()
                        .anyMatch(e ->
                                e.field().startsWith("round.") && e.newValue().contains("修订")),
                trail.toString());
        documents.close();
    }
}
