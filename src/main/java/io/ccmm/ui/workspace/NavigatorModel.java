package io.ccmm.ui.workspace;

import io.ccmm.assessment.Rating;
import io.ccmm.catalog.AssessmentItem;
import io.ccmm.ui.common.ViewLifetime;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.MapChangeListener;

/**
 * What the navigator shows of each item and group, one observable per item and per module or area: a rating change
 * updates the one item and its two groups, and only the cells showing them redraw.
 */
final class NavigatorModel {

    private final WorkspaceViewModel vm;
    private final Map<Integer, ObjectProperty<Rating>> ratings = new HashMap<>();
    private final Map<String, IntegerProperty> decided = new HashMap<>();
    private final Map<String, Integer> totals = new HashMap<>();

    NavigatorModel(WorkspaceViewModel vm, ViewLifetime lifetime) {
        this.vm = vm;
        for (AssessmentItem item : vm.catalog().items()) {
            Rating r = vm.rating(item.id());
            ratings.put(item.id(), new SimpleObjectProperty<>(r));
            for (String group : new String[] {moduleKey(item.module()), areaKey(item.area())}) {
                totals.merge(group, 1, Integer::sum);
                IntegerProperty count = decided.computeIfAbsent(group, g -> new SimpleIntegerProperty());
                count.set(count.get() + (r.isDecided() ? 1 : 0));
            }
        }
        MapChangeListener<Integer, Rating> listener = change -> changed(change.getKey());
        vm.ratings().addListener(listener);
        lifetime.add(() -> vm.ratings().removeListener(listener));
    }

    private void changed(int itemId) {
        ObjectProperty<Rating> shown = ratings.get(itemId);
        if (shown == null) {
            return;
        }
        Rating before = shown.get();
        Rating now = vm.rating(itemId);
        shown.set(now);
        int delta = (now.isDecided() ? 1 : 0) - (before.isDecided() ? 1 : 0);
        if (delta != 0) {
            vm.catalog().item(itemId).ifPresent(item -> {
                for (String group : new String[] {moduleKey(item.module()), areaKey(item.area())}) {
                    decided.get(group).set(decided.get(group).get() + delta);
                }
            });
        }
    }

    /** The group key of a module (module and area ids are told apart). */
    static String moduleKey(String moduleId) {
        return "module " + moduleId;
    }

    static String areaKey(String areaId) {
        return "area " + areaId;
    }

    ReadOnlyObjectProperty<Rating> rating(int itemId) {
        return ratings.get(itemId);
    }

    /** Items of a group ({@link #moduleKey}, {@link #areaKey}) rated or marked not applicable. */
    ReadOnlyIntegerProperty decided(String group) {
        return decided.get(group);
    }

    int total(String group) {
        return totals.getOrDefault(group, 0);
    }
}
