package dk.sammen.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One open page's router of a scoping's events: each part of the page registers for the event
 * types it handles and is handed only those, instead of every part looking at every event. An
 * event reaches the handlers of its own type; the page delivers inside its UI access.
 */
public final class PageEvents {

    private final Map<Class<?>, List<Consumer<Object>>> handlers = new HashMap<>();

    /** Hands every later event of this type to {@code handler}, in the order handlers registered. */
    @SuppressWarnings("unchecked")
    public <E extends ScopingEvent> void on(Class<E> type, Consumer<? super E> handler) {
        handlers.computeIfAbsent(type, t -> new ArrayList<>(2)).add(event -> handler.accept((E) event));
    }

    /** Passes one committed event to the handlers of its type. */
    public void deliver(ScopingEvent event) {
        List<Consumer<Object>> forType = handlers.get(event.getClass());
        if (forType == null) return;
        // A handler may register another (a part built while the event is drawn): a copy keeps the loop safe.
        for (Consumer<Object> handler : List.copyOf(forType)) handler.accept(event);
    }
}
