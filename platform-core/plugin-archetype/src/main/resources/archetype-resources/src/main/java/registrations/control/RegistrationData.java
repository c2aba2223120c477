package ${package}.registrations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.platform.api.personaldata.PersonalData;

/**
 * The plugin's part in the RGPD export and erasure of a person, which the platform runs for every enabled plugin
 * ({@code POST /api/tenants/{tenant}/personal-data/export} and {@code /erasure}). French keys in the export.
 */
@ApplicationScoped
public class RegistrationData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public Map<String, Object> export(Person person) {
        List<String> activities = em.createQuery("select r.activity from ${prefix}Registration r where r.email = :email", String.class)
                .setParameter("email", person.email()).getResultList();
        return activities.isEmpty() ? Map.of() : Map.of("inscriptions", activities);
    }

    @Override
    public int erase(Person person) {
        return em.createQuery("delete from ${prefix}Registration r where r.email = :email")
                .setParameter("email", person.email()).executeUpdate();
    }
}
