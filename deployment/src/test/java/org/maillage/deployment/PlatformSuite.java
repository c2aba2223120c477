package org.maillage.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.maillage.testkit.PlatformDeployment;

/**
 * The platform every API and in-server test of the {@code platform} Failsafe execution shares: the WAR the
 * build assembled, every fixture plugin (each sub-package of {@code fixtures} as a JAR of its own), the
 * test kit, and the test classes. One server, one database for the whole execution; each class makes its
 * own cooperations.
 *
 * <p>What the classes need differently at start is the same for all here: the mail sender (which sends
 * a message as soon as it is queued) runs its jobs every {@value #POLL_SECONDS} seconds (retries, digests) and retries
 * after a second, the fixture {@code switched-off} is disabled by configuration, the secret of the self-service links
 * is read from a file ({@link #LINK_SECRET}), and the cooperations
 * described in {@link #DESCRIPTORS} are provisioned at start ({@code TenantDescriptorsIT}). What they need
 * differently while running (an SMTP server, a link secret, an upload limit, an unreachable Keycloak) each
 * class sets with {@link org.maillage.testkit.LiveConfig} and clears after.
 */
final class PlatformSuite {

    static final String FIXTURES = "org.maillage.deployment.fixtures";

    /** The period of the mail jobs: every cooperation's, so each second less is CPU taken from the tests. */
    static final String POLL_SECONDS = "2";

    /** The platform's secret of the self-service links, in a file as the launcher makes one ({@code StoredLinkKeyIT} signs with it). */
    static final String LINK_SECRET = "secret-des-liens-" + UUID.randomUUID();

    /** The descriptors folder of the shared platform, as this JVM knows it (client-side tests edit it). */
    static final Path DESCRIPTORS = TenantDescriptorsIT.descriptors();

    private PlatformSuite() {
    }

    @Deployment
    static WebArchive deployment() {
        WebArchive platform = PlatformDeployment.forContract(fixtures().toArray(JavaArchive[]::new))
                .addAsLibrary(PlatformDeployment.configJar(Map.of(
                        "maillage.plugins.disabled", "switched-off",
                        "maillage.mail.poll-seconds", POLL_SECONDS,
                        "maillage.mail.retry-seconds", "1",
                        "maillage.mail.from", "accueil@maillage.test",
                        "maillage.web.public-url", "https://maillage.test",
                        "maillage.tenants.dir", DESCRIPTORS.toString(),
                        "maillage.onboarding.link-secret-file", linkSecretFile().toString())));
        return PlatformDeployment.withTests(platform, testClasses(), FIXTURES);
    }

    private static Path linkSecretFile() {
        try {
            Path file = Files.createTempFile("maillage-link-secret", "");
            Files.writeString(file, LINK_SECRET + "\n");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path testClasses() {
        try {
            return Path.of(PlatformSuite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return each sub-package of {@value #FIXTURES} as a plugin JAR */
    private static List<JavaArchive> fixtures() {
        Path root = testClasses().resolve(FIXTURES.replace('.', '/'));
        try (Stream<Path> packages = Files.list(root)) {
            return packages.filter(Files::isDirectory).sorted()
                    .map(dir -> FIXTURES + "." + dir.getFileName())
                    .map(name -> ShrinkWrap.create(JavaArchive.class, name + ".jar")
                            .addPackages(true, name)
                            .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
