package org.maillage.deployment;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.onboarding.actions.control.FirstActions;
import org.maillage.onboarding.actions.entity.FirstAction;
import org.maillage.onboarding.volunteers.control.Pipeline;
import org.maillage.onboarding.volunteers.control.Volunteers;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.onboarding.volunteers.entity.Volunteer.Commune;
import org.maillage.onboarding.volunteers.entity.Volunteer.Details;
import org.maillage.onboarding.volunteers.entity.VolunteerState;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.testkit.PluginContractTest;

/** The plugin contract, for the onboarding plugin. */
@ExtendWith(ArquillianExtension.class)
class OnboardingContractIT extends PluginContractTest {

    @Inject
    Volunteers volunteers;

    @Inject
    Pipeline pipeline;

    @Inject
    FirstActions actions;

    @Override
    protected String pluginId() {
        return "onboarding";
    }

    /**
     * A volunteer with every personal field filled, a transition whose reason names the address, and
     * a first action they applied to themselves (their address as its author).
     */
    @Override
    protected void storePersonalDataOf(Person person) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Volunteer volunteer = new Volunteer(person.email(), "jeveuxaider", now);
        volunteer.complete(new Details("Camille", "Le Goff", "06 12 34 56 78", "56000", new Commune("56260", "Vannes", List.of()),
                LocalDate.of(1990, 4, 23), "4242", "le samedi matin"), now);
        volunteers.add(volunteer);
        pipeline.record(volunteer, VolunteerState.CONTACTED, "Appel à " + person.email(), "contrat");
        FirstAction action = actions.create(new FirstAction.Details("Goûter", null, "56260", "Vannes", LocalDate.now(),
                LocalDate.now().plusDays(1), 5, null), now);
        actions.enrol(action.id(), volunteer.id(), false, person.email(), LocalDate.now(), now);
    }
}
