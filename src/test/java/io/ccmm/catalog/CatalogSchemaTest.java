package io.ccmm.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled files conform to the JSON Schemas we publish beside them. */
class CatalogSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode read(String resource) throws IOException {
        try (InputStream in = CatalogSchemaTest.class.getResourceAsStream(resource)) {
            return MAPPER.readTree(in);
        }
    }

    static Set<ValidationMessage> validate(String schema, JsonNode doc) throws IOException {
        JsonSchema s =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(read(schema));
        return s.validate(doc);
    }

    @Test
    void bundledCatalogMatchesItsSchema() throws IOException {
        assertEquals(
                Set.of(),
                validate("/assessment-items/schema/catalog.schema.json", read(CatalogLoader.BUNDLED_CATALOG)));
    }

    @Test
    void bundledRulesMatchTheirSchema() throws IOException {
        assertEquals(
                Set.of(), validate("/assessment-items/schema/scoring.schema.json", read(CatalogLoader.BUNDLED_RULES)));
    }

    @Test
    void schemaRejectsATitleOverTheLengthLimit() throws IOException {
        JsonNode doc = read(CatalogLoader.BUNDLED_CATALOG);
        ((ObjectNode) doc.get("items").get(0).get("title")).put("zh", "长".repeat(31));
        assertFalse(
                validate("/assessment-items/schema/catalog.schema.json", doc).isEmpty());
    }

    @Test
    void schemaRejectsAnUnknownSectorAndApplicabilityWithoutAHint() throws IOException {
        String schema = "/assessment-items/schema/catalog.schema.json";
        JsonNode unknown = read(CatalogLoader.BUNDLED_CATALOG);
        ObjectNode item = (ObjectNode) unknown.get("items").get(0);
        item.putArray("applicability").add("banking");
        item.set("notApplicableHint", item.get("title"));
        assertFalse(validate(schema, unknown).isEmpty());

        JsonNode noHint = read(CatalogLoader.BUNDLED_CATALOG);
        ObjectNode first = (ObjectNode) noHint.get("items").get(0);
        first.putArray("applicability").add("finance");
        first.remove("notApplicableHint");
        assertFalse(validate(schema, noHint).isEmpty());
    }
}
