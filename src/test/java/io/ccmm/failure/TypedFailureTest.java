package io.ccmm.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.questionnaire.QuestionnaireException;
import io.ccmm.questionnaire.QuestionnaireText;
import io.ccmm.team.TeamException;
import io.ccmm.team.TeamText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The typed-failure base under team and questionnaire refusals: files by name, the cause, a sentence per reason. */
class TypedFailureTest {

    private static final Object[] ARGS = {"a", "b", "c", "d", "e", "f"};

    @Test
    void everyTeamAndQuestionnaireReasonHasItsSentenceInBothLanguages() {
        for (TeamException.Reason r : TeamException.Reason.values()) {
            TeamException e = new TeamException(r, ARGS);
            for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                String words = TeamText.describe(e, l);
                assertFalse(words.isBlank() || words.contains("{"), r + ": " + words);
            }
            assertEquals(TeamText.describe(e, Locale.ENGLISH), e.getMessage(), "the message is the English sentence");
        }
        for (QuestionnaireException.Reason r : QuestionnaireException.Reason.values()) {
            QuestionnaireException e = new QuestionnaireException(r, ARGS);
            for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                String words = QuestionnaireText.describe(e, l);
                assertFalse(words.isBlank() || words.contains("{"), r + ": " + words);
            }
            assertEquals(QuestionnaireText.describe(e, Locale.ENGLISH), e.getMessage());
        }
    }

    @Test
    void filesAreNamedByTheirNamesAndTheFirstThrowableIsTheCause() {
        IOException io = new IOException("disk full");
        QuestionnaireException q =
                new QuestionnaireException(QuestionnaireException.Reason.WRITE, Path.of("/home/zhang/问卷/质量部.xlsx"), io);
        assertSame(io, q.getCause());
        assertEquals("质量部.xlsx", TypedFailure.fileName(Path.of("/home/zhang/问卷/质量部.xlsx")));
        String zh = QuestionnaireText.describe(q, Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.contains("质量部.xlsx") && !zh.contains("/home/zhang"), zh);
        assertTrue(zh.contains("disk full"), zh);
        TeamException t = new TeamException(TeamException.Reason.OUTPUT_EXISTS, Path.of("/tmp/张三.ccmm"));
        assertNull(t.getCause());
        assertTrue(TeamText.describe(t, Locale.ENGLISH).contains("张三.ccmm"), TeamText.describe(t, Locale.ENGLISH));
        assertFalse(TeamText.describe(t, Locale.ENGLISH).contains("/tmp"));
        assertEquals(TeamException.Reason.OUTPUT_EXISTS, t.reason());
        TeamException missing = new TeamException(TeamException.Reason.SAME_FILE, (Object) null);
        assertFalse(TeamText.describe(missing, Locale.ENGLISH).contains("null"), "a missing argument is empty");
    }
}
