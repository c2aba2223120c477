package ${package};

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.maillage.testkit.architecture.PluginRules;

/** The architecture rules every Maillage plugin keeps (test kit), on this plugin's classes: {@code mvn test}. */
@AnalyzeClasses(packages = "${package}", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests plugin = ArchTests.in(PluginRules.class);
}
