package io.ccmm.app;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.InterchangeJson;
import io.ccmm.assessment.InvalidAssessmentException;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.ui.workspace.InMemoryRoundSession;
import io.ccmm.ui.workspace.RoundSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Wiring by constructors: the one place that knows which implementation serves which part. */
public final class AppContext {

    public static final String SAMPLE = "/assessment-items/samples/12345-hotline-2026.json";

    private final CatalogBundle catalog;

    private AppContext(CatalogBundle catalog) {
        this.catalog = catalog;
    }

    public static AppContext create() {
        return new AppContext(CatalogLoader.bundled());
    }

    public CatalogBundle catalog() {
        return catalog;
    }

    /** The bundled sample assessment, in memory. */
    public RoundSession sampleSession(Language language) {
        try (InputStream in = AppContext.class.getResourceAsStream(SAMPLE)) {
            Assessment a = InterchangeJson.read(in.readAllBytes(), catalog.catalog(), true);
            return new InMemoryRoundSession(
                    catalog.catalog(), catalog.rules(), a, language == Language.ZH ? "示例评估" : "Sample assessment");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidAssessmentException e) {
            throw new IllegalStateException("the bundled sample is invalid: " + e.getMessage(), e);
        }
    }
}
