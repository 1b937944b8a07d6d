package dk.sammen.live.internal;

import dk.sammen.live.Presence;
import dk.sammen.live.PresenceBoard;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Presence on a single server; also this server's own part of the presence of a cluster. */
@Component
@ConditionalOnProperty(name = "sammen.cluster", havingValue = "false", matchIfMissing = true)
class InMemoryPresenceBoard implements PresenceBoard {

    private final Map<Long, Map<String, Presence>> present = new ConcurrentHashMap<>();

    @Override
    public void put(long scopingId, Presence presence) {
        present.computeIfAbsent(scopingId, id -> new ConcurrentHashMap<>()).put(presence.viewKey(), presence);
    }

    @Override
    public @Nullable Presence find(long scopingId, String viewKey) {
        Map<String, Presence> views = present.get(scopingId);
        return views == null ? null : views.get(viewKey);
    }

    @Override
    public void remove(long scopingId, String viewKey) {
        present.computeIfPresent(scopingId, (id, views) -> {
            views.remove(viewKey);
            return views.isEmpty() ? null : views;
        });
    }

    @Override
    public List<Presence> present(long scopingId) {
        return present.getOrDefault(scopingId, Map.of()).values().stream().sorted(Presence.SHOWN_ORDER).toList();
    }

    /** Every open view of this server, by scoping. */
    Map<Long, List<Presence>> all() {
        Map<Long, List<Presence>> copy = new java.util.HashMap<>();
        present.forEach((scoping, views) -> copy.put(scoping, List.copyOf(views.values())));
        return copy;
    }
}
