package org.maillage.deployment;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.sample.notes.control.Notes;
import org.maillage.testkit.PlatformDeployment;
import org.maillage.testkit.PluginContractTest;

/** The plugin contract, for the sample plugin. */
@ExtendWith(ArquillianExtension.class)
class SampleContractIT extends PluginContractTest {

    @Deployment
    static WebArchive deployment() {
        return PlatformDeployment.forContract();
    }

    @Inject
    Notes notes;

    @Override
    protected String pluginId() {
        return "sample";
    }

    @Override
    protected void storePersonalDataOf(Person person) {
        notes.write(person.email(), "Note de " + person.email());
    }
}
