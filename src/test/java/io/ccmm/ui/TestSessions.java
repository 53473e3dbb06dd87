package io.ccmm.ui;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.CatalogRef;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.ui.workspace.InMemoryRoundSession;
import java.util.List;
import java.util.OptionalInt;

/** Sessions over the bundled catalog for UI and view-model tests. */
public final class TestSessions {

    private TestSessions() {}

    public static InMemoryRoundSession empty() {
        return with(List.of());
    }

    public static InMemoryRoundSession with(List<Rating> ratings) {
        CatalogBundle b = CatalogLoader.bundled();
        Assessment a = new Assessment(
                new CatalogRef(b.catalog().id(), ""),
                new Organization("测试热线", "主中心", "", OptionalInt.of(6)),
                new RoundInfo("2026 自评", "2026-03-01", List.of("张三"), OptionalInt.of(3)),
                ratings);
        return new InMemoryRoundSession(b.catalog(), b.rules(), a, "test.ccmm");
    }
}
