package dk.sammen.live.internal;

import dk.sammen.live.LiveUpdates;
import dk.sammen.live.PersonalEvent;
import dk.sammen.live.ScopingEvent;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What both {@link LiveUpdates} implementations do for this server's own open pages: a committed
 * transaction's events go to them together, right after the commit, and personal news after its
 * commit. The cluster's implementation adds the way to and from the other servers.
 *
 * @see "docs/adr/0011-fan-out-and-canvas-extensions.md"
 */
abstract class ThisServersPages implements LiveUpdates {

    protected final LocalFanOut pages;
    private final AfterCommitBatches committed;

    ThisServersPages(LocalFanOut pages, String name) {
        this.pages = pages;
        this.committed = new AfterCommitBatches(name, pages::publish);
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
