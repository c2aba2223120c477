package ${package};

import jakarta.inject.Inject;
import ${package}.registrations.control.Registrations;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.testkit.PluginContractTest;

/**
 * The Maillage plugin contract, inside a real platform: descriptor, migrations, table prefixes, endpoints
 * closed to strangers, personal data exported and erased, tables walled per cooperation, declared settings,
 * indicators and pages honoured. No {@code @Deployment}: the test kit deploys the platform with this plugin once
 * for every test class of the build.
 */
@ExtendWith(ArquillianExtension.class)
class ContractIT extends PluginContractTest {

    @Inject
    Registrations registrations;

    @Override
    protected String pluginId() {
        return "${pluginId}";
    }

    /** Runs inside the platform, in a cooperation that enabled the plugin, in a transaction. */
    @Override
    protected void storePersonalDataOf(Person person) {
        registrations.register(person.email(), "Visite de convivialité");
    }
}
