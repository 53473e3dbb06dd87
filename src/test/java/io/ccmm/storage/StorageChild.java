package io.ccmm.storage;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.CatalogRef;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rate;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.AssessmentItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * A second process for the crash and locking tests.
 *
 * <ul>
 *   <li>{@code write FILE}: opens (or creates) the file and saves ratings in a loop, printing {@code saved SEQ ITEM C F}
 *       after each save has returned (= is durable), until it is killed.
 *   <li>{@code hold FILE}: opens the file, prints {@code holding} and waits to be killed.
 *   <li>{@code read FILE}: opens the file to read it, as {@code ccmm score} does, and prints {@code read ROUNDS
 *       RATINGS}.
 *   <li>{@code import FILE NAME}: imports a fully rated round for organization NAME into the file (created when it
 *       does not exist), printing {@code importing} before and {@code imported ROUND created|existing} after.
 * </ul>
 */
public final class StorageChild {

    private StorageChild() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("read")) {
            String read;
            try (AssessmentFile f = AssessmentFile.openForReading(file)) {
                read = "read " + f.rounds().size() + " "
                        + f.ratings(f.latestRound().orElseThrow().id()).size();
            }
            System.out.println(read); // once the file is closed
            System.out.flush();
            return;
        }
        if (args[0].equals("import")) {
            System.out.println("importing");
            System.out.flush();
            AssessmentFile.Imported imported =
                    AssessmentFile.importInto(file, sample(args[2]), CatalogSnapshot.bundled());
            System.out.println(
                    "imported " + imported.round().id() + " " + (imported.created() ? "created" : "existing"));
            System.out.flush();
            return;
        }
        AssessmentFile f = Files.exists(file)
                ? AssessmentFile.open(file, OpenMode.READ_WRITE)
                : AssessmentFile.create(file, new Organization("Crash test", "", "", OptionalInt.empty()));
        if (args[0].equals("hold")) {
            System.out.println("holding");
            System.out.flush();
            Thread.sleep(120_000);
            return;
        }
        long round = f.latestRound().isPresent()
                ? f.latestRound().get().id()
                : f.createRound(new RoundInfo("crash", "", List.of(), OptionalInt.empty()), CatalogSnapshot.bundled())
                        .id();
        List<Integer> items = f.catalogBundleOf(round).catalog().items().stream()
                .map(AssessmentItem::id)
                .toList();
        long seq = Long.parseLong(args.length > 2 ? args[2] : "0");
        Rate[] rates = {Rate.FULL, Rate.PARTIAL, Rate.NONE};
        System.out.println("ready");
        System.out.flush();
        while (true) {
            seq++;
            int item = items.get((int) (seq % items.size()));
            Rate c = rates[(int) (seq % 3)];
            Rate f2 = rates[(int) ((seq / 3) % 3)];
            f.saveRating(round, new Rating(item, c, f2, "seq " + seq));
            System.out.println("saved " + seq + " " + item + " " + c.points() + " " + f2.points());
            System.out.flush();
        }
    }

    /** Every item of the bundled catalog rated, with a note, for {@code organization}. */
    static Assessment sample(String organization) {
        List<Rating> ratings = Fixtures.itemIds().stream()
                .map(id -> new Rating(id, Rate.FULL, Rate.PARTIAL, "imported note " + id))
                .toList();
        return new Assessment(
                new CatalogRef("", ""),
                new Organization(organization, "", "", OptionalInt.empty()),
                new RoundInfo("import", "2026-03-01", List.of(), OptionalInt.empty()),
                ratings);
    }
}
