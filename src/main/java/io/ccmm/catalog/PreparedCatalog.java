package io.ccmm.catalog;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled catalog and rules in a compact binary form, written at build time after the JSON passed every check of
 * {@link CatalogLoader} (the build fails otherwise), so that a start reads it in a few milliseconds instead of
 * parsing and validating 450 KB of JSON cold. It carries the SHA-256 of both JSON files, which scores and reports
 * name; {@code PreparedCatalogTest} checks that it decodes to exactly what the JSON parses to. Catalogs given by the
 * user never take this path: they are always parsed and fully validated.
 */
public final class PreparedCatalog {

    /** Written next to the bundled JSON files by the build ({@code process-classes}). */
    static final String RESOURCE = "/assessment-items/cc-cmm-oc-2025/catalog.prepared";

    private static final int MAGIC = 0x43434d43; // "CCMC"
    private static final int FORMAT = 1;

    private PreparedCatalog() {}

    /**
     * Build step: validates the bundled JSON in {@code CLASSES_DIR} and writes the prepared form beside it.
     *
     * @param args the compiled classes folder ({@code target/classes})
     */
    public static void main(String[] args) throws IOException, InvalidCatalogException {
        Path classes = Path.of(args[0]);
        CatalogLoader loader = new CatalogLoader();
        Path catalogJson = classes.resolve(CatalogLoader.BUNDLED_CATALOG.substring(1));
        Path rulesJson = classes.resolve(CatalogLoader.BUNDLED_RULES.substring(1));
        CatalogBundle bundle = loader.bundle(loader.loadCatalog(catalogJson), loader.loadRules(rulesJson));
        Path target = classes.resolve(RESOURCE.substring(1));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            write(bundle, out);
        }
    }

    /** The prepared bundled catalog, or null when the build did not write one (a run from an IDE's own output). */
    static CatalogBundle readBundled() {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            return null; // the JSON is still there, and the caller falls back to it
        }
    }

    static void write(CatalogBundle bundle, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        Catalog c = bundle.catalog();
        str(out, c.id());
        str(out, c.version());
        text(out, c.title());
        text(out, c.source());
        out.writeInt(c.modules().size());
        for (CatalogModule m : c.modules()) {
            str(out, m.id());
            text(out, m.name());
            text(out, m.description());
            out.writeInt(m.areas().size());
            for (Area a : m.areas()) {
                str(out, a.id());
                text(out, a.name());
            }
        }
        out.writeInt(c.levels().size());
        for (LevelDefinition l : c.levels()) {
            out.writeInt(l.level());
            text(out, l.name());
            text(out, l.description());
        }
        out.writeInt(c.items().size());
        for (AssessmentItem i : c.items()) {
            out.writeInt(i.id());
            str(out, i.module());
            str(out, i.area());
            out.writeInt(i.level());
            text(out, i.title());
            text(out, i.requirement());
            Guidance g = i.guidance();
            out.writeBoolean(g != null);
            if (g != null) {
                text(out, g.full());
                text(out, g.partial());
                text(out, g.none());
            }
            out.writeInt(i.evidence().size());
            for (LocalizedText e : i.evidence()) {
                text(out, e);
            }
            out.writeBoolean(i.revised2025());
            strings(out, i.applicability());
            text(out, i.notApplicableHint());
        }
        str(out, c.sha256());
        text(out, c.ratingRule());

        ScoringRules r = bundle.rules();
        str(out, r.id());
        str(out, r.version());
        str(out, r.catalogId());
        text(out, r.description());
        out.writeInt(r.levels().size());
        for (LevelRule l : r.levels()) {
            out.writeInt(l.level());
            out.writeInt(l.thresholdPercent());
            out.writeInt(l.moduleFloorPercent());
            out.writeInt(l.minOperatingYears());
            strings(out, l.requiredModules());
        }
        BonusRule b = r.bonus();
        out.writeBoolean(b != null);
        if (b != null) {
            str(out, b.module());
            out.writeInt(b.levels().size());
            for (int level : b.levels()) {
                out.writeInt(level);
            }
            out.writeInt(b.qualifyingMinRate());
        }
        out.writeBoolean(r.notApplicable().allowed());
        out.writeInt(r.notApplicable().maxPercentOfRequired());
        str(out, r.sha256());
        out.flush();
    }

    static CatalogBundle read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("not a prepared catalog of format " + FORMAT);
        }
        String id = str(in);
        String version = str(in);
        LocalizedText title = text(in);
        LocalizedText source = text(in);
        List<CatalogModule> modules = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            String moduleId = str(in);
            LocalizedText name = text(in);
            LocalizedText description = text(in);
            List<Area> areas = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) {
                areas.add(new Area(str(in), text(in)));
            }
            modules.add(new CatalogModule(moduleId, name, description, areas));
        }
        List<LevelDefinition> levels = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            levels.add(new LevelDefinition(in.readInt(), text(in), text(in)));
        }
        List<AssessmentItem> items = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            int itemId = in.readInt();
            String module = str(in);
            String area = str(in);
            int level = in.readInt();
            LocalizedText itemTitle = text(in);
            LocalizedText requirement = text(in);
            Guidance guidance = in.readBoolean() ? new Guidance(text(in), text(in), text(in)) : null;
            List<LocalizedText> evidence = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) {
                evidence.add(text(in));
            }
            boolean revised = in.readBoolean();
            List<String> applicability = strings(in);
            LocalizedText hint = text(in);
            items.add(new AssessmentItem(
                    itemId,
                    module,
                    area,
                    level,
                    itemTitle,
                    requirement,
                    guidance,
                    evidence,
                    revised,
                    applicability,
                    hint));
        }
        Catalog catalog = new Catalog(id, version, title, source, modules, levels, items, str(in), text(in));

        String rulesId = str(in);
        String rulesVersion = str(in);
        String catalogId = str(in);
        LocalizedText description = text(in);
        List<LevelRule> levelRules = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            levelRules.add(new LevelRule(in.readInt(), in.readInt(), in.readInt(), in.readInt(), strings(in)));
        }
        BonusRule bonus = null;
        if (in.readBoolean()) {
            String module = str(in);
            List<Integer> bonusLevels = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) {
                bonusLevels.add(in.readInt());
            }
            bonus = new BonusRule(module, bonusLevels, in.readInt());
        }
        NotApplicableRule notApplicable = new NotApplicableRule(in.readBoolean(), in.readInt());
        ScoringRules rules = new ScoringRules(
                rulesId, rulesVersion, catalogId, description, levelRules, bonus, notApplicable, str(in));
        if (in.read() != -1) {
            throw new IOException("trailing bytes after the prepared catalog");
        }
        return new CatalogBundle(catalog, rules);
    }

    private static void text(DataOutputStream out, LocalizedText t) throws IOException {
        out.writeBoolean(t != null);
        if (t != null) {
            str(out, t.zh());
            str(out, t.en());
        }
    }

    private static LocalizedText text(DataInputStream in) throws IOException {
        return in.readBoolean() ? new LocalizedText(str(in), str(in)) : null;
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            str(out, s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> list = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            list.add(str(in));
        }
        return list;
    }

    /** Length-prefixed UTF-8, -1 for null (no 64 KB limit as with {@code writeUTF}). */
    private static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String str(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
