package org.maillage.deployment;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.sample.notes.control.Notes;
import org.maillage.testkit.PluginContractTest;

/** The plugin contract, for the sample plugin. */
@ExtendWith(ArquillianExtension.class)
class SampleContractIT extends PluginContractTest {

    @Inject
    Notes notes;

    @Override
    protected String pluginId() {
        return "sample";
    }

    @Override
    protected void storePersonalDataOf(Person person) {
        notes.write(person.email(), "Note de " + person.email(), false);
    }
}
