package io.ccmm.ui.workspace;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.ScoringRules;
import io.ccmm.storage.Access;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Evidence;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.storage.Round;
import io.ccmm.storage.StorageException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One round of an open {@code .ccmm} file; every change is saved before the call returns. */
public final class FileRoundSession implements RoundSession {

    private final AssessmentFile file;
    private final Round round;
    private final CatalogBundle bundle;
    private final Organization organization;
    private final String label;

    public FileRoundSession(AssessmentFile file, long roundId, String label) throws StorageException {
        this.file = file;
        this.round = file.round(roundId);
        this.bundle = file.catalogBundleOf(roundId);
        this.organization = file.organization();
        this.label = label;
        // The audit trail names the round's assessors, not whoever is logged in to the computer.
        file.actAs(String.join(", ", round.info().assessors()));
    }

    public AssessmentFile file() {
        return file;
    }

    @Override
    public Catalog catalog() {
        return bundle.catalog();
    }

    @Override
    public ScoringRules rules() {
        return bundle.rules();
    }

    @Override
    public Organization organization() {
        return organization;
    }

    @Override
    public RoundInfo round() {
        return round.info();
    }

    @Override
    public long roundId() {
        return round.id();
    }

    @Override
    public boolean isFinal() {
        return round.isFinal();
    }

    @Override
    public String sourceName() {
        return label;
    }

    @Override
    public Map<Integer, Rating> ratings() {
        try {
            return file.ratings(round.id());
        } catch (StorageException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void save(Rating rating) throws SessionException {
        call(() -> {
            file.saveRating(round.id(), rating);
            return null;
        });
    }

    @Override
    public Access access() {
        return file.access();
    }

    @Override
    public List<Evidence> evidence(int item) throws SessionException {
        return call(() -> file.evidence(round.id(), item));
    }

    @Override
    public Evidence attach(int item, Path path) throws SessionException {
        return call(() -> file.attachEvidence(round.id(), item, path));
    }

    @Override
    public void removeEvidence(long evidenceId) throws SessionException {
        call(() -> {
            file.removeEvidence(evidenceId);
            return null;
        });
    }

    @Override
    public void saveEvidenceTo(long evidenceId, Path target) throws SessionException {
        call(() -> {
            file.saveEvidenceTo(evidenceId, target);
            return null;
        });
    }

    @Override
    public List<ImprovementAction> actions() throws SessionException {
        return call(() -> file.actions(round.id()));
    }

    @Override
    public ImprovementAction saveAction(ImprovementAction action) throws SessionException {
        return call(() -> {
            if (action.id() == 0) {
                return file.addAction(action);
            }
            file.updateAction(action);
            return action;
        });
    }

    /** Read from the file on each call: a merge or a resolution in another window changes them. */
    @Override
    public TeamMarks teamMarks() {
        try {
            return TeamMarks.read(file, round.id());
        } catch (StorageException e) {
            // The marks are a help to find items; a file that cannot tell them is rated without them.
            return TeamMarks.NONE;
        }
    }

    /** Read from the file on each call, like the team marks; a file that cannot tell them shows none. */
    @Override
    public List<io.ccmm.storage.AuthorNote> authorNotes() {
        try {
            return file.authorNotes(round.id());
        } catch (StorageException e) {
            return List.of();
        }
    }

    private interface StorageCall<T> {
        T run() throws StorageException;
    }

    private static <T> T call(StorageCall<T> c) throws SessionException {
        try {
            return c.run();
        } catch (StorageException e) {
            throw new SessionException(e.getMessage(), e);
        }
    }
}
