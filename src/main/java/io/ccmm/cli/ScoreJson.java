package io.ccmm.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.ccmm.scoring.ImprovementPath;
import io.ccmm.scoring.LevelReadiness;
import io.ccmm.scoring.ModuleFloor;
import io.ccmm.scoring.ModuleScore;
import io.ccmm.scoring.PathStep;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.scoring.Reason;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The machine-readable result of SCORING.md §7, field names and order exactly as written there. Written with a
 * streaming generator so that percentages keep their one decimal ({@code 50.0}, not {@code 5E+1}).
 *
 * <p>A path step's {@code before} counts an unrated angle as 0, as the path itself does (SCORING.md §5). Levels and
 * modules carry their not-applicable counts; {@code maxPoints} and {@code percent} are over applicable items.
 */
final class ScoreJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ScoreJson() {}

    static String write(ReadinessResult r) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("catalog");
            g.writeStringField("id", r.catalogId());
            g.writeStringField("sha256", r.catalogSha256());
            g.writeEndObject();
            g.writeObjectFieldStart("rules");
            g.writeStringField("id", r.rulesId());
            g.writeStringField("sha256", r.rulesSha256());
            g.writeEndObject();
            g.writeNumberField("readinessLevel", r.readinessLevel());
            g.writeObjectFieldStart("completion");
            g.writeNumberField("rated", r.completion().rated());
            g.writeNumberField("notApplicable", r.completion().notApplicable());
            g.writeNumberField("total", r.completion().total());
            g.writeEndObject();
            g.writeArrayFieldStart("levels");
            for (LevelReadiness l : r.levels()) {
                level(g, l);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("modules");
            for (ModuleScore m : r.modules()) {
                g.writeStartObject();
                g.writeStringField("module", m.module());
                g.writeNumberField("items", m.items());
                g.writeNumberField("rated", m.rated());
                g.writeNumberField("notApplicable", m.notApplicable());
                g.writeNumberField("points", m.points());
                g.writeNumberField("maxPoints", m.maxPoints());
                g.writeNumberField("percent", m.percent());
                g.writeEndObject();
            }
            g.writeEndArray();
            Optional<ImprovementPath> path = r.path().filter(p -> !p.isTargetReached());
            if (path.isPresent()) {
                path(g, path.get());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString() + System.lineSeparator();
    }

    private static void level(JsonGenerator g, LevelReadiness l) throws IOException {
        g.writeStartObject();
        g.writeNumberField("level", l.level());
        g.writeStringField("status", l.status().name());
        g.writeNumberField("requiredItems", l.requiredItems());
        g.writeNumberField("ratedItems", l.ratedItems());
        g.writeNumberField("notApplicableItems", l.notApplicableItems());
        g.writeNumberField("points", l.points());
        g.writeNumberField("bonusPoints", l.bonusPoints());
        g.writeNumberField("totalPoints", l.totalPoints());
        g.writeNumberField("maxPoints", l.maxPoints());
        g.writeNumberField("percent", l.percent());
        g.writeNumberField("thresholdPercent", l.thresholdPercent());
        g.writeNumberField("gapPoints", l.gapPoints());
        g.writeArrayFieldStart("modules");
        for (ModuleFloor m : l.modules()) {
            g.writeStartObject();
            g.writeStringField("module", m.module());
            g.writeNumberField("points", m.points());
            g.writeNumberField("maxPoints", m.maxPoints());
            g.writeNumberField("floorPercent", m.floorPercent());
            g.writeNumberField("floorGap", m.floorGap());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("reasons");
        for (Reason reason : l.reasons()) {
            g.writeStartObject();
            g.writeStringField("code", reason.code().name());
            if (Reason.hasModule(reason.code())) {
                g.writeStringField("module", reason.module());
            }
            if (Reason.hasCount(reason.code())) {
                g.writeNumberField("count", reason.count());
            }
            if (Reason.hasAllowed(reason.code())) {
                g.writeNumberField("allowed", reason.allowed());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void path(JsonGenerator g, ImprovementPath path) throws IOException {
        g.writeObjectFieldStart("path");
        g.writeNumberField("targetLevel", path.targetLevel());
        g.writeArrayFieldStart("steps");
        for (PathStep s : path.steps()) {
            g.writeStartObject();
            g.writeNumberField("item", s.item());
            g.writeObjectFieldStart("before");
            g.writeNumberField("c", s.beforeC().points());
            g.writeNumberField("f", s.beforeF().points());
            g.writeEndObject();
            g.writeObjectFieldStart("after");
            g.writeNumberField("c", s.afterC().points());
            g.writeNumberField("f", s.afterF().points());
            g.writeEndObject();
            g.writeNumberField("gain", s.gain());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
