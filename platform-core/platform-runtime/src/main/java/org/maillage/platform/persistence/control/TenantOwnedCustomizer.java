package org.maillage.platform.persistence.control;

import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.SingleTableMultitenantPolicy;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.sessions.Session;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * Turns every entity marked {@link TenantOwned} into an EclipseLink single-table multitenant entity:
 * the column {@value TenantOwned#COLUMN} is written from, and every query restricted to, the
 * EntityManager's {@value PersistenceUnitProperties#MULTITENANT_PROPERTY_DEFAULT} property.
 * Its cache is isolated to the EntityManager, so one tenant's reads never warm another's cache.
 *
 * <p>Doing this here rather than with EclipseLink annotations keeps plugins on {@code platform-api}
 * and makes it impossible to spell the column or the context property differently in one entity.
 */
public class TenantOwnedCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
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
