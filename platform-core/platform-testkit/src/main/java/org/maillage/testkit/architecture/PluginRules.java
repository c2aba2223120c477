package org.maillage.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The architecture rules every plugin keeps, as ArchUnit rules that a plugin's build runs on its own
 * classes (surefire, {@code mvn test}):
 *
 * <pre>
 * &#64;AnalyzeClasses(packages = "org.example.thanks", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *
 *     &#64;ArchTest
 *     static final ArchTests plugin = ArchTests.in(PluginRules.class);
 * }
 * </pre>
 *
 * <p>The layer rules read the packages {@code ..entity..}, {@code ..control..} and {@code ..boundary..}
 * (entity–control–boundary); a plugin without them passes those rules without checks.
 */
public final class PluginRules {

    /**
     * A plugin depends on {@code platform-api}, the JDK, the Jakarta EE and MicroProfile APIs and the
     * {@code api} packages of the plugins its descriptor declares (optionally or not): never on the
     * runtime, another plugin's inside or an undeclared plugin.
     */
    @ArchTest
    public static final ArchRule DEPENDENCIES = dependencies();

    /** An entity depends on nothing above it: no control, no boundary. */
    @ArchTest
    public static final ArchRule ENTITIES_DEPEND_ON_NOTHING_ABOVE = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..")
            .allowEmptyShould(true);

    /** A control depends on no boundary. */
    @ArchTest
    public static final ArchRule CONTROLS_DEPEND_ON_NO_BOUNDARY = noClasses().that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..")
            .allowEmptyShould(true);

    /** A boundary never touches the {@code EntityManager}: data goes through a control. */
    @ArchTest
    public static final ArchRule BOUNDARIES_NEVER_TOUCH_THE_ENTITY_MANAGER = noClasses().that().resideInAPackage("..boundary..")
            .should().dependOnClassesThat().areAssignableTo("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat().areAssignableTo("jakarta.persistence.EntityManagerFactory")
            .as("no class in a ..boundary.. package touches the EntityManager or its factory: data goes through a control")
            .allowEmptyShould(true);

    /** No two packages of the plugin depend on each other, directly or through others. */
    @ArchTest
    public static final ArchRule NO_PACKAGE_CYCLES = slices().matching("(**)").should().beFreeOfCycles();

    private PluginRules() {
    }

    /**
     * {@link #DEPENDENCIES} for a plugin that ships a library in its JAR: also allows the library's packages.
     *
     * @param libraryPackages package names, such as {@code "org.apache.commons.csv"} (their sub-packages too)
     */
    public static ArchRule dependencies(String... libraryPackages) {
        return classes().should(new PluginDependencies(List.of(libraryPackages)));
    }
}
