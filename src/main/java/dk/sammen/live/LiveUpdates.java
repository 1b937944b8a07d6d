package dk.sammen.live;

import java.util.List;
import java.util.function.Consumer;

/**
 * The one small door for pushing committed changes to every open view of a scoping. The
 * in-memory implementation serves one server; an implementation over PostgreSQL LISTEN/NOTIFY can
 * carry the same events between several servers without touching the features.
 */
public interface LiveUpdates {

    /**
     * Delivers every later event of this scoping to the listener until the registration is removed,
     * one committed transaction's events together, in the order they were published (an open page
     * applies them in one {@code ui.access}: one push for the answer, its history line and the
     * review gate, not three). The listener is called with the identity of the thread that
     * subscribed, whoever wrote the change.
     */
    Subscription subscribeBatches(long scopingId, Consumer<List<ScopingEvent>> listener);

    /** As {@link #subscribeBatches}, one event at a time. */
    default Subscription subscribe(long scopingId, Consumer<ScopingEvent> listener) {
        return subscribeBatches(scopingId, events -> events.forEach(listener));
    }

    /**
     * Delivers every later event that concerns this person (for example to the unread count in the
     * top bar of each of their open pages), with the identity of the subscribing thread.
     */
    Subscription subscribePersonal(long userId, Consumer<PersonalEvent> listener);

    /** Hands a personal event to each open page of the people it concerns. Called after commit only. */
    void publishPersonal(PersonalEvent event);

    /** Hands an event to every subscriber of its scoping. Called after commit only. */
    void publish(ScopingEvent event);

    /** How many listeners a scoping has now; for tests and measurements. */
    int subscriberCount(long scopingId);

    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
