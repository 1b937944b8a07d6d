package dk.sammen.live.internal;

import dk.sammen.base.Identity;
import dk.sammen.live.LiveUpdates;
import dk.sammen.live.PersonalEvent;
import dk.sammen.live.ScopingEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * The open pages of this server and the delivery of a change to them. Subscribers are views; each
 * wraps its own delivery in {@code ui.access}, which queues the change for that browser without
 * blocking the writer. Used by both {@link LiveUpdates} implementations: alone on a single server,
 * and with the changes read from the database on each server of a cluster.
 *
 * <p>A delivery runs on the writer's thread or, with many pages open, on a helper thread beside it
 * ({@link ParallelDelivery}); when the viewer's session is idle, {@code ui.access} runs at once
 * there. So each subscriber is called with the identity it subscribed with, and the thread gets
 * its own identity back afterwards: no view has to swap identities on someone else's thread, and
 * no writer leaves the fan-out as the last viewer.
 *
 * @see "docs/adr/0011-fan-out-and-canvas-extensions.md"
 * @see "docs/adr/0006-identity-on-live-deliveries.md"
 */
@Component
class LocalFanOut {

    private static final Logger log = LoggerFactory.getLogger(LocalFanOut.class);
    private final Map<Long, List<Subscriber<List<ScopingEvent>>>> listeners = new ConcurrentHashMap<>();
    private final Map<Long, List<Subscriber<PersonalEvent>>> personal = new ConcurrentHashMap<>();
    private final ParallelDelivery delivery;

    LocalFanOut(ParallelDelivery delivery) {
        this.delivery = delivery;
    }

    /** Identity-compared, so the same listener subscribed twice is two subscriptions. */
    private static final class Subscriber<E> {
        final Consumer<E> listener;
        final SecurityContext identity;

        Subscriber(Consumer<E> listener, SecurityContext identity) {
            this.listener = listener;
            this.identity = identity;
        }
    }

    LiveUpdates.Subscription subscribe(long scopingId, Consumer<List<ScopingEvent>> listener) {
        return add(listeners, scopingId, listener);
    }

    LiveUpdates.Subscription subscribePersonal(long userId, Consumer<PersonalEvent> listener) {
        return add(personal, userId, listener);
    }

    private static <E> LiveUpdates.Subscription add(Map<Long, List<Subscriber<E>>> channels, long key, Consumer<E> listener) {
        Subscriber<E> subscriber = new Subscriber<>(listener, Identity.current());
        channels.computeIfAbsent(key, id -> new CopyOnWriteArrayList<>()).add(subscriber);
        return () -> channels.computeIfPresent(key, (id, list) -> {
            list.remove(subscriber);
            return list.isEmpty() ? null : list;
        });
    }

    void publish(ScopingEvent event) {
        publish(event.scopingId(), List.of(event));
    }

    /** One committed transaction's events of one scoping, handed to each page together. */
    void publish(long scopingId, List<ScopingEvent> events) {
        deliver(listeners.getOrDefault(scopingId, List.of()), List.copyOf(events));
    }

    void publishPersonal(PersonalEvent event) {
        event.userIds().forEach(user -> deliver(personal.getOrDefault(user, List.of()), event));
    }

    private <E> void deliver(List<Subscriber<E>> subscribers, E event) {
        List<Subscriber<E>> now = List.copyOf(subscribers); // the pages open at this moment, in the order they opened
        delivery.forEach(now.size(), i -> {
            Subscriber<E> subscriber = now.get(i);
            try {
                Identity.with(subscriber.identity, () -> subscriber.listener.accept(event));
            } catch (RuntimeException e) {
                // One broken view must not keep the change from everybody else.
                log.warn("A live listener failed on {}", event, e);
            }
        });
    }

    int subscriberCount(long scopingId) {
        return listeners.getOrDefault(scopingId, List.of()).size();
    }
}
