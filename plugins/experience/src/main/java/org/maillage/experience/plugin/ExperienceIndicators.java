package org.maillage.experience.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.maillage.experience.fiches.entity.FicheState;
import org.maillage.experience.network.entity.ExchangeKind;
import org.maillage.platform.api.plugin.IndicatorSource;
import org.maillage.platform.api.tenant.NetworkData;
import org.maillage.platform.api.tenant.TenantContext;

/**
 * The plugin's indicators at the end of a month: fiches written so far, fiches shared with the network now,
 * « cela nous a servi » marks of other cooperations on the cooperation's fiches, and their questions answered.
 */
@ApplicationScoped
public class ExperienceIndicators implements IndicatorSource {

    @Inject
    EntityManager em;

    @Inject
    @NetworkData
    EntityManager network;

    @Inject
    TenantContext tenant;

    @Override
    public Map<String, Number> values(YearMonth month) {
        OffsetDateTime end = month.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        Map<String, Number> values = new LinkedHashMap<>();
        values.put(ExperiencePlugin.WRITTEN, em.createQuery("select count(f) from Fiche f where f.createdAt < :end", Long.class)
                .setParameter("end", end).getSingleResult());
        values.put(ExperiencePlugin.SHARED, em.createQuery(
                        "select count(f) from Fiche f where f.state = :state and f.sharedAt < :end", Long.class)
                .setParameter("state", FicheState.NETWORK).setParameter("end", end).getSingleResult());
        values.put(ExperiencePlugin.REUSED, network.createQuery(
                        "select count(r) from Reuse r where r.ficheCooperation = :cooperation and r.markedAt < :end", Long.class)
                .setParameter("cooperation", tenant.slug()).setParameter("end", end).getSingleResult());
        values.put(ExperiencePlugin.ANSWERED, network.createQuery("select count(e) from Exchange e where e.ficheCooperation = :cooperation"
                        + " and e.kind = :kind and e.answeredAt < :end", Long.class)
                .setParameter("cooperation", tenant.slug()).setParameter("kind", ExchangeKind.QUESTION)
                .setParameter("end", end).getSingleResult());
        return values;
    }
}
