package dk.sammen.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sammen.live.ScopingEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A transaction's events reach the pages together after it commits, by scoping and in order; none if it rolls back. */
class AfterCommitBatchesTest {

    final List<String> delivered = new ArrayList<>();
    final AfterCommitBatches batches = new AfterCommitBatches("test", (scoping, events) ->
            delivered.add(scoping + ":" + events.stream().map(e -> ((Numbered) e).name()).toList()));

    record Numbered(long scopingId, String name) implements ScopingEvent {
    }

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) TransactionSynchronizationManager.clear();
    }

    private static void begin() {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);
    }

    private static void finish(int status) {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        if (status == TransactionSynchronization.STATUS_COMMITTED) synchronizations.forEach(TransactionSynchronization::afterCommit);
        synchronizations.forEach(s -> s.afterCompletion(status));
        TransactionSynchronizationManager.clear();
    }

    @Test
    void a_committed_transactions_events_arrive_together_per_scoping_in_order() {
        begin();
        batches.add(new Numbered(1, "answer"));
        batches.add(new Numbered(2, "other scoping"));
        batches.add(new Numbered(1, "history"));
        batches.add(new Numbered(1, "gate"));
        assertThat(delivered).as("nothing before commit").isEmpty();
        finish(TransactionSynchronization.STATUS_COMMITTED);
        assertThat(delivered).containsExactly("1:[answer, history, gate]", "2:[other scoping]");
    }

    @Test
    void a_rolled_back_transactions_events_reach_nobody_and_outside_a_transaction_they_go_at_once() {
        begin();
        batches.add(new Numbered(1, "answer"));
        finish(TransactionSynchronization.STATUS_ROLLED_BACK);
        assertThat(delivered).isEmpty();

        batches.add(new Numbered(3, "presence"));
        assertThat(delivered).containsExactly("3:[presence]");
    }
}
