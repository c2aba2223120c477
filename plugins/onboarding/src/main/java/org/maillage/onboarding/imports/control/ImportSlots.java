package org.maillage.onboarding.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The table {@code onboarding_import_slot}: one row per cooperation, the import that holds its slot, the instance
 * that runs it and until when its lease lasts. Every instance reads and takes the same rows, so one import at a time
 * per cooperation holds across instances, and any instance can tell a running import from one whose instance died.
 *
 * <p>Statements run in the current cooperation's transaction (walled like every tenant table); PostgreSQL serialises
 * the writers of a row: a take-over and a chunk's {@link #hold} never both pass.
 */
@ApplicationScoped
public class ImportSlots {

    /**
     * How long an instance's hold on an import lasts without renewal: the time after which its import counts as dead.
     * 60 s, or {@code maillage.onboarding.import-lease-seconds} (at least 4).
     */
    public static final Duration LEASE = Duration.ofSeconds(Math.max(4, ConfigProvider.getConfig()
            .getOptionalValue("maillage.onboarding.import-lease-seconds", Integer.class).orElse(60)));

    /** How often the instance running an import renews its lease (a quarter of {@link #LEASE}). */
    public static final Duration RENEWAL = LEASE.dividedBy(4);

    private static final String LEASE_SQL = "now() + interval '" + LEASE.toSeconds() + " seconds'";

    @Inject
    EntityManager em;

    /**
     * Takes the cooperation's slot for {@code jobId} when it is free: no row, or a row whose import has ended, or
     * whose lease has lapsed (its instance died) — that import is then marked failed, in the same transaction.
     *
     * @return whether {@code jobId} now holds the slot
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean reserve(String tenant, String jobId, String instance) {
        int inserted = em.createNativeQuery("insert into onboarding_import_slot (tenant_id, job_id, instance, lease_until)"
                        + " values (?1, ?2, ?3, " + LEASE_SQL + ") on conflict (tenant_id) do nothing")
                .setParameter(1, tenant).setParameter(2, jobId).setParameter(3, instance)
                .executeUpdate();
        if (inserted == 1) {
            return true;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> holders = em.createNativeQuery("select s.job_id, s.lease_until < now(), j.state from onboarding_import_slot s"
                        + " left join onboarding_import_job j on j.id = s.job_id where s.tenant_id = ?1 for update of s")
                .setParameter(1, tenant).getResultList();
        if (holders.isEmpty()) {
            return false; // released meanwhile: the caller may try again
        }
        Object[] holder = holders.get(0);
        String state = (String) holder[2];
        boolean ended = "DONE".equals(state) || "FAILED".equals(state);
        if (!ended && !Boolean.TRUE.equals(holder[1])) {
            return false;
        }
        if (!ended) {
            interrupt((String) holder[0]);
        }
        return em.createNativeQuery("update onboarding_import_slot set job_id = ?2, instance = ?3,"
                        + " lease_until = " + LEASE_SQL + " where tenant_id = ?1")
                .setParameter(1, tenant).setParameter(2, jobId).setParameter(3, instance)
                .executeUpdate() == 1;
    }

    /** Extends the lease of an import this instance runs. @return false when it lost the slot (taken over) */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean renew(String jobId, String instance) {
        return em.createNativeQuery("update onboarding_import_slot set lease_until = " + LEASE_SQL + ""
                        + " where job_id = ?1 and instance = ?2 and lease_until >= now()")
                .setParameter(1, jobId).setParameter(2, instance)
                .executeUpdate() == 1;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void release(String jobId, String instance) {
        em.createNativeQuery("delete from onboarding_import_slot where job_id = ?1 and instance = ?2")
                .setParameter(1, jobId).setParameter(2, instance).executeUpdate();
    }

    /** @return whether an instance holds {@code jobId}'s slot with a lease that has not lapsed */
    @Transactional
    public boolean live(String jobId) {
        return !em.createNativeQuery("select 1 from onboarding_import_slot where job_id = ?1 and lease_until >= now()")
                .setParameter(1, jobId).getResultList().isEmpty();
    }

    /**
     * Called at the start of a chunk's transaction: locks the slot until the chunk commits, so that no other
     * instance takes it over while the chunk writes.
     *
     * @throws Interrupted when this instance no longer holds the slot (its lease lapsed and it was taken over)
     */
    @Transactional(TxType.MANDATORY)
    public void hold(String jobId, String instance) {
        if (em.createNativeQuery("select 1 from onboarding_import_slot where job_id = ?1 and instance = ?2"
                        + " and lease_until >= now() for update")
                .setParameter(1, jobId).setParameter(2, instance).getResultList().isEmpty()) {
            throw new Interrupted();
        }
    }

    /** Marks an import whose instance died as failed; its report stays as far as it went. */
    private void interrupt(String jobId) {
        em.createNativeQuery("update onboarding_import_job set state = 'FAILED', failure = ?2, finished_at = now(),"
                        + " started_at = coalesce(started_at, now()), version = version + 1 where id = ?1 and state in ('QUEUED', 'RUNNING')")
                .setParameter(1, jobId).setParameter(2, Interrupted.MESSAGE).executeUpdate();
    }

    /** The instance running an import lost its slot: the import stops, its chunks so far are kept. */
    static class Interrupted extends RuntimeException {

        static final String MESSAGE = "L’import a été interrompu (arrêt du serveur qui le menait) : relancez-le ;"
                + " les lignes déjà importées resteront inchangées.";

        Interrupted() {
            super(MESSAGE);
        }
    }
}
