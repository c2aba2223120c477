package org.maillage.testkit.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.maillage.platform.api.plugin.ExtensionPoint;
import org.maillage.platform.api.plugin.Plugin;

/**
 * What a plugin's classes may depend on. Another plugin's API is a package named {@code api} that holds
 * that plugin's {@link ExtensionPoint} interfaces (the annotation names the plugin); the plugin ids a
 * plugin declares are read from its own {@link Plugin} bean's descriptor, created with its no-argument
 * constructor.
 */
final class PluginDependencies extends ArchCondition<JavaClass> {

    private static final List<String> PLATFORM = List.of("java.", "javax.", "org.w3c.dom.", "org.xml.sax.",
            "jakarta.", "org.eclipse.microprofile.", "org.maillage.platform.api.");

    private final List<String> allowed;
    private final Map<String, Set<String>> offeredIn = new HashMap<>();
    private Set<String> own = Set.of();
    private Collection<JavaClass> analysed = List.of();
    private Set<String> declared;

    PluginDependencies(List<String> libraries) {
        super("depend only on platform-api, the JDK, Jakarta EE, MicroProfile and the api packages of the plugins they declare"
                + (libraries.isEmpty() ? "" : " and on " + String.join(", ", libraries)));
        this.allowed = Stream.concat(PLATFORM.stream(), libraries.stream().map(p -> p.endsWith(".") ? p : p + ".")).toList();
    }

    @Override
    public void init(Collection<JavaClass> classes) {
        analysed = classes;
        own = classes.stream().map(JavaClass::getName).collect(Collectors.toSet());
        declared = null;
    }

    @Override
    public void check(JavaClass type, ConditionEvents events) {
        for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
            String problem = problem(dependency.getTargetClass().getBaseComponentType());
            if (problem != null) {
                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription() + ": " + problem));
            }
        }
    }

    /** @return why the plugin may not depend on the class; null when it may */
    private String problem(JavaClass target) {
        String name = target.getName();
        if (target.isPrimitive() || own.contains(name) || allowed.stream().anyMatch(name::startsWith)) {
            return null;
        }
        String pkg = target.getPackageName();
        if (!("." + pkg + ".").contains(".api.")) {
            return pkg + " is neither platform-api, the JDK, Jakarta EE, MicroProfile nor the api package of a plugin";
        }
        Set<String> offering = offeredIn.computeIfAbsent(pkg, PluginDependencies::pluginsOffering);
        if (offering.isEmpty()) {
            return pkg + " holds no @ExtensionPoint: it is the API of no plugin";
        }
        if (Collections.disjoint(offering, declared())) {
            return pkg + " is the API of the plugin " + String.join(", ", offering)
                    + ", which the descriptor does not declare as a dependency (withDependency or withOptionalDependency)";
        }
        return null;
    }

    /** @return the ids of the plugins whose extension points are declared in the package */
    private static Set<String> pluginsOffering(String pkg) {
        return new ClassFileImporter().importPackages(pkg).stream()
                .filter(c -> c.getPackageName().equals(pkg))
                .flatMap(c -> c.tryGetAnnotationOfType(ExtensionPoint.class).stream())
                .map(ExtensionPoint::plugin)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** @return the plugin ids the analysed plugin's descriptor depends on */
    private Set<String> declared() {
        if (declared == null) {
            declared = analysed.stream()
                    .filter(c -> c.isAssignableTo(Plugin.class) && !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                    .flatMap(c -> descriptorOf(c).dependencies().stream())
                    .map(d -> d.pluginId())
                    .collect(Collectors.toSet());
        }
        return declared;
    }

    private static org.maillage.platform.api.plugin.PluginDescriptor descriptorOf(JavaClass type) {
        try {
            return ((Plugin) type.reflect().getDeclaredConstructor().newInstance()).descriptor();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the descriptor of " + type.getName()
                    + " with its no-argument constructor, to know which plugins it depends on", e);
        }
    }
}
