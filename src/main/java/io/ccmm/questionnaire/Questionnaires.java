package io.ccmm.questionnaire;

import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.Language;
import io.ccmm.files.AtomicFileWriter;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.AuthorNote;
import io.ccmm.storage.MergeChanges;
import io.ccmm.storage.OpenMode;
import io.ccmm.storage.Round;
import io.ccmm.storage.StorageException;
import io.ccmm.team.CopyContent;
import io.ccmm.team.MasterState;
import io.ccmm.team.MergePlan;
import io.ccmm.team.MergeRules;
import io.ccmm.team.Scope;
import io.ccmm.team.TeamException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Questionnaires out and answers in, file to file. An answered questionnaire is merged like a colleague's field copy
 * (FORMATS.md "Team assessments"): its base is what its answer cells held when it went out (empty, or the prefilled
 * ratings), an item counts as changed when the answer differs from that base, and answers that differ from another
 * copy's are conflicts. All or nothing: the workbook is read and checked whole before anything is written.
 */
public final class Questionnaires {

    private Questionnaires() {}

    /**
     * What to put into a questionnaire.
     *
     * @param assignedTo the items assigned to this assessor of the round (the scope of their field copy), instead of
     *     modules or items
     */
    public record Request(
            OptionalLong round,
            Optional<String> modules,
            Optional<String> items,
            String assessor,
            Language language,
            boolean prefill,
            Optional<String> assignedTo) {

        public Request {
            assessor = assessor == null ? "" : assessor.strip();
            assignedTo = assignedTo == null ? Optional.empty() : assignedTo.map(String::strip);
        }

        public Request(
                OptionalLong round,
                Optional<String> modules,
                Optional<String> items,
                String assessor,
                Language language,
                boolean prefill) {
            this(round, modules, items, assessor, language, prefill, Optional.empty());
        }
    }

    /**
     * A questionnaire written: where, of which round, how many items on how many module sheets, its identity uid, and
     * whether its hand-out is recorded in the file's audit trail (not when the file could only be read).
     */
    public record Exported(Path file, Round round, int items, int sheets, String questionnaire, boolean recorded) {}

    /** Answers imported: from which workbook, into which round, what the merge did, and the hand-out it answers. */
    public record Imported(String workbook, Round round, MergePlan plan, Optional<QuestionnaireHandout> handout) {

        public Imported(String workbook, Round round, MergePlan plan) {
            this(workbook, round, plan, Optional.empty());
        }
    }

    /**
     * Writes the questionnaire of the round of {@code file} to {@code out} (replacing it; whole or not at all) and
     * records the hand-out in the file; a file open elsewhere is read from a copy, without the record.
     */
    public static Exported export(Path file, Request request, Path out) throws QuestionnaireException {
        try (AssessmentFile master = openToExport(file)) {
            return export(master, file, request, out);
        } catch (StorageException e) {
            throw new QuestionnaireException(QuestionnaireException.Reason.MASTER, file, e);
        }
    }

    private static AssessmentFile openToExport(Path file) throws StorageException {
        try {
            return AssessmentFile.open(file, OpenMode.READ_WRITE);
        } catch (StorageException e) {
            if (e.reason() == StorageException.Reason.LOCKED) {
                return AssessmentFile.openForReading(file);
            }
            throw e;
        }
    }

    /** As {@link #export(Path, Request, Path)}, from a file that is open (e.g. in the window). */
    public static Exported export(AssessmentFile master, Request request, Path out) throws QuestionnaireException {
        return export(master, master.path(), request, out);
    }

