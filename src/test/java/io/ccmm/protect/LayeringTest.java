package io.ccmm.protect;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Protected copies and the evidence rules are headless: no JavaFX, no UI, no command line, no SQL for evidence. */
@AnalyzeClasses(packages = "io.ccmm", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule headless = noClasses()
            .that()
            .resideInAnyPackage("io.ccmm.protect..", "io.ccmm.evidence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..", "atlantafx..", "io.ccmm.ui..", "io.ccmm.app..", "io.ccmm.cli..", "io.ccmm.report..");

    @ArchTest
    static final ArchRule evidenceRulesArePure = noClasses()
            .that()
            .resideInAPackage("io.ccmm.evidence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "java.io..", "java.nio.file..", "java.sql..", "io.ccmm.storage..", "org.bouncycastle..");
}
