package dk.sammen.live.internal;

import dk.sammen.base.TransactionBound;
import dk.sammen.live.ScopingEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The live events of one transaction, by scoping and in the order they were published, handed
 * over together once it committed (none if it rolled back); at once outside a transaction. So an
 * open page applies one saved answer, its line in the history and the review gate it changed in
 * one {@code ui.access}, and its browser gets one push for them instead of three: measured with
 * many pages open, the pushes, not the saves, were the server's work (docs/BENCHMARKS.md).
 *
 * @see "docs/adr/0011-fan-out-and-canvas-extensions.md"
 */
final class AfterCommitBatches {

    private final String key;
    private final BiConsumer<Long, List<ScopingEvent>> deliver;

    /** {@code deliver} gets a scoping's id and the events of one committed transaction for it. */
    AfterCommitBatches(String name, BiConsumer<Long, List<ScopingEvent>> deliver) {
        this.key = AfterCommitBatches.class.getName() + "." + name;
        this.deliver = deliver;
    }

    void add(ScopingEvent event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive() || !TransactionSynchronizationManager.isActualTransactionActive()) {
            deliver.accept(event.scopingId(), List.of(event));
            return;
        }
        TransactionBound.get(key, Batch::new).add(event);
    }

    private final class Batch implements TransactionSynchronization {
        private final Map<Long, List<ScopingEvent>> byScoping = new LinkedHashMap<>();
        private boolean committed;

        void add(ScopingEvent event) {
            if (committed) {
                // Published by after-commit work that ran after this batch was handed over.
                deliver.accept(event.scopingId(), List.of(event));
            } else {
                byScoping.computeIfAbsent(event.scopingId(), id -> new ArrayList<>()).add(event);
            }
        }

        @Override
        public void afterCommit() {
            committed = true;
            byScoping.forEach(deliver);
        }
    }
}
