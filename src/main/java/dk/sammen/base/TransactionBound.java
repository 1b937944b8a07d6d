package dk.sammen.base;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One object per transaction under a key: made on first use, kept while the transaction runs (set
 * aside while a new transaction started inside it runs), gone when it completes, so the next
 * transaction, request and thread start afresh. An object that is itself a
 * {@link TransactionSynchronization} is registered too and hears its own transaction's commit.
 * Only within transaction synchronization ({@link TransactionSynchronizationManager#isSynchronizationActive()}).
 */
public final class TransactionBound {

    private TransactionBound() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> make) {
        Object bound = TransactionSynchronizationManager.getResource(key);
        if (bound != null) return (T) bound;
        T made = make.get();
        TransactionSynchronizationManager.bindResource(key, made);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void suspend() {
                TransactionSynchronizationManager.unbindResource(key);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(key, made);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
        if (made instanceof TransactionSynchronization own) TransactionSynchronizationManager.registerSynchronization(own);
        return made;
    }
}
