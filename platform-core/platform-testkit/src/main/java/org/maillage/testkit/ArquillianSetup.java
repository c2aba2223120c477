package org.maillage.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * The test kit's Arquillian extension. It gives the Payara Micro connector the settings a Maillage test
 * needs, unless the build set them: the Payara Micro JAR from the local Maven repository, and a preboot
 * file that keeps the server on the loopback interface with Hazelcast off (configuration cached as in production,
 * cleared by {@link LiveConfig}), and JVM
 * options for a short life (the client compiler only, the serial collector); and it shares one deployment
 * between the test classes of a run ({@link SharedDeployment}). So a plugin project needs no Arquillian
 * configuration of its own.
 */
public class ArquillianSetup implements LoadableExtension {

    static final String MICRO_JAR = "payara.microJar";
    static final String OPTIONS = "payara.extraMicroOptions";
    static final String JVM_OPTIONS = "payara.cmdOptions";
    /**
     * JSON-P's provider named, as {@code ./maillage run} and the Kubernetes manifests do: otherwise each {@code Json.create…}
     * call (three per request in Payara's token parser) scans every JAR for the provider's service file.
     */
    static final String JSON_PROVIDER = "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl";
    /**
     * The test server's JVM: the client compiler only and the serial collector. A test server lives minutes and
     * spends its CPU starting; the optimising compiler took half of a start's CPU (35 s of CPU to ready, 17 s
     * without it, on the 2-core machine), and the CPU of a test run is what its time is made of.
     */
    static final String TEST_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC " + JSON_PROVIDER;

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedDeployment.class);
        if (System.getProperty(MICRO_JAR) == null && System.getenv("MICRO_JAR") == null) {
            newestPayaraMicro().ifPresent(jar -> System.setProperty(MICRO_JAR, jar.toString()));
        }
        if (System.getProperty(OPTIONS) == null) {
            System.setProperty(OPTIONS, "--nocluster --prebootcommandfile " + testServerPreboot());
        }
        if (System.getProperty(JVM_OPTIONS) == null && System.getenv("MICRO_CMD_OPTIONS") == null) {
            System.setProperty(JVM_OPTIONS, TEST_JVM);
        }
    }

    static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static Optional<Path> newestPayaraMicro() {
        Path versions = localRepository().resolve("fish/payara/extras/payara-micro");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> found = Files.list(versions)) {
            return found.filter(v -> v.getFileName().toString().startsWith("6."))
                    .map(v -> v.resolve("payara-micro-" + v.getFileName() + ".jar"))
                    .filter(Files::isRegularFile)
                    .max(Comparator.comparing(p -> p.getParent().getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path testServerPreboot() {
        try (InputStream in = ArquillianSetup.class.getResourceAsStream("test-server.asadmin")) {
            Path file = Files.createTempFile("maillage-preboot", ".asadmin");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
