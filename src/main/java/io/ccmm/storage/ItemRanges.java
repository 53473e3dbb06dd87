package io.ccmm.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** Item ranges as text ("1-25,40"; "" = every item): the scope of a field copy. */
public final class ItemRanges {

    private ItemRanges() {}

    /** The items of {@code ranges}; empty when the text is not ranges of positive item ids. */
    public static Optional<SortedSet<Integer>> parse(String ranges) {
        SortedSet<Integer> items = new TreeSet<>();
        for (String part : ranges.split(",", -1)) {
            String p = part.strip();
            int dash = p.indexOf('-');
            try {
                int from = Integer.parseInt(dash < 0 ? p : p.substring(0, dash).strip());
                int to =
                        dash < 0 ? from : Integer.parseInt(p.substring(dash + 1).strip());
                if (from < 1 || to < from || to - from > 100_000) {
                    return Optional.empty();
                }
                for (int i = from; i <= to; i++) {
                    items.add(i);
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(items);
    }

    /** The shortest ranges text of {@code items}. */
    public static String format(Collection<Integer> items) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer last = null;
        for (int item : new TreeSet<>(items)) {
            if (last != null && item == last + 1) {
                last = item;
                continue;
            }
            if (start != null) {
                parts.add(start.equals(last) ? String.valueOf(start) : start + "-" + last);
            }
            start = item;
            last = item;
        }
        if (start != null) {
            parts.add(start.equals(last) ? String.valueOf(start) : start + "-" + last);
        }
        return String.join(",", parts);
    }

    /** Whether {@code item} is in {@code ranges} ("" holds every item). */
    public static boolean contains(String ranges, int item) {
        if (ranges.isBlank()) {
            return true;
        }
        return parse(ranges).map(s -> s.contains(item)).orElse(false);
    }
}
