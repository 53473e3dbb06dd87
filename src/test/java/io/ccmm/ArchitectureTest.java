package io.ccmm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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
                    "io.ccmm.cli..")
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
}
