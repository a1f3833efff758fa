package org.backboneplanner.debrief;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The analytics are pure functions of what the projections hold: no Spring, no web, no database, no API
 * document annotations; and debrief-service's packages have no cycle.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.backboneplanner.debrief");
    }

    @Test
    void theAnalyticsDependOnNothingButTheJdkAndTheEventContracts() {
        noClasses().that().resideInAPackage("..debrief.analytics..").and().haveSimpleNameNotEndingWith("Test")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "..debrief.analytics..",
                        "org.backboneplanner.events..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycle() {
        slices().matching("org.backboneplanner.debrief.(*)..").should().beFreeOfCycles().check(classes);
    }
}
