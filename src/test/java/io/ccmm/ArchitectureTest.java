package io.ccmm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of STYLE.md: headless packages never reach JavaFX or the UI, and no package cycles. */
@AnalyzeClasses(packages = "io.ccmm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule headlessPackagesDoNotUseJavaFx = noClasses()
            .that()
            .resideInAnyPackage(
                    "io.ccmm.catalog..",
                    "io.ccmm.assessment..",
                    "io.ccmm.scoring..",
                    "io.ccmm.storage..",
                    "io.ccmm.report..",
                    "io.ccmm.cli..",
                    "io.ccmm.portfolio..",
                    "io.ccmm.library..",
                    "io.ccmm.questionnaire..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "io.ccmm.ui..", "io.ccmm.app..", "atlantafx..");

    @ArchTest
    static final ArchRule catalogAndScoringStayPure = noClasses()
            .that()
            .resideInAnyPackage("io.ccmm.catalog..", "io.ccmm.scoring..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.ccmm.storage..", "io.ccmm.report..", "io.ccmm.cli..", "java.sql..");

    @ArchTest
    static final ArchRule scoringDoesNoIo = noClasses()
            .that()
            .resideInAPackage("io.ccmm.scoring..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.io..", "java.nio.file..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule uiDoesNotReachTheApp = noClasses()
            .that()
            .resideInAPackage("io.ccmm.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.ccmm.app..");

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("io.ccmm.(*)..").should().beFreeOfCycles();

    /** The screens' packages never need each other both ways (the readiness ladder lives in ui.readiness for that). */
    @ArchTest
    static final ArchRule noCyclesBetweenScreens =
            slices().matching("io.ccmm.ui.(*)..").should().beFreeOfCycles();

    /**
     * app > ui, cli > report > storage > scoring, catalog, assessment. Packages outside these layers (new headless
     * packages such as files or evidence) are not judged here, so the rule holds while they are added.
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("app")
            .definedBy("io.ccmm.app..")
            .layer("ui")
            .definedBy("io.ccmm.ui..")
            .layer("cli")
            .definedBy("io.ccmm.cli..")
            .layer("report")
            .definedBy("io.ccmm.report..")
            .layer("storage")
            .definedBy("io.ccmm.storage..")
            .layer("core")
            .definedBy("io.ccmm.scoring..", "io.ccmm.catalog..", "io.ccmm.assessment..")
            .whereLayer("app")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("ui")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("report")
            .mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("storage")
            .mayOnlyBeAccessedByLayers("app", "ui", "cli", "report")
            .whereLayer("core")
            .mayOnlyBeAccessedByLayers("app", "ui", "cli", "report", "storage");
}
