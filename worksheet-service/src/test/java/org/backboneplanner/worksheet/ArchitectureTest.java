package org.backboneplanner.worksheet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The shape of worksheet-service: one domain package that knows nothing of the web, and a package per
 * capability that uses the domain, never the other way, with no cycle between packages.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.backboneplanner.worksheet");
    }

    @Test
    void packagesHaveNoCycle() {
        slices().matching("org.backboneplanner.worksheet.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theDomainImportsNoWebCode() {
        noClasses().that().resideInAPackage("..worksheet.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.http..",
                        "jakarta.servlet..", "org.backboneplanner.support.web..")
                .check(classes);
    }

    @Test
    void theDomainDependsOnNoCapability() {
        noClasses().that().resideInAPackage("..worksheet.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..worksheet.initiatives..", "..worksheet.worksheet..",
                        "..worksheet.nextsteps..", "..worksheet.sharing..", "..worksheet.members..", "..worksheet.versions..",
                        "..worksheet.comments..", "..worksheet.history..", "..worksheet.exports..", "..worksheet.live..",
                        "..worksheet.partners..")
                .check(classes);
    }
}