    private static Exported export(AssessmentFile master, Path file, Request request, Path out)
            throws QuestionnaireException {
        if (request.modules().isPresent() && request.items().isPresent()) {
            throw new QuestionnaireException(QuestionnaireException.Reason.MODULES_OR_ITEMS);
        }
        if (request.assignedTo().isPresent()
                && (request.modules().isPresent() || request.items().isPresent())) {
            throw new QuestionnaireException(QuestionnaireException.Reason.ASSIGNED_OR_SCOPE);
        }
        try {
            Round round = chooseRound(master, file, request.round());
            if (round.isFinal()) {
                throw new QuestionnaireException(QuestionnaireException.Reason.ROUND_FINAL, round.title());
            }
            CatalogBundle bundle = master.catalogBundleOf(round.id());
            Catalog catalog = bundle.catalog();
            Scope scope = request.assignedTo().isPresent()
                    ? AssignedItems.of(master, round, request.assignedTo().get(), catalog)
                    : scope(request, catalog);
            String who = request.assessor().isEmpty() ? request.assignedTo().orElse("") : request.assessor();
            List<AssessmentItem> items =
                    catalog.items().stream().filter(i -> scope.contains(i.id())).toList();
            if (items.isEmpty()) {
                throw new QuestionnaireException(QuestionnaireException.Reason.EMPTY_SCOPE);
            }
            Map<Integer, Rating> prefill = new HashMap<>();
            if (request.prefill()) {
                Map<Integer, Rating> ratings = master.ratings(round.id());
                for (AssessmentItem item : items) {
                    Rating r = ratings.get(item.id());
                    if (r != null && !r.isEmpty()) {
                        prefill.put(item.id(), r);
                    }
                }
            }
            String created = ZonedDateTime.now(ZoneId.systemDefault())
                    .withNano(0)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            QuestionnaireIdentity identity = new QuestionnaireIdentity(
                    QuestionnaireIdentity.FORMAT_VERSION,
                    UUID.randomUUID().toString(),
                    master.fileUid(),
                    QuestionnaireException.fileName(file),
                    round.uid(),
                    round.title(),
                    catalog.id(),
                    round.catalogSha256(),
                    scope.ranges(),
                    who,
                    request.language().code(),
                    created,
                    prefill);
            String organization = master.organization().name();
            QuestionnaireWorkbook.Content content = new QuestionnaireWorkbook.Content(
                    organization,
                    catalog,
                    bundle.rules().notApplicable().allowed(),
                    items,
                    prefill,
                    identity,
                    request.language());
            try {
                AtomicFileWriter.write(out, stream -> QuestionnaireWorkbook.write(content, stream));
            } catch (IOException e) {
                throw new QuestionnaireException(QuestionnaireException.Reason.WRITE, out, e);
            }
            boolean recorded = !master.isReadOnly();
            if (recorded) {
                try {
                    master.recordQuestionnaireHandout(
                            round.id(), QuestionnaireHandout.value(identity.questionnaireUid(), who, scope.ranges()));
                } catch (StorageException e) {
                    deleteQuietly(out); // a questionnaire whose hand-out is not recorded is not handed out
                    throw e;
                }
            }
            int sheets =
                    (int) items.stream().map(AssessmentItem::module).distinct().count();
            return new Exported(out, round, items.size(), sheets, identity.questionnaireUid(), recorded);
        } catch (StorageException e) {
            throw new QuestionnaireException(QuestionnaireException.Reason.MASTER, file, e);
        }
    }

    private static Scope scope(Request request, Catalog catalog) throws QuestionnaireException {
        try {
            if (request.modules().isPresent()) {
                return Scope.ofModules(request.modules().get(), catalog);
            }
            if (request.items().isPresent()) {
                return Scope.ofItems(request.items().get(), catalog);
            }
            return Scope.ALL;
        } catch (TeamException e) {
            throw new QuestionnaireException(QuestionnaireException.Reason.SCOPE, e);
        }
    }

    /**
     * Reads the filled questionnaire {@code workbook} and merges its answers into its round of {@code file} ({@code
     * round}, when given, must be that round). A refusal leaves {@code file} as it was.
     */
    public static Imported importAnswers(Path workbook, Path file, OptionalLong round) throws QuestionnaireException {
        if (sameFile(workbook, file)) {
            throw new QuestionnaireException(QuestionnaireException.Reason.SAME_FILE, workbook);
        }
        FilledQuestionnaire filled = FilledQuestionnaire.read(workbook);
        try (AssessmentFile master = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            return merge(filled, master, file, round);
        } catch (StorageException e) {
            throw new QuestionnaireException(QuestionnaireException.Reason.MASTER, file, e);
        }
    }

    /** As {@link #importAnswers(Path, Path, OptionalLong)}, into a file that is open (e.g. in the window). */
    public static Imported importAnswers(Path workbook, AssessmentFile master, OptionalLong round)
            throws QuestionnaireException {
        if (sameFile(workbook, master.path())) {
            throw new QuestionnaireException(QuestionnaireException.Reason.SAME_FILE, workbook);
        }
        return merge(FilledQuestionnaire.read(workbook), master, master.path(), round);
    }

