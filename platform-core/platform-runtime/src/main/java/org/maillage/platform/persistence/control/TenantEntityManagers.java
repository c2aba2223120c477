package org.maillage.platform.persistence.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.TransactionRequiredException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.maillage.platform.api.tenant.TenantContext;

/**
 * Hands out the {@code EntityManager} through which all tenant data is read and written.
 *
 * <p>The injected object is a proxy. On each call it finds the EntityManager of the current JTA
 * transaction, creating it on first use with the request's tenant as its
 * {@value PersistenceUnitProperties#MULTITENANT_PROPERTY_DEFAULT}; the EntityManager is closed when
 * the transaction ends. So the tenant is fixed before the first statement of every transaction and
 * no caller can set or change it. Outside a transaction, or without a tenant, calls are refused.
 */
@ApplicationScoped
public class TenantEntityManagers {

    private static final Set<String> REFUSED = Set.of("close", "setProperty", "getTransaction", "joinTransaction");

    @PersistenceUnit(unitName = "maillage")
    EntityManagerFactory factory;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    TenantContext tenant;

    private final Object key = new Object();

    @Produces
    @Dependent
    public EntityManager entityManager() {
        InvocationHandler handler = this::invoke;
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[]{EntityManager.class}, handler);
    }

    private Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "toString":
                return "EntityManager of the current tenant's transaction";
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            case "isOpen":
                return true;
            default:
                if (REFUSED.contains(method.getName())) {
                    throw new IllegalStateException("The platform manages this EntityManager: " + method.getName() + " is not allowed");
                }
        }
        try {
            return method.invoke(current(), args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** @return the EntityManager of the current transaction, bound to the current tenant */
    EntityManager current() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new TransactionRequiredException("Tenant data is reached inside a transaction only: mark the boundary @Transactional");
        }
        String slug = tenant.slug();
        TenantBound bound = (TenantBound) transactions.getResource(key);
        if (bound == null) {
            EntityManager em = factory.createEntityManager(Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, slug));
            em.joinTransaction();
            bound = new TenantBound(slug, em);
            transactions.putResource(key, bound);
            transactions.registerInterposedSynchronization(bound);
        } else if (!bound.slug.equals(slug)) {
            throw new IllegalStateException("This transaction already acts for " + bound.slug + ", not " + slug);
        }
        return bound.em;
    }

    private record TenantBound(String slug, EntityManager em) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // the EntityManager flushes as part of the transaction
        }

        @Override
        public void afterCompletion(int status) {
            em.close();
        }
    }
}
