package org.maillage.onboarding.imports.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.concurrent.Callable;

/**
 * The transaction of a dry run: the import's own code runs in it, and it is always rolled back. Opened and ended
 * by the container's interceptor, not a {@code UserTransaction}: Payara allows one from a flag that
 * {@code @Transactional} interceptors of application-scoped beans share between threads, and refused its
 * rollback at random (« Operation not allowed ») while background jobs called the same beans.
 */
@ApplicationScoped
public class DryRun {

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Transactional(TxType.REQUIRES_NEW)
    public void rolledBack(Callable<Void> work) throws Exception {
        try {
            work.call();
        } finally {
            transactions.setRollbackOnly();
        }
    }
}
