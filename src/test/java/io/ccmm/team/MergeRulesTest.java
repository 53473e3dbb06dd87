package io.ccmm.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.storage.AuditEntry;
import io.ccmm.storage.AuthorNote;
import io.ccmm.storage.Conflict;
import io.ccmm.storage.Contribution;
import io.ccmm.storage.Evidence;
import io.ccmm.storage.ImprovementAction;
import io.ccmm.storage.ItemValue;
import io.ccmm.storage.MergeChanges;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The merge rules of FORMATS.md "Team assessments", one row per rule, on item 1 of a three-item round. */
class MergeRulesTest {

    static final List<Integer> ITEMS = List.of(1, 2, 3);

    static Rating r(int c, int f) {
        return Rating.of(1, Rate.ofPoints(c).orElseThrow(), Rate.ofPoints(f).orElseThrow());
    }

    static Rating na() {
        return Rating.notApplicable(1, "不适用");
    }

    static Rating unrated() {
        return Rating.unrated(1);
    }

    static CopyContent copy(String who, Rating base, Rating now) {
        Map<Integer, Rating> b = new HashMap<>();
        if (!base.isEmpty()) {
            b.put(1, base);
        }
        Map<Integer, Rating> n = new HashMap<>();
        if (!now.isEmpty()) {
            n.put(1, now);
        }
        return new CopyContent(
                "uid-" + who, who + ".ccmm", who, "", Optional.of(b), n, List.of(), List.of(), List.of());
    }

    static MasterState master(Rating current) {
        Map<Integer, Rating> ratings = new HashMap<>();
        if (!current.isEmpty()) {
            ratings.put(1, current);
        }
        return new MasterState(ratings, List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(), List.of());
    }

