package io.ccmm.storage;

import io.ccmm.storage.StorageException.Reason;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan kept with a round ({@link PlanRepository}): findings ({@link Findings}), the action plan, planned ratings,
 * the executive summary and the file's branding ({@link PlanTables}). Every change is one transaction of the {@link
 * FileSession} and audited.
 */
final class PlanRecords {

    private final FileSession session;
    private final AuditTrail auditTrail;
    private final Rounds rounds;
    private final Actions actionTable;

    PlanRecords(FileSession session, AuditTrail auditTrail, Rounds rounds, Actions actionTable) {
        this.session = session;
        this.auditTrail = auditTrail;
        this.rounds = rounds;
        this.actionTable = actionTable;
    }

    private Findings findingTable() {
        return new Findings(session.sql(), auditTrail);
    }

    private PlanTables planTables() {
        return new PlanTables(session.sql(), auditTrail);
    }

    private <T> T read(FileSession.SqlWork<T> work) throws StorageException {
        return session.read(work);
    }

    private <T> T write(FileSession.SqlWork<T> work) throws StorageException {
        return session.write(work);
    }

    private void requireWritable() throws StorageException {
        session.requireWritable();
    }

    private Round round(long roundId) throws StorageException {
        return rounds.get(roundId);
    }

    private void requireItem(Round round, int item) throws StorageException {
        rounds.requireItem(round, item);
    }

    private void requireItem(long roundId, int item) throws StorageException {
        rounds.requireItem(rounds.get(roundId), item);
    }

    private Round findRound(long roundId) throws SQLException, StorageException {
        return rounds.find(roundId)
                .orElseThrow(() -> StorageException.of(Reason.NO_SUCH_ROUND, session.path(), roundId));
    }

    private ImprovementAction findAction(long actionId) throws SQLException, StorageException {
        return actionTable
                .find(actionId)
                .orElseThrow(() -> StorageException.of(Reason.NO_SUCH_ACTION, session.path(), actionId));
    }

    private static void checkAction(ImprovementAction action) throws StorageException {
        Actions.check(action);
    }

    private String who() {
        return session.who();
    }

    private java.time.Instant now() {
        return session.now();
    }

    List<Finding> findings(long roundId) throws StorageException {
        return read(() -> {
            findRound(roundId);
            return findingTable().ofRound(roundId);
        });
    }

    Finding addFinding(Finding finding) throws StorageException {
        requireWritable();
        requireItem(round(finding.roundId()), finding.item());
        checkPlanText(finding.text(), true);
        long id = write(() -> findingTable().add(finding, who(), now()));
        return read(() -> findFinding(id));
    }

    void updateFinding(Finding finding) throws StorageException {
        requireWritable();
        checkPlanText(finding.text(), true);
        Finding old = read(() -> findFinding(finding.id()));
        requireItem(round(old.roundId()), finding.item());
        write(() -> {
            findingTable().update(old, finding, now());
            return null;
        });
    }

    void removeFinding(long findingId) throws StorageException {
        requireWritable();
        Finding old = read(() -> findFinding(findingId));
        write(() -> {
            findingTable().remove(old, now());
            return null;
        });
    }

    private Finding findFinding(long id) throws SQLException, StorageException {
        Optional<Finding> found = findingTable().find(id);
        if (found.isEmpty()) {
            throw StorageException.of(Reason.NO_SUCH_FINDING, session.path(), id);
        }
        return found.get();
    }

    List<PlanAction> planActions(long roundId) throws StorageException {
        return read(() -> {
            findRound(roundId);
            return List.copyOf(
                    planTables().details(actionTable.ofRound(roundId), roundId).values());
        });
    }

    PlanAction addPlanAction(PlanAction plan) throws StorageException {
        requireWritable();
        Round round = round(plan.action().roundId());
        for (int item : plan.items()) {
            requireItem(round, item);
        }
        checkAction(plan.action());
        checkPlanText(plan.effort(), false);
        long id = write(() -> {
            long added = actionTable.add(plan.action(), now());
            planTables().writeDetails(null, plan.withAction(withId(plan.action(), added)), now());
            return added;
        });
        return read(
                () -> planTables().details(List.of(findAction(id)), round.id()).get(id));
    }

