package io.ccmm.ui.common;

import java.util.ArrayList;
import java.util.List;

/** What the app remembers between runs. Unknown or missing fields fall back to defaults. */
public record Settings(
        String language,
        String theme,
        double windowX,
        double windowY,
        double windowWidth,
        double windowHeight,
        boolean maximized,
        List<String> recentFiles,
        BrandingDefaults brandingDefaults) {

    public static final int MAX_RECENT = 10;

    public Settings {
        language = language == null ? "" : language;
        theme = theme == null ? Theme.LIGHT.name() : theme;
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
        brandingDefaults = brandingDefaults == null ? BrandingDefaults.NONE : brandingDefaults;
    }

    public static Settings defaults() {
        return new Settings(
                "", Theme.LIGHT.name(), Double.NaN, Double.NaN, 0, 0, false, List.of(), BrandingDefaults.NONE);
    }

    public Settings withLanguage(String code) {
        return new Settings(
                code, theme, windowX, windowY, windowWidth, windowHeight, maximized, recentFiles, brandingDefaults);
    }

    public Settings withTheme(Theme t) {
        return new Settings(
                language,
                t.name(),
                windowX,
                windowY,
                windowWidth,
                windowHeight,
                maximized,
                recentFiles,
                brandingDefaults);
    }

    public Settings withWindow(double x, double y, double width, double height, boolean max) {
        return new Settings(language, theme, x, y, width, height, max, recentFiles, brandingDefaults);
    }

    /**
     * The recent files this session can name: a name the file system cannot spell here (a Chinese name in a Linux session
     * in the C locale) is left out, not dropped from the settings, so it is back in the next ordinary session.
     */
    public List<java.nio.file.Path> recentPaths() {
        List<java.nio.file.Path> paths = new ArrayList<>();
        for (String f : recentFiles) {
            try {
                paths.add(java.nio.file.Path.of(f));
            } catch (java.nio.file.InvalidPathException e) {
                // not nameable in this session
            }
        }
        return paths;
    }

    /** Moves {@code file} to the front of the recent list. */
    public Settings withRecent(String file) {
        List<String> list = new ArrayList<>(recentFiles);
        list.remove(file);
        list.add(0, file);
        return new Settings(
                language,
                theme,
                windowX,
                windowY,
                windowWidth,
                windowHeight,
                maximized,
                list.subList(0, Math.min(MAX_RECENT, list.size())),
                brandingDefaults);
    }

    public Theme themeValue() {
        return "DARK".equals(theme) ? Theme.DARK : Theme.LIGHT;
    }

    /** The same settings keeping {@code defaults} as the branding of files that have none. */
    public Settings withBrandingDefaults(BrandingDefaults defaults) {
        return new Settings(
                language, theme, windowX, windowY, windowWidth, windowHeight, maximized, recentFiles, defaults);
    }

    /**
     * Written out, as the record's own would be: the generated one is linked through method handles at its first call,
     * about 15 ms on the FX thread when the start compares the settings with the recent file added (AppContext).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Settings s
                && language.equals(s.language)
                && theme.equals(s.theme)
                && Double.compare(windowX, s.windowX) == 0
                && Double.compare(windowY, s.windowY) == 0
                && Double.compare(windowWidth, s.windowWidth) == 0
                && Double.compare(windowHeight, s.windowHeight) == 0
                && maximized == s.maximized
                && recentFiles.equals(s.recentFiles)
                && brandingDefaults.equals(s.brandingDefaults);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(
                language, theme, windowX, windowY, windowWidth, windowHeight, maximized, recentFiles, brandingDefaults);
    }
}
