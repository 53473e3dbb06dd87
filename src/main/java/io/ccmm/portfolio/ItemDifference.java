package io.ccmm.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One item where compared sites differ: the points (C + F, 0–20) each site has for it, in the order of the sites.
 * Not-applicable or unrated items count as absent for that site.
 */
public record ItemDifference(int item, List<Integer> points, int spread) {

    public ItemDifference {
        points = List.copyOf(points);
    }

    /**
     * The items where the sites differ most (largest spread between the highest and lowest points first, then by
     * item), at most {@code limit}; items only one site rated are left out.
     *
     * @param sites each site's item points, in the order the sites are compared
     */
    public static List<ItemDifference> largest(List<Map<Integer, Integer>> sites, int limit) {
        TreeSet<Integer> items = new TreeSet<>();
        sites.forEach(s -> items.addAll(s.keySet()));
        List<ItemDifference> out = new ArrayList<>();
        for (int item : items) {
            List<Integer> points = new ArrayList<>();
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            int present = 0;
            for (Map<Integer, Integer> s : sites) {
                Integer p = s.get(item);
                points.add(p == null ? -1 : p);
                if (p != null) {
                    present++;
                    min = Math.min(min, p);
                    max = Math.max(max, p);
                }
            }
            if (present >= 2 && max > min) {
                out.add(new ItemDifference(item, points, max - min));
            }
        }
        out.sort(Comparator.comparingInt(ItemDifference::spread).reversed().thenComparingInt(ItemDifference::item));
        return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }
}
