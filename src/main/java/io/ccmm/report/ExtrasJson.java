package io.ccmm.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The cover additions and appendices in the JSON report, as one more field {@code "appendices"}: the branding's names,
 * the raters, the sign-off, the rater agreement and the scoring explanation per level, in the report's language. Import
 * ignores it (FORMATS.md: unknown fields are ignored).
 */
final class ExtrasJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExtrasJson() {}

    static byte[] withExtras(byte[] json, ReportModel model) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(json);
        ExtrasSection x = model.extras();
        ObjectNode node = root.putObject("appendices");
        node.put("language", model.language().code());
        node.putObject("branding")
                .put("consultancy", x.brand().consultancy())
                .put("client", x.brand().client())
                .put("logo", x.brand().hasLogo());
        ArrayNode raters = node.putArray("raters");
        x.raters().forEach(raters::add);
        node.putObject("signOff").put("by", x.signOff()).put("statement", x.signOffStatement());
        ArrayNode agreement = node.putArray("agreement");
        for (ExtrasSection.AgreementRow r : x.agreement()) {
            agreement
                    .addObject()
                    .put("pair", r.pair())
                    .put("module", r.module())
                    .put("angle", r.angle())
                    .put("items", r.items())
                    .put("exact", r.exact())
                    .put("kappa", r.kappa())
                    .put("reading", r.reading());
        }
        ArrayNode explanation = node.putArray("explanation");
        for (ExtrasSection.ExplainedLevel l : x.explanation()) {
            ObjectNode level = explanation.addObject().put("level", l.level()).put("title", l.title());
            ArrayNode lines = level.putArray("lines");
            l.lines().forEach(line -> lines.add(line.text()));
        }
        return MAPPER.writeValueAsBytes(root);
    }
}
