package org.maillage.testkit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.maillage.testkit.web.TestSignIn;

/**
 * The platform as an Arquillian deployment: the WAR that the build assembled, with a configuration
 * that points it at the database of this test run and makes it trust the {@link Tokens} of this JVM.
 */
public final class PlatformDeployment {

    /** The system property naming the assembled WAR; the deployment module's failsafe configuration sets it. */
    public static final String WAR_PROPERTY = "maillage.war";

    /** The secret of the audit's keyed hashes in test deployments, so a test can compute a person's hash. */
    public static final String AUDIT_HASH_KEY = "maillage-test-audit-hash-key";

    private PlatformDeployment() {
    }

    /** @return the assembled platform, configured for this run's database */
    public static WebArchive platform() {
        return platform(Map.of());
    }

    /**
     * @param config MicroProfile Config values that the deployment sees before any other source
     * @return the assembled platform, configured for this run's database and with {@code config}
     */
    public static WebArchive platform(Map<String, String> config) {
        File war = war();
        Map<String, String> values = new TreeMap<>(Tokens.trust());
        TestDatabase db = TestDatabase.get();
        values.put("maillage.db.url", db.url());
        values.put("maillage.db.user", db.user());
        values.put("maillage.db.password", db.password());
        values.put("maillage.audit.hash-key", AUDIT_HASH_KEY);
        values.putAll(config);
        if (!values.containsKey("maillage.keycloak.url") && !values.containsKey("maillage.web.keycloak-url")) {
            // no Keycloak: browsers sign in through the kit's own server, with test tokens (PluginBrowser)
            values.put("maillage.web.keycloak-url", TestSignIn.keycloakUrl());
        }
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        if (!values.isEmpty()) {
            archive.addAsLibrary(configJar(values, 500, "maillage-test-config.jar"));
        }
        return archive;
    }

    /**
     * The platform, the given plugins, and this test kit, for a test that runs inside the deployment
     * (a {@link PluginContractTest}, or any test that injects {@link InTenant}).
     */
    public static WebArchive forContract(JavaArchive... plugins) {
        WebArchive archive = platform();
        for (JavaArchive plugin : plugins) {
            archive.addAsLibrary(plugin);
        }
        return archive.addAsLibrary(PluginArchive.fromLocation(PluginContractTest.class));
    }

    /**
     * Adds the test classes of a module as one library, so that the tests that run inside a shared
     * deployment find their classes there ({@link SharedDeployment}).
     *
     * @param testClasses the compiled tests, usually {@code target/test-classes}
     * @param excluded    packages left out, with their sub-packages: those added otherwise, such as
     *                    fixture plugins that are libraries of their own
     */
    public static WebArchive withTests(WebArchive platform, Path testClasses, String... excluded) {
        if (!Files.isDirectory(testClasses)) {
            return platform;
        }
        List<String> left = Arrays.stream(excluded).map(name -> "/" + name.replace('.', '/') + "/").toList();
        return platform.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "maillage-tests.jar").as(ExplodedImporter.class)
                .importDirectory(testClasses.toFile(), path -> left.stream().noneMatch(path.get()::startsWith))
                .as(JavaArchive.class));
    }

    /**
     * @return the WAR named by {@value #WAR_PROPERTY}, else the platform WAR of this test kit's version
     *         in the local Maven repository (installed by {@code mvn install} of the platform)
     */
    static File war() {
        String version = PlatformDeployment.class.getPackage().getImplementationVersion();
        File war = new File(System.getProperty(WAR_PROPERTY, ArquillianSetup.localRepository()
                .resolve("org/maillage/maillage/" + version + "/maillage-" + version + ".war").toString()));
        if (!war.isFile()) {
            throw new IllegalStateException("No platform WAR at " + war.getAbsolutePath()
                    + ": install the platform (mvn install in its repository), or set -D" + WAR_PROPERTY);
        }
        return war;
    }

    /** @return a library whose MicroProfile Config values win over the platform's (ordinal 600) */
    public static JavaArchive configJar(Map<String, String> values) {
        return configJar(values, 600, "maillage-test-config-extra.jar");
    }

    private static JavaArchive configJar(Map<String, String> values, int ordinal, String name) {
        String properties = "config_ordinal=" + ordinal + "\n" + values.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\"))
                .collect(Collectors.joining("\n")) + "\n";
        return ShrinkWrap.create(JavaArchive.class, name)
                .addAsManifestResource(new StringAsset(properties), "microprofile-config.properties");
    }
}
