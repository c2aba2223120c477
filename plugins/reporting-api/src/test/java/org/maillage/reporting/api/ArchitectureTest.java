package org.maillage.reporting.api;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.maillage.testkit.architecture.PluginRules;

/** The plugins' architecture rules from the test kit, run on this plugin as any plugin author runs them. */
@AnalyzeClasses(packages = "org.maillage.reporting.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests plugin = ArchTests.in(PluginRules.class);
}
