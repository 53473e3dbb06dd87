package io.ccmm.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The {@code notApplicable} block of the rules file: present, missing (defaults), partial, and out of range. */
class NotApplicableRulesTest {

    private static final String LEVELS =
            """
            "levels": [
              {"level": 1, "thresholdPercent": 60, "moduleFloorPercent": 50, "minOperatingYears": 0, "requiredModules": ["1.0"]},
              {"level": 2, "thresholdPercent": 70, "moduleFloorPercent": 55, "minOperatingYears": 0, "requiredModules": ["1.0"]},
              {"level": 3, "thresholdPercent": 80, "moduleFloorPercent": 60, "minOperatingYears": 5, "requiredModules": ["1.0"]},
              {"level": 4, "thresholdPercent": 85, "moduleFloorPercent": 65, "minOperatingYears": 8, "requiredModules": ["1.0"]},
              {"level": 5, "thresholdPercent": 90, "moduleFloorPercent": 70, "minOperatingYears": 10, "requiredModules": ["1.0"]}
            ]""";

    private static ScoringRules read(String extra) throws InvalidCatalogException {
        String json = "{\"id\": \"r\", \"catalogId\": \"c\", " + LEVELS + extra + "}";
        return new CatalogLoader().readRules(json.getBytes(StandardCharsets.UTF_8), "rules.json");
    }

    @Test
    void theBundledRulesStateTheDefaults() {
        assertEquals(
                new NotApplicableRule(true, 10), CatalogLoader.bundled().rules().notApplicable());
    }

    @Test
    void aMissingBlockOrFieldTakesTheDefaults() throws Exception {
        assertEquals(NotApplicableRule.DEFAULT, read("").notApplicable());
        assertEquals(
                new NotApplicableRule(false, 10),
                read(", \"notApplicable\": {\"allowed\": false}").notApplicable());
        assertEquals(
                new NotApplicableRule(true, 25),
                read(", \"notApplicable\": {\"maxPercentOfRequired\": 25}").notApplicable());
    }

    @Test
    void aPercentageOutsideZeroToHundredIsRefusedNamingThePlace() {
        InvalidCatalogException e = assertThrows(
                InvalidCatalogException.class, () -> read(", \"notApplicable\": {\"maxPercentOfRequired\": 120}"));
        assertTrue(e.getMessage().contains("notApplicable"), e.getMessage());
        assertTrue(e.getMessage().contains("120"), e.getMessage());
    }

    @Test
    void theLimitIsTheFloorOfThePercentage() {
        NotApplicableRule rule = NotApplicableRule.DEFAULT;
        assertEquals(6, rule.allowedFor(60));
        assertEquals(6, rule.allowedFor(69));
        assertEquals(7, rule.allowedFor(70));
        assertEquals(0, rule.allowedFor(9));
        assertEquals(17, rule.allowedFor(170));
    }
}
