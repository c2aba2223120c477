package ${package}.registrations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import ${package}.plugin.${prefix}Plugin;
import ${package}.registrations.entity.Registration;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.settings.TenantSettings;
import org.maillage.platform.api.text.EmailAddress;

/**
 * The registrations of the current cooperation. The injected {@code EntityManager} is the cooperation's: every
 * query sees its rows only. Called inside a transaction (the resource is {@code @Transactional}).
 */
@ApplicationScoped
public class Registrations {

    @Inject
    EntityManager em;

    @Inject
    TenantSettings settings;

    /** Registers a person, within the cooperation's capacity (its setting, read at each call). */
    public Registration register(String email, String activity) {
        long capacity = settings.longValue(${prefix}Plugin.CAPACITY.key());
        if (count() >= capacity) {
            throw new ApiError(409, "La coopération a atteint son nombre maximal d’inscriptions (" + capacity + ").");
        }
        Registration registration = new Registration(EmailAddress.normalised(email), activity.trim());
        em.persist(registration);
        return registration;
    }

    public List<Registration> all() {
        return em.createQuery("select r from ${prefix}Registration r order by r.createdAt desc", Registration.class).getResultList();
    }

    public long count() {
        return em.createQuery("select count(r) from ${prefix}Registration r", Long.class).getSingleResult();
    }
}
