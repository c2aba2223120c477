package ${package}.registrations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import ${package}.plugin.${prefix}Plugin;
import org.maillage.platform.api.plugin.IndicatorSource;

/**
 * The indicator's values: the platform calls it for each cooperation that enabled the plugin, month by month, in a
 * transaction of its own with the cooperation bound. The values land in the platform's monthly snapshots, the
 * national dashboard and the cooperations' reports.
 */
@ApplicationScoped
public class RegistrationFigures implements IndicatorSource {

    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    @Inject
    EntityManager em;

    @Override
    public Map<String, Number> values(YearMonth month) {
        OffsetDateTime from = month.atDay(1).atStartOfDay(FRANCE).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(FRANCE).toOffsetDateTime();
        long made = em.createQuery("select count(r) from ${prefix}Registration r where r.createdAt >= :from and r.createdAt < :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return Map.of(${prefix}Plugin.REGISTRATIONS.key(), made);
    }
}
