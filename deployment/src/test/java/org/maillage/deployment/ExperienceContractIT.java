package org.maillage.deployment;

import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.experience.fiches.control.Fiches;
import org.maillage.experience.fiches.control.Viewer;
import org.maillage.experience.fiches.entity.FicheContent;
import org.maillage.experience.network.control.Writer;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.testkit.PluginContractTest;

/** The plugin contract, for the experience-sharing plugin. */
@ExtendWith(ArquillianExtension.class)
class ExperienceContractIT extends PluginContractTest {

    @Inject
    Fiches fiches;

    @Override
    protected String pluginId() {
        return "experience";
    }

    @Override
    protected void storePersonalDataOf(Person person) {
        FicheContent content = new FicheContent("Le porte-à-porte", "Résumé", "Texte", List.of("visites"), List.of(), List.of(),
                List.of(), List.of(), null, null, List.of(), "l’animatrice");
        fiches.create(content, new Viewer(Writer.of(person.email(), person.email(), null), true), OffsetDateTime.now(ZoneOffset.UTC));
    }
}