    private static Imported merge(FilledQuestionnaire filled, AssessmentFile master, Path file, OptionalLong roundId)
            throws QuestionnaireException {
        QuestionnaireIdentity id = filled.identity();
        Path workbook = filled.file();
        try {
            if (master.isReadOnly()) {
                throw new QuestionnaireException(
                        QuestionnaireException.Reason.MASTER,
                        file,
                        StorageException.of(StorageException.Reason.READ_ONLY, file));
            }
            List<Round> rounds = master.rounds();
            Optional<Round> own = rounds.stream()
                    .filter(r -> r.uid().equalsIgnoreCase(id.roundUid()))
                    .findFirst();
            String fileUid = master.fileUid();
            if (roundId.isPresent()) {
                Round asked = chooseRound(master, file, roundId);
                if (own.isEmpty() || own.get().id() != asked.id()) {
                    throw otherRound(workbook, id, file, asked);
                }
            }
            if (own.isEmpty()) {
                if (!id.fileUid().isEmpty() && !id.fileUid().equalsIgnoreCase(fileUid)) {
                    throw new QuestionnaireException(
                            QuestionnaireException.Reason.OTHER_FILE,
                            workbook,
                            id.roundTitle(),
                            id.fileName(),
                            id.fileUid(),
                            file,
                            fileUid);
                }
                Round latest = master.latestRound()
                        .orElseThrow(() -> new QuestionnaireException(
                                QuestionnaireException.Reason.NO_SUCH_ROUND, file, id.roundTitle()));
                throw otherRound(workbook, id, file, latest);
            }
            Round round = own.get();
            if (round.isFinal()) {
                throw new QuestionnaireException(QuestionnaireException.Reason.ROUND_FINAL, round.title());
            }
            CatalogBundle bundle = master.catalogBundleOf(round.id());
            Catalog catalog = bundle.catalog();
            if (!catalog.id().equals(id.catalogId()) || !round.catalogSha256().equalsIgnoreCase(id.catalogSha256())) {
                throw new QuestionnaireException(
                        QuestionnaireException.Reason.OTHER_CATALOG,
                        workbook,
                        id.catalogId(),
                        id.catalogSha256(),
                        catalog.id(),
                        round.catalogSha256());
            }
            Map<Integer, Rating> ratings =
                    filled.ratings(catalog, bundle.rules().notApplicable().allowed());
            String assessor = id.assessor().isBlank() ? stem(workbook) : id.assessor();
            CopyContent content = new CopyContent(
                    "questionnaire:" + id.questionnaireUid(),
                    QuestionnaireException.fileName(workbook),
                    assessor,
                    id.scope(),
                    Optional.of(id.base()),
                    ratings,
                    List.of(),
                    List.of(),
                    List.of());
            long rid = round.id();
            MasterState state = MasterState.of(master, rid);
            List<Integer> items =
                    catalog.items().stream().map(AssessmentItem::id).toList();
            MergePlan plan = withItemNotes(MergeRules.plan(state, List.of(content), items), state, id.language());
            master.applyMerge(rid, plan.changes());
            return new Imported(
                    QuestionnaireException.fileName(workbook),
                    round,
                    plan,
                    QuestionnaireHandout.find(state.audit(), id.questionnaireUid()));
        } catch (StorageException e) {
            throw new QuestionnaireException(QuestionnaireException.Reason.MASTER, file, e);
        }
    }

    /**
     * The respondent's notes (with a reason typed for a rated item) are kept under their name by the merge rules; an
     * item that has no note of its own in the round also takes the note as its note, after the respondent's name, so
     * it shows on the item card and in the reports. A note of the round is never replaced.
     */
    static MergePlan withItemNotes(MergePlan plan, MasterState state, String language) {
        MergeChanges changes = plan.changes();
        List<MergeChanges.RatingChange> ratings = new ArrayList<>(changes.ratings());
        for (AuthorNote n : changes.notes()) {
            int at = -1;
            for (int k = 0; k < ratings.size(); k++) {
                if (ratings.get(k).after().item() == n.item()) {
                    at = k;
                }
            }
            Rating rating = at >= 0 ? ratings.get(at).after() : state.rating(n.item());
            String text = n.author() + ("zh".equals(language) ? "：" : ": ") + n.note();
            if (!rating.note().isBlank() || text.length() > Rating.MAX_TEXT_LENGTH) {
                continue;
            }
            if (at >= 0) {
                ratings.set(
                        at,
                        new MergeChanges.RatingChange(
                                rating.withNote(text), ratings.get(at).author()));
            } else {
                ratings.add(new MergeChanges.RatingChange(rating.withNote(text), n.author()));
            }
        }
        if (ratings.size() == changes.ratings().size() && ratings.equals(changes.ratings())) {
            return plan;
        }
        return new MergePlan(
                new MergeChanges(
                        ratings,
                        changes.contributions(),
                        changes.openConflicts(),
                        changes.settledConflicts(),
                        changes.notes(),
                        changes.evidence(),
                        changes.actions(),
                        changes.audit()),
                plan.merged(),
                plan.unchanged(),
                plan.conflicts(),
                plan.copies());
    }

    private static QuestionnaireException otherRound(Path workbook, QuestionnaireIdentity id, Path file, Round round) {
        return new QuestionnaireException(
                QuestionnaireException.Reason.OTHER_ROUND,
                workbook,
                id.roundTitle(),
                id.roundUid(),
                file,
                round.title(),
                round.uid());
    }

    private static Round chooseRound(AssessmentFile master, Path file, OptionalLong roundId)
            throws QuestionnaireException, StorageException {
        if (roundId.isPresent()) {
            return master.rounds().stream()
                    .filter(r -> r.id() == roundId.getAsLong())
                    .findFirst()
                    .orElseThrow(() -> new QuestionnaireException(
                            QuestionnaireException.Reason.NO_SUCH_ROUND, file, String.valueOf(roundId.getAsLong())));
        }
        return master.latestRound()
                .orElseThrow(() -> new QuestionnaireException(QuestionnaireException.Reason.NO_SUCH_ROUND, file, "–"));
    }

    private static String stem(Path path) {
        String name = QuestionnaireException.fileName(path);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing more to do: the refusal is reported either way
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
