package io.ccmm.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The settings' written-out {@code equals} tells settings apart exactly as the record's own would: by every component,
 * a component added later included (found by reflection, so a new one without a line in {@code equals} fails here),
 * with {@code NaN} equal to itself and -0.0 not equal to 0.0.
 */
class SettingsEqualityTest {

    private static final Settings SOME = new Settings(
            "zh",
            "DARK",
            Double.NaN,
            -0.0,
            1200,
            800,
            true,
            List.of("/a.ccmm", "/b.ccmm"),
            new BrandingDefaults("Acme 咨询", new byte[] {1, 2}, "image/png", "#112233"));

    @Test
    void aCopyIsEqualWithTheSameHash() throws Exception {
        Settings copy = rebuild(SOME, -1);
        assertEquals(SOME, copy);
        assertEquals(SOME.hashCode(), copy.hashCode());
        Settings sameWayRound =
                Settings.defaults().withRecent("/x").withRecent("/y").withRecent("/x");
        assertEquals(Settings.defaults().withRecent("/y").withRecent("/x"), sameWayRound);
    }

    @Test
    void everyComponentTellsSettingsApart() throws Exception {
        RecordComponent[] components = Settings.class.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            Settings changed = rebuild(SOME, i);
            assertNotEquals(SOME, changed, components[i].getName());
            assertNotEquals(changed, SOME, components[i].getName());
        }
        assertNotEquals(SOME, SOME.withWindow(Double.NaN, 0.0, 1200, 800, true), "-0.0 is not 0.0");
        assertNotEquals(SOME, null);
        assertNotEquals(SOME, "settings");
    }

    /** {@code s} made again through its canonical constructor, with component {@code changed} (if any) changed. */
    private static Settings rebuild(Settings s, int changed) throws Exception {
        RecordComponent[] components = Settings.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Object value = components[i].getAccessor().invoke(s);
            values[i] = i == changed ? other(value) : value;
        }
        Constructor<Settings> canonical = Settings.class.getDeclaredConstructor(types);
        return canonical.newInstance(values);
    }

    private static Object other(Object value) {
        if (value instanceof String text) {
            return text + "x";
        }
        if (value instanceof Double d) {
            return d.isNaN() ? 1.0 : d + 1;
        }
        if (value instanceof Boolean b) {
            return !b;
        }
        if (value instanceof List<?> list) {
            List<Object> longer = new ArrayList<>(list);
            longer.add("/c.ccmm");
            return longer;
        }
        if (value instanceof BrandingDefaults b) {
            return new BrandingDefaults(b.consultancy() + "x", b.logo(), b.logoType(), b.accent());
        }
        throw new AssertionError("a settings component of a type this test cannot change: " + value);
    }
}
