package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccmm.catalog.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportExporterRegistryTest {

    @Test
    void listsEveryFormatInMenuOrder() {
        ReportExporterRegistry registry = ReportExporterRegistry.defaults();
        assertEquals(List.of("pdf", "docx", "html", "xlsx", "csv", "json"), registry.ids());
        assertEquals("pdf", registry.byId("PDF").orElseThrow().extension());
        assertTrue(registry.byId("odt").isEmpty());
        for (ReportExporter e : registry.all()) {
            assertTrue(
                    !e.description(Language.ZH).isBlank()
                            && !e.description(Language.EN).isBlank(),
                    e.id());
        }
        assertEquals("Word document", registry.byId("docx").orElseThrow().description(Language.EN));
    }

    @Test
    void refusesTwoExportersWithOneId() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ReportExporterRegistry(List.of(new CsvReportExporter(), new CsvReportExporter())));
    }

    @Test
    void jsonIsTheInterchangeFileOfTheRound() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportExporterRegistry.defaults().byId("json").orElseThrow().write(SampleReport.model(Language.EN), out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertEquals("ccmm-assessment", root.get("format").asText());
        assertEquals(1, root.get("formatVersion").asInt());
        assertEquals(
                SampleReport.ORGANIZATION, root.get("organization").get("name").asText());
        assertEquals(3, root.get("assessment").get("targetLevel").asInt());
        assertTrue(root.get("ratings").size() > 150);
    }
}