    void updatePlanAction(PlanAction plan) throws StorageException {
        requireWritable();
        checkAction(plan.action());
        checkPlanText(plan.effort(), false);
        ImprovementAction oldAction = read(() -> findAction(plan.action().id()));
        Round round = round(oldAction.roundId());
        for (int item : plan.moreItems()) {
            requireItem(round, item);
        }
        PlanAction old =
                read(() -> planTables().details(List.of(oldAction), round.id()).get(oldAction.id()));
        ImprovementAction updated = new ImprovementAction(
                oldAction.id(),
                oldAction.roundId(),
                oldAction.item(),
                plan.action().what().strip(),
                plan.action().owner().strip(),
                plan.action().due(),
                plan.action().status());
        PlanAction kept = plan.withAction(updated);
        if (kept.equals(old)) {
            return;
        }
        write(() -> {
            if (!updated.equals(oldAction)) {
                actionTable.update(oldAction, updated, now());
            }
            planTables().writeDetails(old, kept, now());
            return null;
        });
    }

    void removePlanAction(long actionId) throws StorageException {
        requireWritable();
        ImprovementAction old = read(() -> findAction(actionId));
        write(() -> {
            planTables().removeLinks(actionId);
            actionTable.remove(old, now());
            return null;
        });
    }

    private static ImprovementAction withId(ImprovementAction a, long id) {
        return new ImprovementAction(id, a.roundId(), a.item(), a.what(), a.owner(), a.due(), a.status());
    }

    Map<Integer, PlannedRating> plannedRatings(long roundId) throws StorageException {
        return read(() -> {
            findRound(roundId);
            return planTables().planned(roundId);
        });
    }

    void setPlannedRating(long roundId, int item, io.ccmm.assessment.Rate c, io.ccmm.assessment.Rate f)
            throws StorageException {
        requireWritable();
        requireItem(roundId, item);
        write(() -> {
            planTables().setPlanned(roundId, item, c, f, now());
            return null;
        });
    }

    void setPlannedRatings(long roundId, List<PlannedRating> ratings) throws StorageException {
        java.util.Objects.requireNonNull(ratings, "ratings");
        requireWritable();
        Round round = round(roundId);
        if (ratings.isEmpty()) {
            return;
        }
        write(() -> {
            java.time.Instant now = now();
            for (PlannedRating r : ratings) {
                // Checked in the transaction, in order: an item refused rolls back those written before it.
                requireItem(round, r.item());
                planTables().setPlanned(roundId, r.item(), r.c(), r.f(), now);
            }
            return null;
        });
    }

    void clearPlannedRatings(long roundId) throws StorageException {
        requireWritable();
        round(roundId);
        write(() -> {
            planTables().clearPlanned(roundId, now());
            return null;
        });
    }

    String executiveSummary(long roundId) throws StorageException {
        return read(() -> {
            findRound(roundId);
            return planTables().summary(roundId);
        });
    }

    void saveExecutiveSummary(long roundId, String text) throws StorageException {
        requireWritable();
        round(roundId);
        String value = text == null ? "" : text.strip();
        checkPlanText(value, false);
        write(() -> {
            planTables().saveSummary(roundId, value, now());
            return null;
        });
    }

    Branding branding() throws StorageException {
        return read(() -> planTables().branding());
    }

    void saveBranding(Branding branding) throws StorageException {
        requireWritable();
        if (branding.logo().length > Limits.MAX_VALUE_BYTES / 16) {
            throw StorageException.of(Reason.TOO_LARGE, "logo", branding.logo().length, Limits.MAX_VALUE_BYTES / 16);
        }
        checkPlanText(branding.consultancy(), false);
        checkPlanText(branding.client(), false);
        write(() -> {
            planTables().saveBranding(branding, now());
            return null;
        });
    }

    private static void checkPlanText(String text, boolean required) throws StorageException {
        if (required && text.isBlank()) {
            throw StorageException.of(Reason.FINDING_WITHOUT_TEXT);
        }
        if (text.length() > Limits.MAX_TEXT_LENGTH) {
            throw StorageException.of(Reason.PLAN_TEXT_TOO_LONG, Limits.MAX_TEXT_LENGTH);
        }
    }
}
