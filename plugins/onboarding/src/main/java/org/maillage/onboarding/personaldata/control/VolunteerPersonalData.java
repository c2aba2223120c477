package org.maillage.onboarding.personaldata.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillage.onboarding.actions.control.Participations;
import org.maillage.onboarding.volunteers.control.Volunteers;
import org.maillage.onboarding.volunteers.entity.ErasedPerson;
import org.maillage.onboarding.volunteers.entity.Normalisation;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.onboarding.volunteers.entity.VolunteerTransition;
import org.maillage.platform.api.mail.Mail;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.platform.api.personaldata.PersonalData;

/**
 * A volunteer's data for the RGPD requests of the platform.
 *
 * <p>Erasure anonymises rather than deletes: the volunteer row stays, withdrawn and without anything
 * that names or reaches the person (names, e-mail, phone, postcode, birth date, JeVeuxAider id, free
 * texts, transition reasons), so that the cooperation's counts and indicators do not change
 * retroactively — as JeVeuxAider anonymises its users. The import problems of the person's rows are
 * deleted (matched exactly on their own address column, never with {@code like}), and so are the e-mails of
 * the platform's outbox to the address ({@code Mail.forget}: the inactivity sweep and the self-service erasure come here without the platform); the person's self-service links stop working. Participations in first actions are
 * exported and erased with the volunteer ({@link Participations}). A digest of the address is kept ({@link ErasedPerson}) so that a later import does not
 * bring the person back.
 */
@ApplicationScoped
public class VolunteerPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Inject
    Volunteers volunteers;

    @Inject
    Participations participations;

    @Inject
    Mail mail;

    @Override
    public Map<String, Object> export(Person person) {
        Optional<Volunteer> found = volunteers.byEmail(person.email());
        if (found.isEmpty()) {
            return Map.of();
        }
        Volunteer v = found.get();
        Map<String, Object> data = new LinkedHashMap<>();
        put(data, "prénom", v.firstName());
        put(data, "nom", v.lastName());
        put(data, "e-mail", v.email());
        put(data, "téléphone", v.phone());
        put(data, "code postal", v.postcode());
        put(data, "commune", v.communeName());
        put(data, "date de naissance", v.birthDate());
        put(data, "origine", v.source());
        put(data, "identifiant JeVeuxAider", v.jvaProfileId());
        data.put("consentement", v.consent());
        put(data, "consentement donné le", v.consentAt());
        put(data, "disponibilités", v.availability());
        put(data, "centres d’intérêt", v.interests());
        put(data, "notes", v.notes());
        data.put("étape", v.state().label());
        put(data, "inscrit le", v.createdAt());
        List<Map<String, Object>> history = volunteers.transitionsOf(v.id()).stream().map(VolunteerPersonalData::transition).toList();
        if (!history.isEmpty()) {
            data.put("historique", history);
        }
        List<Map<String, Object>> actions = participations.export(v.id());
        if (!actions.isEmpty()) {
            data.put("premières actions", actions);
        }
        return Map.of("bénévole", data);
    }

    private static Map<String, Object> transition(VolunteerTransition t) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("le", t.at().toString());
        entry.put("de", t.from().label());
        entry.put("à", t.to().label());
        put(entry, "motif", t.reason());
        return entry;
    }

    private static void put(Map<String, Object> data, String key, Object value) {
        if (value != null) {
            data.put(key, value.toString());
        }
    }

    @Override
    public int erase(Person person) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int erased = 0;
        Optional<Volunteer> found = volunteers.byEmail(person.email());
        if (found.isPresent()) {
            Volunteer v = found.get();
            erased += em.createQuery("update VolunteerTransition t set t.reason = null where t.volunteer.id = :id")
                    .setParameter("id", v.id())
                    .executeUpdate();
            erased += participations.erase(v.id(), now);
            v.erase(now);
            erased++;
        }
        erased += em.createQuery("delete from ImportProblem p where p.email = :email")
                .setParameter("email", Normalisation.email(person.email()))
                .executeUpdate();
        erased += mail.forget(person.email());
        // a campaign's search may be the address itself (a campaign to one person): the search goes, the campaign stays
        erased += em.createQuery("update Campaign c set c.filterQ = null where locate(:email, lower(c.filterQ)) > 0")
                .setParameter("email", person.email().trim().toLowerCase(java.util.Locale.ROOT))
                .executeUpdate();
        if (em.find(ErasedPerson.class, ErasedPerson.digest(person.email())) == null) {
            em.persist(new ErasedPerson(person.email(), now));
        }
        return erased;
    }
}
