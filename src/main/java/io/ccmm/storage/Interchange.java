package io.ccmm.storage;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.CatalogRef;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Catalog;
import io.ccmm.storage.StorageException.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A round in and out of the interchange form ({@link Assessment}): export as it is, import all or nothing. */
final class Interchange {

    private final FileSession session;
    private final Organizations organizations;
    private final Rounds rounds;
    private final Ratings ratings;
    private final CatalogSnapshots snapshots;
    private final AuditTrail audit;

    Interchange(
            FileSession session,
            Organizations organizations,
            Rounds rounds,
            Ratings ratings,
            CatalogSnapshots snapshots,
            AuditTrail audit) {
        this.session = session;
        this.organizations = organizations;
        this.rounds = rounds;
        this.ratings = ratings;
        this.snapshots = snapshots;
        this.audit = audit;
    }

    Assessment export(long roundId) throws StorageException {
        Round round = rounds.get(roundId);
        Catalog catalog = snapshots.bundleOf(round).catalog();
        return new Assessment(
                new CatalogRef(catalog.id(), catalog.sha256()),
                organizations.get(),
                round.info(),
                List.copyOf(ratings.get(roundId).values()),
                round.uid());
    }

    Round importRound(Assessment assessment, CatalogSnapshot snapshot) throws StorageException {
        Objects.requireNonNull(assessment, "assessment");
        session.requireWritable();
        // Everything that can be wrong is checked before the file is touched.
        Catalog catalog = snapshots.load(snapshot).catalog();
        if (!assessment.catalog().id().isEmpty() && !assessment.catalog().id().equals(catalog.id())) {
            throw StorageException.of(Reason.OTHER_CATALOG, assessment.catalog().id(), catalog.id());
        }
        for (int i = 0; i < assessment.ratings().size(); i++) {
            int item = assessment.ratings().get(i).item();
            if (catalog.item(item).isEmpty()) {
                throw StorageException.of(Reason.IMPORT_UNKNOWN_ITEM, i, item, catalog.id());
            }
            Ratings.checkInput(assessment.ratings().get(i));
        }
        Rounds.check(assessment.round());
        Organization mine = organizations.get();
        Organization theirs = assessment.organization();
        if (!mine.name().isEmpty() && !theirs.name().isEmpty() && !mine.name().equals(theirs.name())) {
            throw StorageException.of(Reason.OTHER_ORGANIZATION, theirs.name(), session.path(), mine.name());
        }
        long id = session.write(() -> {
            if (mine.name().isEmpty() && !theirs.name().isEmpty()) {
                organizations.write(mine, theirs);
            }
            // The round keeps the identity it travelled with, unless this file already has a round of that identity
            // (the same JSON imported twice): then it is a round of its own.
            String uid = !Rounds.isUid(assessment.uid())
                            || rounds.hasUid(assessment.uid().toLowerCase(Locale.ROOT))
                    ? Rounds.newUid()
                    : assessment.uid().toLowerCase(Locale.ROOT);
            long roundId = rounds.insert(assessment.round(), uid, snapshot, "imported");
            Instant now = session.now();
            int count = 0;
            for (Rating r : assessment.ratings()) {
                if (!r.isEmpty()) {
                    ratings.write(roundId, Rating.unrated(r.item()), r, now);
                    count++;
                }
            }
            audit.record(now, roundId, null, "round.imported", "", count + " ratings");
            return roundId;
        });
        return rounds.get(id);
    }
}
