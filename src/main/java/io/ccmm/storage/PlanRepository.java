package io.ccmm.storage;

import io.ccmm.assessment.Rate;
import java.util.List;
import java.util.Map;

/**
 * The plan kept with each round of an assessment file: findings, the action plan, planned ratings (what-if), the
 * executive summary, and the file's branding. Each change is one durable, audited transaction, as in {@link
 * AssessmentRepository}; findings, actions, planned ratings and the summary can be edited on final rounds too (they are
 * worked on after the assessment).
 */
public interface PlanRepository {

    // Findings

    List<Finding> findings(long roundId) throws StorageException;

    Finding addFinding(Finding finding) throws StorageException;

    void updateFinding(Finding finding) throws StorageException;

    void removeFinding(long findingId) throws StorageException;

    // Action plan

    /** Every improvement action of the round with its plan details, by first item then id. */
    List<PlanAction> planActions(long roundId) throws StorageException;

    PlanAction addPlanAction(PlanAction action) throws StorageException;

    void updatePlanAction(PlanAction action) throws StorageException;

    /** Removes the action with its links to further items. */
    void removePlanAction(long actionId) throws StorageException;

    // Planned ratings (what-if)

    Map<Integer, PlannedRating> plannedRatings(long roundId) throws StorageException;

    /** Plans item's rating; {@link Rate#UNRATED} for either angle removes the plan of the item. */
    void setPlannedRating(long roundId, int item, Rate c, Rate f) throws StorageException;

    /**
     * Plans several items' ratings in one transaction (the what-if kept in the plan): afterwards all of them are in the
     * file or, when any is refused (an item not in the round's catalog) or the file cannot take them, none, and the
     * file is as it was.
     */
    void setPlannedRatings(long roundId, List<PlannedRating> ratings) throws StorageException;

    void clearPlannedRatings(long roundId) throws StorageException;

    // Executive summary

    /** The round's executive summary as edited, "" when none was saved. */
    String executiveSummary(long roundId) throws StorageException;

    /** Saves the summary; blank text removes it. */
    void saveExecutiveSummary(long roundId, String text) throws StorageException;

    // Branding

    Branding branding() throws StorageException;

    void saveBranding(Branding branding) throws StorageException;
}
