package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.ccmm.catalog.Language;
import io.ccmm.testdata.BundlePair;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportTextTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndNoBlankValue() throws IOException {
        BundlePair.load("report").assertComplete();
    }

    @Test
    void everyTextFormatsWithoutLosingAPlaceholder() throws IOException {
        for (Language l : Language.values()) {
            ReportText t = ReportText.of(l);
            for (String key : BundlePair.load("report").keys()) {
                String s = t.format(key, "A", "B", "C", "D");
                assertFalse(s.contains("{"), l + " " + key + ": " + s);
            }
        }
    }

    @Test
    void reasonsReadAsSentences() {
        ReportText en = ReportText.of(Language.EN);
        ReportText zh = ReportText.of(Language.ZH);
        assertEquals("12 required items are not rated yet.", en.reasonUnratedItems(12));
        assertEquals("尚有 12 个必评条目未评分。", zh.reasonUnratedItems(12));
        assertEquals(
                "The total is 74.6%, below the 80% threshold: 1141 points short.",
                en.reasonBelowThreshold(new BigDecimal("74.6"), 80, 1141));
        assertEquals("模块 3.0 数据与绩效 低于 60% 的底线，差 35 分。", zh.reasonModuleBelowFloor("3.0", "数据与绩效", 60, 35));
        assertEquals("In operation for 7 years; this level needs at least 8.", en.reasonOperatingYearsShort(7, 8));
        assertEquals(
                "Years in operation are not given; this level needs at least 5.", en.reasonOperatingYearsUnknown(5));
        assertEquals("L2 is not achieved yet.", en.reasonPreviousLevelNotAchieved(2));
        assertEquals("未评完", zh.status(LevelStatus.INCOMPLETE));
        assertEquals("Below L1", en.belowLevelOne());
        assertEquals("进行中", zh.actionStatus("in_progress"));
        assertEquals("Done", en.actionStatus("DONE"));
        assertEquals("waiting for budget", en.actionStatus("waiting for budget"));
    }

    @Test
    void theReadinessSummaryAndThePlansExecutiveSummaryHaveTitlesOfTheirOwnInBothLanguages() {
        // Both are pages of one PDF: two pages titled alike read as one section printed twice.
        for (Language language : Language.values()) {
            var text = ReportTextLookup.fresh(language);
            assertNotEquals(text.get("summary.title"), text.get("plan.summary.title"), language.toString());
        }
    }

    @Test
    void englishStaysEnglishOnAChineseDesktop() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            // A fresh lookup, not the cached one: the bundle must not fall back to the default locale.
            assertEquals("Summary", ReportTextLookup.fresh(Language.EN).get("summary.title"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
