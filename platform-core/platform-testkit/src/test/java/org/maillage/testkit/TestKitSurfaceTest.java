package org.maillage.testkit;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The test kit's public surface speaks {@code platform-api}: a plugin's test classpath holds the kit and
 * never the runtime, so a runtime type in a public signature would not even load there.
 */
@AnalyzeClasses(packages = "org.maillage.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class TestKitSurfaceTest {

    /** What a public signature of the kit may name. */
    private static final List<String> SPOKEN = List.of("java.", "javax.", "jakarta.", "org.eclipse.microprofile.",
            "org.maillage.platform.api.", "org.maillage.testkit.", "org.junit.", "org.jboss.arquillian.",
            "org.jboss.shrinkwrap.", "com.tngtech.archunit.", "org.openqa.selenium.");

    /** Only package-private classes (inside the deployment) reach the runtime. */
    @ArchTest
    static final ArchRule publicClassesNeverReachTheRuntime = noClasses().that().arePublic()
            .should().dependOnClassesThat(resideInAPackage("org.maillage.platform..").and(not(resideInAPackage("org.maillage.platform.api.."))))
            .as("public classes of the test kit never depend on the runtime");

    @ArchTest
    static final ArchRule publicSignaturesSpeakThePlatformApi = classes().that().arePublic()
            .should(new ArchCondition<JavaClass>("name in public and protected signatures only platform-api, the JDK, Jakarta EE, "
                    + "MicroProfile, JUnit, Arquillian, ShrinkWrap, ArchUnit, Selenium's WebDriver and the kit") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    if (!visible(type)) {
                        return;
                    }
                    List<String> where = new ArrayList<>();
                    type.getRawSuperclass().ifPresent(s -> where.add(s.getName()));
                    type.getRawInterfaces().forEach(i -> where.add(i.getName()));
                    for (JavaMember member : type.getMembers()) {
                        if (visible(member.getModifiers())) {
                            signature(member).flatMap(t -> t.getAllInvolvedRawTypes().stream())
                                    .map(c -> c.getBaseComponentType())
                                    .filter(c -> !c.isPrimitive())
                                    .forEach(c -> where.add(c.getName() + " in " + member.getFullName()));
                        }
                    }
                    where.stream().filter(name -> SPOKEN.stream().noneMatch(name::startsWith))
                            .forEach(name -> events.add(SimpleConditionEvent.violated(type, type.getName() + " shows " + name)));
                }
            }).as("public and protected signatures of the test kit name only platform-api, the JDK, Jakarta EE, MicroProfile, "
                    + "JUnit, Arquillian, ShrinkWrap, ArchUnit and the kit");

    private static boolean visible(JavaClass type) {
        return visible(type.getModifiers()) && type.getEnclosingClass().map(TestKitSurfaceTest::visible).orElse(true);
    }

    private static boolean visible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static Stream<JavaType> signature(JavaMember member) {
        if (member instanceof JavaField field) {
            return Stream.of(field.getType());
        }
        JavaCodeUnit code = (JavaCodeUnit) member;
        return Stream.of(Stream.of(code.getReturnType()), code.getParameterTypes().stream(),
                code.getThrowsClause().getTypes().stream().map(t -> (JavaType) t)).flatMap(s -> s);
    }
}
