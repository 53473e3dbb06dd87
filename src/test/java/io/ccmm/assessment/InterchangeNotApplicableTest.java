package io.ccmm.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.Catalog;
import io.ccmm.catalog.CatalogLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Not applicable in the interchange JSON (FORMATS.md): {@code notApplicable} with its justification, and no C/F. */
class InterchangeNotApplicableTest {

    private static final Catalog CATALOG = CatalogLoader.bundled().catalog();

    private static Assessment read(String json) throws InvalidAssessmentException {
        return InterchangeJson.read(json.getBytes(StandardCharsets.UTF_8), CATALOG, false);
    }

    private static String error(String ratings) {
        return assertThrows(InvalidAssessmentException.class, () -> read(withRatings(ratings)))
                .getMessage();
    }

    private static String withRatings(String ratings) {
        return "{\"format\":\"ccmm-assessment\",\"formatVersion\":1,\"ratings\":[" + ratings + "]}";
    }

    @Test
    void readsTheExampleOfFormatsMd() throws Exception {
        Assessment a = read(
                withRatings(
                        """
                {"item": 1, "c": 10, "f": 5},
                {"item": 168, "notApplicable": true, "justification": "政务热线不按客户价值分层服务"},
                {"item": 3, "notApplicable": false, "c": 5, "f": 5}
                """));
        Rating na = a.ratingsByItem().get(168);
        assertTrue(na.notApplicable());
        assertEquals("政务热线不按客户价值分层服务", na.justification());
        assertEquals(Rate.UNRATED, na.c());
        assertEquals(Rate.UNRATED, na.f());
        assertEquals(Rating.of(3, Rate.PARTIAL, Rate.PARTIAL), a.ratingsByItem().get(3));
    }

    @Test
    void anItemIsEitherRatedOrNotApplicable() {
        assertEquals(
                "ratings[1]: an item is either rated or not applicable",
                error("{\"item\": 1}, {\"item\": 2, \"notApplicable\": true, \"justification\": \"x\", \"c\": 10}"));
        assertEquals(
                "ratings[0]: an item is either rated or not applicable",
                error("{\"item\": 2, \"notApplicable\": true, \"justification\": \"x\", \"f\": 0}"));
    }

    @Test
    void notApplicableWithoutAJustificationIsRefusedNamingThePlace() {
        assertEquals(
                "ratings[0].justification: an item marked not applicable needs a justification",
                error("{\"item\": 2, \"notApplicable\": true}"));
        assertEquals(
                "ratings[2].justification: an item marked not applicable needs a justification",
                error(
                        "{\"item\": 1}, {\"item\": 3}, {\"item\": 2, \"notApplicable\": true, \"justification\": \" \\n\"}"));
        assertTrue(error("{\"item\": 2, \"notApplicable\": true, \"justification\": 5}")
                .startsWith("ratings[0].justification: 5 is not text"));
        assertEquals(
                "ratings[0].notApplicable: \"yes\" is not true or false",
                error("{\"item\": 2, \"notApplicable\": \"yes\", \"justification\": \"x\"}"));
    }

    @Test
    void roundTripKeepsNotApplicableItemsAndTheirJustifications() throws Exception {
        String longText = "理由".repeat(Rating.MAX_TEXT_LENGTH / 2);
        Assessment a = new Assessment(
                new CatalogRef(CATALOG.id(), ""),
                new Organization("某市12345政务服务热线", "主中心", "", OptionalInt.of(7)),
                new RoundInfo("2026 自评", "2026-03-01", List.of("张三"), OptionalInt.of(3)),
                List.of(
                        new Rating(1, Rate.FULL, Rate.PARTIAL, "note"),
                        Rating.notApplicable(166, "政务热线无商业客户流失问题"),
                        Rating.notApplicable(168, longText).withNote("备注也保留"),
                        // a justification kept from an earlier N/A counts only while the item is N/A
                        new Rating(170, Rate.NONE, Rate.NONE, "", false, "earlier reason")));
        byte[] json = InterchangeJson.write(a);
        String text = new String(json, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"notApplicable\" : true"), text);
        assertTrue(!text.contains("earlier reason"), text);
        Assessment back = InterchangeJson.read(json, CATALOG, false);
        assertEquals(
                List.of(
                        a.ratings().get(0),
                        a.ratings().get(1),
                        a.ratings().get(2),
                        Rating.of(170, Rate.NONE, Rate.NONE)),
                back.ratings());
        assertEquals(longText, back.ratingsByItem().get(168).justification());
    }
}
