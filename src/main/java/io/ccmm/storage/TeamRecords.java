package io.ccmm.storage;

import io.ccmm.assessment.Rating;
import io.ccmm.storage.StorageException.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Team assessments in one file: the field-copy header and scope ({@link FieldCopies}), what merges brought in and the
 * conflicts they left ({@link Conflicts}), review flags and the round's sign-off ({@link Reviews}). Every change is one
 * transaction of the {@link FileSession}; merged changes are audited under their authors.
 */
final class TeamRecords {

    private final FileSession session;
    private final AuditTrail audit;
    private final Rounds rounds;
    private final Ratings ratings;
    private final Actions actions;
    private final FieldCopies fieldCopies;
    private final Conflicts conflicts;
    private final Reviews reviews;

    /** The field-copy header, read once and kept until a transaction that may change it. */
    private Optional<FieldCopyHeader> header;

    TeamRecords(FileSession session, AuditTrail audit, Rounds rounds, Ratings ratings, Actions actions) {
        this.session = session;
        this.audit = audit;
        this.rounds = rounds;
        this.ratings = ratings;
        this.actions = actions;
        this.fieldCopies = new FieldCopies(session.sql());
        this.conflicts = new Conflicts(session.sql(), audit);
        this.reviews = new Reviews(session.sql(), audit);
        session.cache(() -> header = null);
    }

    String fileUid() throws StorageException {
        return session.read(fieldCopies::fileUid);
    }

    Optional<FieldCopyHeader> header() throws StorageException {
        Optional<FieldCopyHeader> known = header;
        if (known == null) {
            known = session.read(fieldCopies::header);
            header = known;
        }
        return known;
    }

    Map<Integer, Rating> base() throws StorageException {
        return session.read(fieldCopies::base);
    }

    void makeFieldCopy(long roundId, FieldCopyHeader copy) throws StorageException {
        rounds.requireDraft(roundId);
        session.write(() -> {
            fieldCopies.makeFieldCopy(roundId, copy);
            return null;
        });
    }

    void recordHandout(long roundId, String copyUid, String assessor, String scope) throws StorageException {
        rounds.requireDraft(roundId);
        session.write(() -> {
            Instant now = session.now();
            fieldCopies.recordHandout(copyUid, roundId, assessor, scope, now);
            audit.record(
                    now, roundId, null, "team.handout", "", assessor + (scope.isEmpty() ? "" : " [" + scope + "]"));
            return null;
        });
    }

    List<Contribution> contributions(long roundId) throws StorageException {
        return session.read(() -> conflicts.contributions(roundId));
    }

    List<Conflict> conflicts(long roundId) throws StorageException {
        return session.read(() -> conflicts.conflicts(roundId));
    }

    List<AuthorNote> authorNotes(long roundId) throws StorageException {
        return session.read(() -> conflicts.notes(roundId));
    }

    Set<String> mergedOrigins(long roundId, String kind) throws StorageException {
        return session.read(() -> conflicts.merged(roundId, kind));
    }

    /** Applies one merge of field copies to the round: everything in one transaction, or nothing. */
    void applyMerge(long roundId, MergeChanges changes) throws StorageException {
        Round round = rounds.requireDraft(roundId);
        for (MergeChanges.RatingChange change : changes.ratings()) {
            rounds.requireItem(round, change.after().item());
            Ratings.checkInput(change.after());
        }
        String self = session.actor();
        try {
            session.write(() -> {
                Instant now = session.now();
                for (MergeChanges.RatingChange change : changes.ratings()) {
                    session.actAs(change.author() == null ? self : change.author());
                    Rating before = ratings.of(roundId, change.after().item());
                    ratings.write(roundId, before, change.after(), now);
                }
                for (MergeChanges.NewEvidence e : changes.evidence()) {
                    session.actAs(e.author());
                    conflicts.addEvidence(roundId, e, now);
                }
                for (MergeChanges.NewAction a : changes.actions()) {
                    session.actAs(a.author());
                    actions.add(ImprovementAction.of(roundId, a.item(), a.what(), a.owner(), a.due()), now);
                    conflicts.markMerged(roundId, "action", a.origin(), a.author());
                }
                session.actAs(self);
                conflicts.apply(roundId, changes, now);
                return null;
            });
        } finally {
            session.actAs(self);
        }
    }

