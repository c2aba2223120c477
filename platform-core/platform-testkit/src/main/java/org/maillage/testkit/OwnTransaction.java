package org.maillage.testkit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.concurrent.Callable;

/**
 * A transaction of its own around {@link InTenant}'s work, opened and ended by the container's interceptor.
 *
 * <p>Not a {@code UserTransaction}: Payara decides whether one may be used from a flag that a {@code @Transactional}
 * bean's interceptor keeps in the interceptor instance, which every thread calling an application-scoped bean
 * shares. With the platform's background jobs calling such beans, an in-container test's commit was refused at
 * random (« Operation not allowed ») after its work had called one.
 */
@Dependent
class OwnTransaction {

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Commits when the work returns; rolls back when it throws anything. */
    @Transactional(value = TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public <T> T run(Callable<T> work) throws Exception {
        try {
            return work.call();
        } catch (Error e) {
            transactions.setRollbackOnly(); // an Error is no Exception: the interceptor would commit
            throw e;
        }
    }
}
