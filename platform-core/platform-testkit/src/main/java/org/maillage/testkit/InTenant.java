package org.maillage.testkit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;

/**
 * Runs work inside the deployed platform as a cooperation's request would: the tenant bound, in a
 * transaction that commits when the work returns and rolls back when it throws. For in-container tests.
 */
@Dependent
public class InTenant {

    @Inject
    TenantBinding tenant;

    @Inject
    OwnTransaction transaction;

    /** Runs the work for the cooperation {@code slug}, in a transaction of its own. */
    public <T> T as(String slug, Callable<T> work) throws Exception {
        tenant.bind(slug);
        try {
            return inTransaction(work);
        } finally {
            tenant.unbind();
        }
    }

    /** Runs the work in a transaction of its own, for whatever tenant is bound (or none). */
    public <T> T inTransaction(Callable<T> work) throws Exception {
        return transaction.run(work);
    }
}
