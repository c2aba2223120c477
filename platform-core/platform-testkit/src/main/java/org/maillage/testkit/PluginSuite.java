package org.maillage.testkit;

import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The shared deployment of a plugin project when nothing else is named (see {@link SharedDeployment}):
 * the platform, the plugin compiled in {@code target/classes}, the test kit, and the project's test
 * classes from {@code target/test-classes}, so that tests running inside the server find theirs.
 */
public final class PluginSuite {

    private PluginSuite() {
    }

    @Deployment
    static WebArchive deployment() {
        return PlatformDeployment.withTests(
                PlatformDeployment.forContract(PluginArchive.fromClasses(Path.of("target/classes"))),
                Path.of("target/test-classes"));
    }
}
