package io.ccmm.questionnaire;

import io.ccmm.catalog.Catalog;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.AssignedScope;
import io.ccmm.storage.Round;
import io.ccmm.storage.StorageException;
import io.ccmm.team.Scope;
import io.ccmm.team.TeamException;
import java.util.List;

/** The items assigned to one assessor of a round: the scope of the field copy last handed out to them. */
final class AssignedItems {

    private AssignedItems() {}

    /** The assessors of {@code round} who were assigned part of the items, in the order they were first handed out. */
    static List<AssignedScope> of(AssessmentFile file, Round round) throws StorageException {
        return file.assignedScopes(round.id()).stream()
                .filter(AssignedScope::isPartial)
                .toList();
    }

    /** The scope of {@code assessor} in {@code round}; refused naming the round's assessors with assigned items. */
    static Scope of(AssessmentFile file, Round round, String assessor, Catalog catalog)
            throws StorageException, QuestionnaireException {
        List<AssignedScope> assigned = of(file, round);
        for (AssignedScope a : assigned) {
            if (a.assessor().strip().equals(assessor.strip())) {
                try {
                    return Scope.ofItems(a.scope(), catalog);
                } catch (TeamException e) {
                    throw new QuestionnaireException(QuestionnaireException.Reason.SCOPE, e);
                }
            }
        }
        Object names = assigned.isEmpty()
                ? new QuestionnaireText.Localized("questionnaire.assigned.nobody")
                : String.join(
                        ", ", assigned.stream().map(AssignedScope::assessor).toList());
        throw new QuestionnaireException(QuestionnaireException.Reason.NOT_ASSIGNED, assessor, round.title(), names);
    }
}
