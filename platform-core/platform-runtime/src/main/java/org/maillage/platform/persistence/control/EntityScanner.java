package org.maillage.platform.persistence.control;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the JPA classes (entities, embeddables, mapped superclasses, converters) of a module: the
 * JAR, or classes folder, that a class of the module was loaded from.
 */
final class EntityScanner {

    private EntityScanner() {
    }

    /** @return the sorted names of the JPA classes in the modules of the given classes */
    static List<String> jpaClasses(Collection<Class<?>> moduleClasses, ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        for (URL location : locations(moduleClasses)) {
            for (String candidate : classNames(location)) {
                if (isJpaClass(candidate, loader)) {
                    names.add(candidate);
                }
            }
        }
        return List.copyOf(names);
    }

    static List<URL> locations(Collection<Class<?>> moduleClasses) {
        return moduleClasses.stream()
                .map(type -> type.getProtectionDomain().getCodeSource().getLocation())
                .distinct()
                .toList();
    }

    private static boolean isJpaClass(String name, ClassLoader loader) {
        try {
            Class<?> type = Class.forName(name, false, loader);
            return type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
                    || type.isAnnotationPresent(MappedSuperclass.class) || type.isAnnotationPresent(Converter.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static List<String> classNames(URL location) {
        try {
            Path path = Path.of(location.toURI());
            return Files.isDirectory(path) ? fromFolder(path) : fromJar(path);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the module at " + location, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the module at " + location, e);
        }
    }

    private static List<String> fromJar(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : (Iterable<JarEntry>) file.stream()::iterator) {
                className(entry.getName()).ifPresent(names::add);
            }
        }
        return names;
    }

    private static List<String> fromFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(f -> className(folder.relativize(f).toString().replace('\\', '/')))
                    .flatMap(Optional::stream)
                    .toList();
        }
    }

    private static Optional<String> className(String entry) {
        if (!entry.endsWith(".class") || entry.endsWith("module-info.class") || entry.endsWith("package-info.class")
                || entry.startsWith("META-INF/")) {
            return Optional.empty();
        }
        return Optional.of(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
    }
}
