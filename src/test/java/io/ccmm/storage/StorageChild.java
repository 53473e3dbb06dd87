package io.ccmm.storage;

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
 * </ul>
 */
public final class StorageChild {

    private StorageChild() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
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
}
