package org.example.thanks;

import jakarta.inject.Inject;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.testkit.PlatformDeployment;
import org.maillage.testkit.PluginArchive;
import org.maillage.testkit.PluginContractTest;

/** The Maillage plugin contract, for this plugin, inside a real platform. */
@ExtendWith(ArquillianExtension.class)
class ThanksContractIT extends PluginContractTest {

    @Deployment
    static WebArchive deployment() {
        return PlatformDeployment.forContract(PluginArchive.fromClasses(Path.of("target/classes")));
    }

    @Inject
    ThankYous thankYous;

    @Override
    protected String pluginId() {
        return "thanks";
    }

    @Override
    protected void storePersonalDataOf(Person person) {
        thankYous.send(person.email(), "Merci pour votre visite !");
    }
}
