package io.ccmm.report;

import io.ccmm.assessment.InterchangeJson;
import java.io.IOException;
import java.io.OutputStream;

/** The JSON report is the assessment interchange file of FORMATS.md: the round as rated, readable by every tool. */
public final class InterchangeJsonExporter implements ReportExporter {

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(ReportModel model, OutputStream out) throws IOException {
        byte[] json = InterchangeJson.write(model.source());
        out.write(model.plan().present() ? ExtrasJson.withExtras(PlanJson.withPlan(json, model), model) : json);
    }
}
