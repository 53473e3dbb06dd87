package io.ccmm.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RatingTest {

    @Test
    void notApplicableClearsBothAnglesAndKeepsTheNote() {
        Rating rated = new Rating(7, Rate.FULL, Rate.PARTIAL, "interview");
        Rating na = rated.withNotApplicable("no sales at a 12345 hotline");
        assertTrue(na.notApplicable());
        assertFalse(na.isRated());
        assertTrue(na.isDecided());
        assertEquals(0, na.points());
        assertEquals("interview", na.note());
        assertEquals("no sales at a 12345 hotline", na.justification());
    }

    @Test
    void ratingAnAngleOfAnNaItemMakesItApplicableAndKeepsTheJustification() {
        Rating na = Rating.notApplicable(7, "why");
        Rating c = na.withC(Rate.FULL);
        assertFalse(c.notApplicable());
        assertEquals(Rate.FULL, c.c());
        assertEquals(Rate.UNRATED, c.f());
        assertEquals("why", c.justification());
        assertFalse(c.isEmpty());
    }

    @Test
    void anItemIsEitherRatedOrNotApplicable() {
        assertThrows(IllegalArgumentException.class, () -> new Rating(1, Rate.FULL, Rate.UNRATED, "", true, "x"));
    }

    @Test
    void withApplicableLeavesAnUnratedItemWithItsTexts() {
        Rating back = Rating.notApplicable(3, "why").withNote("n").withApplicable();
        assertFalse(back.notApplicable());
        assertFalse(back.isRated());
        assertEquals("n", back.note());
        assertEquals("why", back.justification());
        assertTrue(Rating.unrated(3).isEmpty());
    }
}
