package org.maillage.platform.persistence.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TransactionRequiredException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.maillage.platform.api.tenant.NetworkData;
import org.maillage.platform.api.tenant.TenantContext;

/**
 * Hands out the {@code EntityManager}s of the platform: the default one for the current tenant's
 * data, a {@link SharedData} one for the platform's data that belongs to no tenant, and a {@link NetworkData} one
 * for a plugin's data of the national network (also of no tenant).
 *
 * <p>Each injected object is a proxy. On each call it finds the EntityManager of the current JTA
 * transaction, creating it on first use — for tenant data, with the request's tenant as its
 * {@value PersistenceUnitProperties#MULTITENANT_PROPERTY_DEFAULT} — and closes it when the transaction
 * ends. So the tenant is fixed before the first statement of every transaction and no caller can set
 * or change it. The same cooperation is recorded as the transaction's for the {@link Wall}: the data source
 * ({@link WalledDataSource}) sets it on every connection it hands out within the transaction. Outside a
 * transaction, for tenant data without a tenant, or for a second cooperation in one transaction, calls are refused.
 */
@ApplicationScoped
public class EntityManagers {

    private static final Set<String> REFUSED = Set.of("close", "setProperty", "getTransaction", "joinTransaction");
    private static final String SHARED = "";

    @Inject
    Database database;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    TenantContext tenant;

    @Produces
    @Dependent
    public EntityManager tenantData() {
        return proxy(tenant::slug);
    }

    @Produces
    @Dependent
    @SharedData
    public EntityManager sharedData() {
        return proxy(() -> SHARED);
    }

    /** A plugin's network data: the same unit as {@link SharedData}, named for plugins in {@code platform-api}. */
    @Produces
    @Dependent
    @NetworkData
    public EntityManager networkData() {
        return proxy(() -> SHARED);
    }

    private EntityManager proxy(Supplier<String> owner) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[]{EntityManager.class},
                (proxy, method, args) -> invoke(proxy, method, args, owner));
    }

    private Object invoke(Object proxy, Method method, Object[] args, Supplier<String> owner) throws Throwable {
        switch (method.getName()) {
            case "toString":
                return "EntityManager of the current transaction";
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
            return method.invoke(current(owner.get()), args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** @return the EntityManager of the current transaction for {@code owner} (a tenant slug, or SHARED) */
    private EntityManager current(String owner) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new TransactionRequiredException("Data is reached inside a transaction only: mark the boundary @Transactional");
        }
        String key = EntityManagers.class.getName() + ":" + owner;
        Bound bound = (Bound) transactions.getResource(key);
        if (bound == null) {
            Map<String, Object> properties = owner.equals(SHARED) ? Map.of()
                    : Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, owner);
            if (owner.equals(SHARED)) {
                String cooperation = boundTenant();
                if (cooperation != null && transactions.getResource(Wall.SETTING) == null) {
                    transactions.putResource(Wall.SETTING, cooperation);
                }
            } else {
                wall(owner);
            }
            EntityManager em = database.entityManagerFactory().createEntityManager(properties);
            em.joinTransaction();
            bound = new Bound(em);
            transactions.putResource(key, bound);
            transactions.registerInterposedSynchronization(bound);
        }
        return bound.em;
    }

    /**
     * Fixes the current transaction's cooperation for the {@link Wall}, before the first connection of the
     * transaction: the data source sets it on each connection it hands out.
     *
     * @return the cooperation of the current request or work, now the transaction's
     * @throws jakarta.persistence.TransactionRequiredException outside a transaction
     * @throws IllegalStateException without a cooperation bound, or when the transaction already acts for another
     */
    public String walledTenant() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new TransactionRequiredException("Data is reached inside a transaction only: mark the boundary @Transactional");
        }
        String cooperation;
        try {
            cooperation = tenant.slug();
        } catch (ContextNotActiveException e) {
            throw new IllegalStateException("No cooperation is bound to this work", e);
        }
        wall(cooperation);
        return cooperation;
    }

    private void wall(String cooperation) {
        Object walled = transactions.getResource(Wall.SETTING);
        if (walled != null && !walled.equals(cooperation)) {
            throw new IllegalStateException("This transaction acts for the cooperation " + walled + ", not for " + cooperation
                    + ": a transaction acts for one cooperation");
        }
        if (walled == null) {
            transactions.putResource(Wall.SETTING, cooperation);
        }
    }

    /**
     * @return the cooperation bound to the work, if any: a transaction of shared data inside a cooperation's work
     * (an audit record in a transaction of its own) gets the cooperation too, as Payara may hand it the connection
     * of the suspended transaction
     */
    private String boundTenant() {
        try {
            return tenant.isBound() ? tenant.slug() : null;
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    private record Bound(EntityManager em) implements Synchronization {

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
