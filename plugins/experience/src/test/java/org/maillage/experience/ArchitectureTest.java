package org.maillage.experience;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.maillage.testkit.architecture.PluginRules;

/** The plugins' architecture rules from the test kit; the plugin ships commonmark and jsoup for fiches' bodies. */
@AnalyzeClasses(packages = "org.maillage.experience", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule dependencies = PluginRules.dependencies("org.commonmark", "org.jsoup");

    @ArchTest
    static final ArchRule entities = PluginRules.ENTITIES_DEPEND_ON_NOTHING_ABOVE;

    @ArchTest
    static final ArchRule controls = PluginRules.CONTROLS_DEPEND_ON_NO_BOUNDARY;

    @ArchTest
    static final ArchRule boundaries = PluginRules.BOUNDARIES_NEVER_TOUCH_THE_ENTITY_MANAGER;

    @ArchTest
    static final ArchRule cycles = PluginRules.NO_PACKAGE_CYCLES;
}