    void resolveConflict(long roundId, int item, Rating value, String how) throws StorageException {
        Round round = rounds.requireDraft(roundId);
        rounds.requireItem(round, item);
        Ratings.checkInput(value);
        session.write(() -> {
            boolean open = conflicts.conflicts(roundId).stream().anyMatch(c -> c.item() == item && !c.resolved());
            if (!open) {
                throw StorageException.of(Reason.NO_SUCH_CONFLICT, item);
            }
            Instant now = session.now();
            ratings.write(roundId, ratings.of(roundId, item), value, now);
            conflicts.resolve(roundId, item, how, session.who(), now);
            return null;
        });
    }

    void flagForReview(long roundId, int item, String comment) throws StorageException {
        Round round = rounds.requireDraft(roundId);
        rounds.requireItem(round, item);
        String text = comment == null ? "" : comment.strip();
        if (text.length() > Limits.MAX_TEXT_LENGTH) {
            throw StorageException.of(Reason.TEXT_TOO_LONG, item, Limits.MAX_TEXT_LENGTH);
        }
        session.write(() -> {
            reviews.flag(roundId, item, text, session.who(), session.now());
            return null;
        });
    }

    void markReviewed(long roundId, int item) throws StorageException {
        rounds.requireDraft(roundId);
        session.write(() -> reviews.markReviewed(roundId, item, session.who(), session.now()));
    }

    List<ReviewFlag> reviewFlags(long roundId) throws StorageException {
        return session.read(() -> reviews.flags(roundId));
    }

    void signOff(long roundId, String reviewer, String date, String statement) throws StorageException {
        rounds.requireDraft(roundId);
        Rounds.checkDate(Reason.BAD_ROUND_DATE, date);
        String name = reviewer == null ? "" : reviewer.strip();
        String words = statement == null ? "" : statement.strip();
        if (name.isEmpty() || date.isEmpty() || words.isEmpty()) {
            throw StorageException.of(
                    Reason.SIGN_OFF_MISSING, rounds.get(roundId).title());
        }
        if (words.length() > Limits.MAX_TEXT_LENGTH) {
            throw StorageException.of(Reason.TEXT_TOO_LONG, 0, Limits.MAX_TEXT_LENGTH);
        }
        session.write(() -> {
            reviews.signOff(roundId, new SignOff(name, date, words, session.now()));
            return null;
        });
    }

    Optional<SignOff> signOffOf(long roundId) throws StorageException {
        return session.read(() -> reviews.signOff(roundId));
    }

    /** A team round is final only when signed off and free of open conflicts. */
    void requireReady(long roundId) throws StorageException {
        if (!session.read(fieldCopies::present)) {
            return;
        }
        Round round = rounds.get(roundId);
        int open = session.read(() -> conflicts.openConflicts(roundId));
        if (open > 0) {
            throw StorageException.of(Reason.CONFLICTS_OPEN, round.title(), open);
        }
        boolean team = session.read(() -> fieldCopies.isTeamRound(roundId));
        if (team && session.read(() -> reviews.signOff(roundId)).isEmpty()) {
            throw StorageException.of(Reason.SIGN_OFF_MISSING, round.title());
        }
    }

    /** In a field copy, only the assessor's scope can be changed. */
    void requireInScope(int item) throws StorageException {
        Optional<FieldCopyHeader> copy = header();
        if (copy.isPresent() && !copy.get().inScope(item)) {
            throw StorageException.of(
                    Reason.OUTSIDE_SCOPE,
                    item,
                    copy.get().assessor(),
                    copy.get().scope());
        }
    }

    List<AssignedScope> assignedScopes(long roundId) throws StorageException {
        return session.read(() -> fieldCopies.assignedScopes(roundId));
    }
}
