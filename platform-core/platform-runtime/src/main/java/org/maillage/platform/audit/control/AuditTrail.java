package org.maillage.platform.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.maillage.platform.audit.entity.AuditEntry;
import org.maillage.platform.persistence.control.SharedData;

/** Writes and reads the audit log. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    @SharedData
    EntityManager em;

    @Transactional(TxType.REQUIRES_NEW)
    public void record(String tenant, String subject, String action, String target, int status, String personHash) {
        em.persist(new AuditEntry(tenant, subject == null ? "anonyme" : subject, action, target, status,
                OffsetDateTime.now(ZoneOffset.UTC), personHash));
    }

    /** @return the most recent entries of a cooperation, newest first */
    @Transactional
    public List<AuditEntry> of(String tenant, int first, int max) {
        return em.createQuery("select a from AuditEntry a where a.tenant = :tenant order by a.occurredAt desc, a.id", AuditEntry.class)
                .setParameter("tenant", tenant)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }
}
