package dk.sammen.live.internal;

import dk.sammen.live.LiveUpdates;
import dk.sammen.live.PersonalEvent;
import dk.sammen.live.ScopingEvent;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Live changes on a single server (the default, and all the embedded database supports): a
 * committed change goes straight to the open pages of this JVM.
 *
 * @see "docs/adr/0011-fan-out-and-canvas-extensions.md"
 */
@Component
@ConditionalOnProperty(name = "sammen.cluster", havingValue = "false", matchIfMissing = true)
class InMemoryLiveUpdates implements LiveUpdates {

    private final LocalFanOut pages;
    private final AfterCommitBatches committed;

    InMemoryLiveUpdates(LocalFanOut pages) {
        this.pages = pages;
        this.committed = new AfterCommitBatches("in-memory", pages::publish);
    }

    @Override
    public Subscription subscribeBatches(long scopingId, Consumer<List<ScopingEvent>> listener) {
        return pages.subscribe(scopingId, listener);
    }

    @Override
    public Subscription subscribePersonal(long userId, Consumer<PersonalEvent> listener) {
        return pages.subscribePersonal(userId, listener);
    }

    /** Only committed changes travel, a transaction's together: a rolled-back write never reaches anyone's screen. */
    @EventListener
    void published(ScopingEvent event) {
        committed.add(event);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(PersonalEvent event) {
        publishPersonal(event);
    }

    @Override
    public void publish(ScopingEvent event) {
        pages.publish(event);
    }

    @Override
    public void publishPersonal(PersonalEvent event) {
        pages.publishPersonal(event);
    }

    @Override
    public int subscriberCount(long scopingId) {
        return pages.subscriberCount(scopingId);
    }
}
