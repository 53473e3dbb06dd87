package io.ccmm.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The plan added to the JSON report as one more field, {@code "plan"}: the executive summary, the draft note, the
 * findings, the action plan, the roadmap and the trend, in the report's language. Import ignores it (FORMATS.md:
 * unknown fields are ignored).
 */
final class PlanJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {}

    static byte[] withPlan(byte[] interchange, ReportModel model) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(interchange);
        PlanSection p = model.plan();
        ObjectNode plan = root.putObject("plan");
        plan.put("language", model.language().code());
        plan.put("draft", p.isDraft());
        plan.put("draftNote", p.draftNote());
        plan.put("executiveSummary", p.summary());
        ArrayNode findings = plan.putArray("findings");
        for (PlanSection.FindingRow f : p.findings()) {
            findings.addObject()
                    .put("item", f.item())
                    .put("kind", f.kind())
                    .put("severity", f.severity())
                    .put("text", f.text())
                    .put("author", f.author());
        }
        ArrayNode actions = plan.putArray("actions");
        for (PlanSection.PlanActionRow a : p.actions()) {
            actions.addObject()
                    .put("no", a.no())
                    .put("title", a.title())
                    .put("items", a.items())
                    .put("priority", a.priority())
                    .put("owner", a.owner())
                    .put("due", a.due())
                    .put("quarter", a.quarter())
                    .put("status", a.status())
                    .put("effort", a.effort())
                    .put("aim", a.target());
        }
        ArrayNode roadmap = plan.putArray("roadmap");
        for (PlanSection.QuarterRow q : p.roadmap()) {
            ObjectNode node = roadmap.addObject().put("quarter", q.label()).put("projectedLevel", q.projectedLevel());
            ArrayNode titles = node.putArray("actions");
            q.actions().forEach(titles::add);
        }
        ArrayNode trend = plan.putArray("trend");
        for (PlanSection.TrendRow r : p.trend()) {
            ObjectNode node = trend.addObject()
                    .put("round", r.title())
                    .put("date", r.date())
                    .put("readinessLevel", r.level())
                    .put("percentL1", r.percentL1());
            ObjectNode modules = node.putObject("modules");
            for (int i = 0; i < p.trendModules().size() && i < r.modules().size(); i++) {
                modules.put(p.trendModules().get(i), r.modules().get(i));
            }
        }
        return MAPPER.writeValueAsBytes(root);
    }
}
