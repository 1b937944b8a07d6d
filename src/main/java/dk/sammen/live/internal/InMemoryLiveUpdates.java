package dk.sammen.live.internal;

import dk.sammen.live.LiveUpdates;
import dk.sammen.live.ScopingEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fan-out within one JVM. Subscribers are views; each wraps its own delivery in {@code ui.access},
 * which queues the change for that browser without blocking the writer.
 */
@Component
class InMemoryLiveUpdates implements LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(InMemoryLiveUpdates.class);
    private final Map<Long, List<Consumer<ScopingEvent>>> listeners = new ConcurrentHashMap<>();

    @Override
    public Subscription subscribe(long scopingId, Consumer<ScopingEvent> listener) {
        listeners.computeIfAbsent(scopingId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(scopingId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** Only committed changes travel: a rolled-back write never reaches anyone's screen. */
    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(ScopingEvent event) {
        publish(event);
    }

    @Override
    public void publish(ScopingEvent event) {
        for (Consumer<ScopingEvent> listener : listeners.getOrDefault(event.scopingId(), List.of())) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                // One broken view must not keep the change from everybody else.
                log.warn("A live listener of scoping {} failed", event.scopingId(), e);
            }
        }
    }

    @Override
    public int subscriberCount(long scopingId) {
        return listeners.getOrDefault(scopingId, List.of()).size();
    }
}
