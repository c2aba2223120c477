package org.maillage.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The runtime's own architecture rules. The plugins' rules ship in the test kit, which depends on the
 * runtime: the runtime cannot use them and states its own here.
 */
@AnalyzeClasses(packages = "org.maillage.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class RuntimeArchitectureTest {

    /** Between the runtime's parts (tenancy, plugins, persistence, security…): start-up has its own package. */
    @ArchTest
    static final ArchRule partsHaveNoCycles = slices().matching("org.maillage.platform.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("org.maillage.platform.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule entitiesDependOnNothingAbove = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..");

    @ArchTest
    static final ArchRule controlsDependOnNoBoundary = noClasses().that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..");

    @ArchTest
    static final ArchRule boundariesNeverTouchTheEntityManager = noClasses().that().resideInAPackage("..boundary..")
            .should().dependOnClassesThat().areAssignableTo("jakarta.persistence.EntityManager");

    /** Plugins see the API only: nothing of the API may lead back into the runtime. */
    @ArchTest
    static final ArchRule apiKnowsNothingOfTheRuntime = noClasses().that().resideInAPackage("org.maillage.platform.api..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.maillage.platform.api..", "java..", "jakarta..",
                    "org.eclipse.microprofile..");
}
