package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.Rate;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.plan.PlanEntry;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CSV report stays one record per item and carries the plan per item: its findings and the actions raising it. */
class CsvPlanColumnsTest {

    static CatalogBundle bundle;
    static Assessment bank;

    @BeforeAll
    static void load() throws Exception {
        bundle = CatalogLoader.bundled();
        try (InputStream in =
                CsvPlanColumnsTest.class.getResourceAsStream("/assessment-items/samples/bank-card-center-2026.json")) {
            bank = InterchangeJson.read(in.readAllBytes(), bundle.catalog(), true);
        }
    }

    private static List<CSVRecord> csv(ReportPlan plan, Language language) throws Exception {
        ReportService service = new ReportService();
        ReportModel model = service.model(ReportInput.of(bundle, bank).withPlan(plan), language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.format("csv").write(model, out);
        return CsvReportExporterTest.records(out.toByteArray());
    }

    @Test
    void findingsAndActionsAreInTheLastTwoColumnsOfTheirItems() throws Exception {
        ReportPlan plan = ReportPlan.of(
                "",
                false,
                List.of(
                        new ReportPlan.Finding(3, "weakness", "high", "=知识库无人维护", "张三"),
                        new ReportPlan.Finding(3, "strength", "low", "检索很快", "李四")),
                List.of(
                        new PlanEntry(
                                "Name the knowledge base owners",
                                "Li",
                                "2026-05-15",
                                "open",
                                "high",
                                "",
                                List.of(3, 8),
                                Rate.FULL,
                                Rate.FULL),
                        new PlanEntry(
                                "Review the survey method",
                                "",
                                "",
                                "open",
                                "medium",
                                "",
                                List.of(8),
                                Rate.UNRATED,
                                Rate.UNRATED)),
                List.of(),
                0);
        List<CSVRecord> records = csv(plan, Language.EN);
        assertEquals(171, records.size());
        CSVRecord head = records.get(0);
        assertEquals(14, head.size());
        assertEquals("Findings", head.get(12));
        assertEquals("Action plan", head.get(13));

        CSVRecord three = records.get(3);
        assertEquals("3", three.get(0));
        String[] findings = three.get(12).split("\n");
        assertEquals(2, findings.length, three.get(12));
        assertEquals(true, findings[0].endsWith(": =知识库无人维护") || findings[1].endsWith(": =知识库无人维护"));
        assertEquals(1, three.get(13).split("\n").length);
        assertEquals(true, three.get(13).contains("Name the knowledge base owners — Li, 2026-05-15"), three.get(13));

        CSVRecord eight = records.get(8);
        assertEquals("", eight.get(12));
        List<String> actions = List.of(eight.get(13).split("\n"));
        assertEquals(2, actions.size(), eight.get(13));
        assertEquals(true, actions.stream().anyMatch(a -> a.contains("Name the knowledge base owners")));
        assertEquals(true, actions.stream().anyMatch(a -> a.contains("Review the survey method")));

        CSVRecord other = records.get(20);
        assertEquals("", other.get(12));
        assertEquals("", other.get(13));
    }

    @Test
    void withoutAPlanTheTwoColumnsAreThereAndEmpty() throws Exception {
        List<CSVRecord> records = csv(ReportPlan.NONE, Language.ZH);
        assertEquals("发现项", records.get(0).get(12));
        for (CSVRecord r : records.subList(1, records.size())) {
            assertEquals("", r.get(12));
            assertEquals("", r.get(13));
        }
    }
}
