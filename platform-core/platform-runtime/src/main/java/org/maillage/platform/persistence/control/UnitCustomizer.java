package org.maillage.platform.persistence.control;

import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.SingleTableMultitenantPolicy;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * What the persistence unit's session does differently from EclipseLink's defaults.
 *
 * <ul>
 * <li>Every entity marked {@link TenantOwned} is an EclipseLink single-table multitenant entity:
 * the column {@value TenantOwned#COLUMN} is written from, and every query restricted to, the
 * EntityManager's {@value PersistenceUnitProperties#MULTITENANT_PROPERTY_DEFAULT} property.
 * Its cache is isolated to the EntityManager, so one tenant's reads never warm another's cache.
 * Doing this here rather than with EclipseLink annotations keeps plugins on {@code platform-api}
 * and makes it impossible to spell the column or the context property differently in one entity.</li>
 * <li>A read that meets a connection failure fails at once, and the request with it (a 503). EclipseLink's
 * default retries it three times, five seconds apart, asleep on a request thread: with the database down,
 * every request waited 10–15 s before its 503 and held its thread meanwhile (found by {@code DatabaseRestartIT}).
 * The pool validates a connection before lending it, so a retry has nothing to mend that the pool has not.</li>
 * </ul>
 */
public class UnitCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        ((DatabaseLogin) session.getDatasourceLogin()).setQueryRetryAttemptCount(0);
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            Class<?> type = descriptor.getJavaClass();
            if (type != null && type.isAnnotationPresent(TenantOwned.class)) {
                makeTenantOwned(descriptor);
            }
        }
    }

    static void makeTenantOwned(ClassDescriptor descriptor) {
        SingleTableMultitenantPolicy policy = new SingleTableMultitenantPolicy(descriptor);
        policy.setIncludeTenantCriteria(true);
        policy.addTenantDiscriminatorField(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT,
                new DatabaseField(TenantOwned.COLUMN.toUpperCase(), descriptor.getTables().get(0).getName()));
        descriptor.setMultitenantPolicy(policy);
        descriptor.setCacheIsolation(CacheIsolationType.ISOLATED);
    }
}