    /** rule, master's value, copies (base → value), expected value of item 1, expected outcome of item 1. */
    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of(
                        "no copy changed it: it stays",
                        r(5, 5),
                        List.of(copy("张三", r(5, 5), r(5, 5)), copy("Li", r(5, 5), r(5, 5))),
                        r(5, 5),
                        "unchanged"),
                Arguments.of(
                        "one copy changed it: its value is taken",
                        unrated(),
                        List.of(copy("张三", unrated(), r(10, 5)), copy("Li", unrated(), unrated())),
                        r(10, 5),
                        "merged"),
                Arguments.of(
                        "two copies, one and the same new value: taken",
                        unrated(),
                        List.of(copy("张三", unrated(), r(10, 5)), copy("Li", unrated(), r(10, 5))),
                        r(10, 5),
                        "merged"),
                Arguments.of(
                        "two copies, different values: conflict, the round keeps its value",
                        r(0, 0),
                        List.of(copy("张三", r(0, 0), r(10, 5)), copy("Li", r(0, 0), r(5, 5))),
                        r(0, 0),
                        "conflict"),
                Arguments.of(
                        "N/A against rated: conflict",
                        unrated(),
                        List.of(copy("张三", unrated(), na()), copy("Li", unrated(), r(5, 0))),
                        unrated(),
                        "conflict"),
                Arguments.of(
                        "N/A by one copy only: taken with its justification",
                        unrated(),
                        List.of(copy("张三", unrated(), na())),
                        na(),
                        "merged"),
                Arguments.of(
                        "a copy that went back to the base changed nothing",
                        r(5, 5),
                        List.of(copy("张三", r(5, 5), r(5, 5)), copy("Li", r(5, 5), r(10, 10))),
                        r(10, 10),
                        "merged"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void mergeRule(String rule, Rating current, List<CopyContent> copies, Rating expected, String outcome) {
        MergePlan plan = MergeRules.plan(master(current), copies, ITEMS);
        Rating after = apply(current, plan);
        assertEquals(ItemValue.of(expected), ItemValue.of(after), rule);
        assertEquals(outcome, outcomeOf(plan, 1), rule);
        if (outcome.equals("conflict")) {
            assertEquals(1, plan.changes().openConflicts().size());
            Set<String> listed = new HashSet<>();
            plan.changes().contributions().forEach(c -> listed.add(c.assessor()));
            assertEquals(Set.of("张三", "Li"), listed, "each assessor's value is listed");
        }
        // Items 2 and 3 were not changed by anyone.
        assertEquals(
                List.of(2, 3), plan.unchanged().stream().filter(i -> i != 1).toList());
    }

    @Test
    void anyOrderGivesTheSameRound() {
        List<CopyContent> copies = List.of(
                copy("张三", unrated(), r(10, 5)), copy("Li", unrated(), r(5, 5)), copy("Wang", unrated(), r(10, 5)));
        for (List<CopyContent> order : List.of(
                copies, List.of(copies.get(2), copies.get(1), copies.get(0)), List.of(copies.get(1), copies.get(0)))) {
            // One copy at a time, each merge seeing what the earlier ones left.
            State state = new State(unrated());
            for (CopyContent c : order) {
                state.merge(List.of(c));
            }
            assertEquals(ItemValue.UNRATED, ItemValue.of(state.current), "conflicting copies leave the base value");
            assertTrue(state.conflicts.containsKey(1));
        }
        State agreeing = new State(unrated());
        agreeing.merge(List.of(copies.get(2)));
        agreeing.merge(List.of(copies.get(0)));
        assertEquals(ItemValue.of(r(10, 5)), ItemValue.of(agreeing.current));
        assertTrue(agreeing.conflicts.isEmpty());
    }

    @Test
    void mergingTheSameCopiesAgainChangesNothing() {
        State state = new State(unrated());
        List<CopyContent> copies = List.of(copy("张三", unrated(), r(10, 5)), copy("Li", unrated(), r(10, 0)));
        state.merge(copies);
        MergePlan again = state.merge(copies);
        MergeChanges c = again.changes();
        assertTrue(
                c.ratings().isEmpty()
                        && c.contributions().isEmpty()
                        && c.openConflicts().isEmpty()
                        && c.notes().isEmpty()
                        && c.evidence().isEmpty()
                        && c.actions().isEmpty()
                        && c.audit().isEmpty(),
                c.toString());
        assertEquals(List.of(1), again.conflicts(), "the conflict is still reported");
        assertEquals(List.of(), again.merged());
    }

    @Test
    void notesAreKeptPerAuthor() {
        Rating base = new Rating(1, Rate.UNRATED, Rate.UNRATED, "base");
        CopyContent a = copy("张三", base, new Rating(1, Rate.FULL, Rate.FULL, "制度齐全"));
        CopyContent b = copy("Li", base, new Rating(1, Rate.UNRATED, Rate.UNRATED, "records incomplete"));
        MergePlan plan = MergeRules.plan(master(base), List.of(a, b), ITEMS);
        assertEquals(
                List.of(new AuthorNote(1, "张三", "制度齐全"), new AuthorNote(1, "Li", "records incomplete")),
                plan.changes().notes());
        assertEquals("base", plan.changes().ratings().get(0).after().note(), "the round's own note stays");
    }

    @Test
    void evidenceIsTheUnionDeduplicatedBySha256() {
        byte[] scan = {1, 2, 3};
        Evidence inMaster = new Evidence(9, 1, 1, "old.pdf", "application/pdf", 3, "sha-old", Instant.EPOCH);
        MasterState master = new MasterState(
                Map.of(), List.of(), List.of(), List.of(), List.of(inMaster), Set.of(), List.of(), List.of());
        CopyContent a = withEvidence(
                copy("张三", unrated(), unrated()),
                new CopyContent.CopyEvidence(1, "scan.pdf", "sha-scan", scan),
                new CopyContent.CopyEvidence(1, "old-again.pdf", "sha-old", scan));
        CopyContent b = withEvidence(
                copy("Li", unrated(), unrated()),
                new CopyContent.CopyEvidence(1, "scan (1).pdf", "sha-scan", scan),
                new CopyContent.CopyEvidence(2, "scan.pdf", "sha-scan", scan));
        List<MergeChanges.NewEvidence> added =
                MergeRules.plan(master, List.of(a, b), ITEMS).changes().evidence();
        assertEquals(2, added.size(), added.toString());
        assertEquals("scan.pdf", added.get(0).name());
        assertEquals("张三", added.get(0).author());
        assertEquals(2, added.get(1).item());
    }

    @Test
    void actionsAndAuditEntriesAreAppendedOnceWithTheirAuthors() {
        ImprovementAction existing = ImprovementAction.of(1, 1, "补齐执行记录", "", "");
        AuditEntry old = new AuditEntry(1, Instant.EPOCH, "lead", OptionalLong.of(1), OptionalInt.of(1), "c", "", "5");
        AuditEntry mine = new AuditEntry(
                7, Instant.EPOCH.plusSeconds(60), "张三", OptionalLong.of(1), OptionalInt.of(1), "c", "", "10");
        MasterState master = new MasterState(
                Map.of(), List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(existing), List.of(old));
        CopyContent c = new CopyContent(
                "uid-a",
                "a.ccmm",
                "张三",
                "",
                Optional.of(Map.of()),
                Map.of(),
                List.of(),
                List.of(
                        new ImprovementAction(1, 1, 1, "补齐执行记录", "", "", null),
                        new ImprovementAction(2, 1, 1, "培训坐席", "王五", "2026-06-30", null)),
                List.of(old, mine));
        MergeChanges changes = MergeRules.plan(master, List.of(c), ITEMS).changes();
        assertEquals(1, changes.actions().size());
        assertEquals("培训坐席", changes.actions().get(0).what());
        assertEquals("张三", changes.actions().get(0).author());
        assertEquals(1, changes.audit().size());
        assertEquals("张三", changes.audit().get(0).entry().who());
    }

    @Test
    void interchangeJsonChangesAreAgainstTheMastersCurrentValue() {
        CopyContent json = new CopyContent(
                "json:Li",
                "li.json",
                "Li",
                "",
                Optional.empty(),
                Map.of(1, r(5, 5), 2, Rating.of(2, Rate.FULL, Rate.FULL)),
                List.of(),
                List.of(),
                List.of());
        MasterState master = new MasterState(
                Map.of(1, r(5, 5)), List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(), List.of());
        MergePlan plan = MergeRules.plan(master, List.of(json), ITEMS);
        assertEquals(List.of(2), plan.merged());
        assertEquals(List.of(1, 3), plan.unchanged());
    }

    @Test
    void outsideTheScopeNothingIsTaken() {
        CopyContent scoped = new CopyContent(
                "uid-a",
                "a.ccmm",
                "张三",
                "2-3",
                Optional.of(Map.of()),
                Map.of(1, r(10, 10), 2, Rating.of(2, Rate.FULL, Rate.NONE)),
                List.of(),
                List.of(),
                List.of());
        MergePlan plan = MergeRules.plan(master(unrated()), List.of(scoped), ITEMS);
        assertEquals(List.of(2), plan.merged());
        assertEquals(List.of(3), plan.unchanged());
    }

    private static CopyContent withEvidence(CopyContent c, CopyContent.CopyEvidence... evidence) {
        return new CopyContent(
                c.source(),
                c.label(),
                c.assessor(),
                c.scope(),
                c.base(),
                c.ratings(),
                List.of(evidence),
                c.actions(),
                c.audit());
    }

    private static String outcomeOf(MergePlan plan, int item) {
        if (plan.merged().contains(item)) {
            return "merged";
        }
        if (plan.conflicts().contains(item)) {
            return "conflict";
        }
        return plan.unchanged().contains(item) ? "unchanged" : "not covered";
    }

    private static Rating apply(Rating current, MergePlan plan) {
        Rating after = current;
        for (MergeChanges.RatingChange change : plan.changes().ratings()) {
            if (change.after().item() == 1) {
                after = change.after();
            }
        }
        return after;
    }

    /** A master's round in memory, as the storage keeps it between merges. */
    static final class State {
        Rating current;
        final Map<String, Contribution> contributions = new HashMap<>();
        final Map<Integer, Conflict> conflicts = new HashMap<>();

        State(Rating current) {
            this.current = current;
        }

        MergePlan merge(List<CopyContent> copies) {
            Map<Integer, Rating> ratings = new HashMap<>();
            if (!current.isEmpty()) {
                ratings.put(1, current);
            }
            MasterState master = new MasterState(
                    ratings,
                    new ArrayList<>(contributions.values()),
                    new ArrayList<>(conflicts.values()),
                    List.of(),
                    List.of(),
                    Set.of(),
                    List.of(),
                    List.of());
            MergePlan plan = MergeRules.plan(master, copies, ITEMS);
            current = apply(current, plan);
            plan.changes().contributions().forEach(c -> contributions.put(c.item() + c.source(), c));
            plan.changes().openConflicts().forEach(c -> conflicts.put(c.item(), c));
            plan.changes().settledConflicts().forEach(conflicts::remove);
            return plan;
        }
    }
}
