package io.ccmm.team;

import io.ccmm.assessment.Rating;
import io.ccmm.storage.AuditEntry;
import io.ccmm.storage.AuthorNote;
import io.ccmm.storage.Conflict;
import io.ccmm.storage.Contribution;
import io.ccmm.storage.Evidence;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.storage.ItemValue;
import io.ccmm.storage.MergeChanges;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The merge rules of FORMATS.md "Team assessments", pure: from the master's round and the copies to the changes.
 *
 * <ul>
 *   <li>A copy changed an item when its value (C, F or N/A) differs from the item's value when the copy was handed out
 *       (for interchange JSON and plain copies, the master's current value). Each change is kept as the copy's
 *       contribution, so later merges, in any order, see it.
 *   <li>An item no copy changed stays. An item all changers changed to one value takes it.
 *   <li>Changers with different values are a conflict: the round keeps (or goes back to) its value from before the
 *       copies, and the conflict lists each assessor's value, note and evidence until it is resolved. A resolved
 *       conflict stays resolved until a copy brings a new value for it.
 *   <li>Notes are kept per author; evidence is the union, deduplicated by SHA-256 per item; actions and audit entries
 *       are appended with their authors, each once.
 * </ul>
 * Merging the same copies again changes nothing.
 */
public final class MergeRules {

    private MergeRules() {}

    public static MergePlan plan(MasterState master, List<CopyContent> copies, Collection<Integer> items) {
        Map<Integer, Map<String, Contribution>> contributions = new TreeMap<>();
        for (Contribution c : master.contributions()) {
            contributions.computeIfAbsent(c.item(), k -> new LinkedHashMap<>()).put(c.source(), c);
        }
        Map<Integer, Conflict> conflicts = new HashMap<>();
        master.conflicts().forEach(c -> conflicts.put(c.item(), c));
        Map<String, String> storedNotes = new HashMap<>();
        master.notes().forEach(n -> storedNotes.put(n.item() + "\u0000" + n.author(), n.note()));

        Set<Integer> covered = new TreeSet<>();
        Set<Integer> changedNow = new HashSet<>();
        Map<Integer, Rating> keptBase = new HashMap<>();
        List<Contribution> newContributions = new ArrayList<>();
        Map<String, AuthorNote> notes = new LinkedHashMap<>();
        List<MergeChanges.NewEvidence> evidence = new ArrayList<>();
        List<MergeChanges.NewAction> actions = new ArrayList<>();
        List<MergeChanges.NewAudit> audit = new ArrayList<>();

        Set<String> evidenceKeys = new HashSet<>();
        for (Evidence e : master.evidence()) {
            evidenceKeys.add(e.item() + ":" + e.sha256());
        }
        Set<String> actionKeys = new HashSet<>();
        for (ImprovementAction a : master.actions()) {
            actionKeys.add(actionKey(a));
        }
        Set<String> auditKeys = new HashSet<>();
        for (AuditEntry e : master.audit()) {
            auditKeys.add(auditKey(e));
        }

        List<Set<Integer>> changedByCopy = new ArrayList<>();
        List<int[]> addedByCopy = new ArrayList<>();
        for (CopyContent copy : copies) {
            Set<Integer> changedHere = new HashSet<>();
            changedByCopy.add(changedHere);
            int evidenceBefore = evidence.size();
            int actionsBefore = actions.size();
            Map<Integer, List<String>> evidenceNames = new HashMap<>();
            for (CopyContent.CopyEvidence e : copy.evidence()) {
                evidenceNames.computeIfAbsent(e.item(), k -> new ArrayList<>()).add(e.name());
            }
            for (int item : items) {
                if (!copy.inScope(item)) {
                    continue;
                }
                covered.add(item);
                Rating now = copy.ratings().getOrDefault(item, Rating.unrated(item));
                Rating base = copy.base().isPresent()
                        ? copy.base().get().getOrDefault(item, Rating.unrated(item))
                        : master.rating(item);
                if (!ItemValue.of(now).equals(ItemValue.of(base))) {
                    changedHere.add(item);
                    Contribution c = new Contribution(
                            item,
                            copy.source(),
                            copy.assessor(),
                            ItemValue.of(now),
                            now.justification(),
                            now.note(),
                            String.join("\n", evidenceNames.getOrDefault(item, List.of())));
                    Contribution old = contributions
                            .computeIfAbsent(item, k -> new LinkedHashMap<>())
                            .put(copy.source(), c);
                    if (!c.equals(old)) {
                        newContributions.add(c);
                        changedNow.add(item);
                    }
                    if (copy.base().isPresent()) {
                        keptBase.putIfAbsent(item, base);
                    }
                }
                if (!now.note().equals(base.note()) && !now.note().isBlank()) {
                    String key = item + "\u0000" + copy.assessor();
                    if (!now.note().equals(storedNotes.get(key))) {
                        notes.put(key, new AuthorNote(item, copy.assessor(), now.note()));
                    }
                }
            }
            for (CopyContent.CopyEvidence e : copy.evidence()) {
                if (copy.inScope(e.item()) && evidenceKeys.add(e.item() + ":" + e.sha256())) {
                    evidence.add(new MergeChanges.NewEvidence(
                            copy.source() + ":" + e.item() + ":" + e.sha256(),
                            e.item(),
                            e.name(),
                            e.content(),
                            copy.assessor()));
                }
            }
            for (ImprovementAction a : copy.actions()) {
                String origin = copy.source() + ":action:" + a.id();
                if (!master.mergedActions().contains(origin) && actionKeys.add(actionKey(a))) {
                    actions.add(new MergeChanges.NewAction(
                            origin, a.item(), a.what(), a.owner(), a.due(), copy.assessor()));
                }
            }
            for (AuditEntry e : copy.audit()) {
                if (auditKeys.add(auditKey(e))) {
                    audit.add(new MergeChanges.NewAudit(copy.source() + ":audit:" + e.id(), e));
                }
            }
            addedByCopy.add(new int[] {evidence.size() - evidenceBefore, actions.size() - actionsBefore});
        }

        List<MergeChanges.RatingChange> ratings = new ArrayList<>();
        List<Conflict> openConflicts = new ArrayList<>();
        List<Integer> settled = new ArrayList<>();
        List<Integer> merged = new ArrayList<>();
        List<Integer> unchanged = new ArrayList<>();
        List<Integer> conflicted = new ArrayList<>();
        for (int item : covered) {
            Collection<Contribution> changers =
                    contributions.getOrDefault(item, Map.of()).values();
            Rating current = master.rating(item);
            Conflict existing = conflicts.get(item);
            Set<ItemValue> values =
                    changers.stream().map(Contribution::value).collect(Collectors.toCollection(LinkedHashSet::new));
            if (values.isEmpty()) {
                unchanged.add(item);
                continue;
            }
            boolean fresh = changedNow.contains(item);
            if (values.size() == 1) {
                if (existing != null && existing.resolved() && !fresh) {
                    unchanged.add(item);
                    continue;
                }
                if (existing != null) {
                    settled.add(item);
                }
                ItemValue value = values.iterator().next();
                if (ItemValue.of(current).equals(value)) {
                    unchanged.add(item);
                } else {
                    Contribution first = changers.iterator().next();
                    ratings.add(new MergeChanges.RatingChange(
                            value.applyTo(current, first.justification()), authors(changers)));
                    merged.add(item);
                }
                continue;
            }
            if (existing != null) {
                if (!existing.resolved()) {
                    conflicted.add(item);
                } else if (fresh) {
                    openConflicts.add(Conflict.open(item, existing.kept(), existing.keptJustification()));
                    conflicted.add(item);
                } else {
                    unchanged.add(item);
                }
                continue;
            }
            Optional<Rating> base = Optional.ofNullable(keptBase.get(item));
            Rating kept = base.orElse(current);
            openConflicts.add(Conflict.open(item, ItemValue.of(kept), kept.justification()));
            if (!ItemValue.of(current).equals(ItemValue.of(kept))) {
                // An earlier merge took one copy's value; the round goes back to its value from before the copies.
                ratings.add(
                        new MergeChanges.RatingChange(ItemValue.of(kept).applyTo(current, kept.justification()), null));
            }
            conflicted.add(item);
        }
        MergeChanges changes = new MergeChanges(
                ratings,
                newContributions,
                openConflicts,
                settled,
                new ArrayList<>(notes.values()),
                evidence,
                actions,
                audit);
        List<MergePlan.CopyCounts> perCopy = new ArrayList<>();
        for (int k = 0; k < copies.size(); k++) {
            Set<Integer> changed = changedByCopy.get(k);
            perCopy.add(new MergePlan.CopyCounts(
                    copies.get(k).label(),
                    copies.get(k).assessor(),
                    changed.size(),
                    (int) merged.stream().filter(changed::contains).count(),
                    (int) conflicted.stream().filter(changed::contains).count(),
                    addedByCopy.get(k)[0],
                    addedByCopy.get(k)[1]));
        }
        return new MergePlan(changes, merged, unchanged, conflicted, perCopy);
    }

    private static String authors(Collection<Contribution> changers) {
        return changers.stream().map(Contribution::assessor).distinct().sorted().collect(Collectors.joining(", "));
    }

    private static String actionKey(ImprovementAction a) {
        return a.item() + "\u0000" + a.what().strip() + "\u0000" + a.owner().strip() + "\u0000" + a.due();
    }

    private static String auditKey(AuditEntry e) {
        return String.join(
                "\u0000",
                e.at().toString(),
                e.who(),
                String.valueOf(e.item().isPresent() ? e.item().getAsInt() : -1),
                e.field(),
                Objects.toString(e.oldValue()),
                Objects.toString(e.newValue()));
    }
}
