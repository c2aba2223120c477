package org.maillage.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** A plugin as a JAR to add to a test deployment with {@code PlatformDeployment.platform().addAsLibrary(...)}. */
public final class PluginArchive {

    private PluginArchive() {
    }

    /**
     * @param classes a compiled plugin: its {@code target/classes} folder, with its resources
     *                (migrations, web pages, {@code META-INF/beans.xml})
     */
    public static JavaArchive fromClasses(Path classes) {
        if (!Files.isDirectory(classes)) {
            throw new IllegalStateException("No compiled plugin at " + classes.toAbsolutePath() + ": run mvn compile first");
        }
        return ShrinkWrap.create(JavaArchive.class, classes.toAbsolutePath().getParent().getParent().getFileName() + ".jar")
                .as(ExplodedImporter.class)
                .importDirectory(classes.toFile())
                .as(JavaArchive.class);
    }

    /** @return the JAR (or classes folder) a class was loaded from, as an archive */
    static JavaArchive fromLocation(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(location)
                    ? ShrinkWrap.create(JavaArchive.class, "maillage-testkit.jar").as(ExplodedImporter.class)
                            .importDirectory(location.toFile()).as(JavaArchive.class)
                    : ShrinkWrap.createFromZipFile(JavaArchive.class, location.toFile());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a JAR holding the package of the given class (and its sub-packages): a small test plugin */
    public static JavaArchive fromPackageOf(Class<?> anyClass) {
        return ShrinkWrap.create(JavaArchive.class, anyClass.getPackageName() + ".jar")
                .addPackages(true, anyClass.getPackage())
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
    }
}
