package org.example.thanks;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.testkit.PluginContractTest;

/**
 * The Maillage plugin contract, for this plugin, inside a real platform: with no {@code @Deployment} of its
 * own, the test kit deploys the platform with this project's plugin and tests once for all its test classes.
 */
@ExtendWith(ArquillianExtension.class)
class ThanksContractIT extends PluginContractTest {

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
