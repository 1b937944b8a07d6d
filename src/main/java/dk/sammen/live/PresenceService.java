package dk.sammen.live;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Who has a scoping open right now and where in it they are. Ephemeral by design: it lives in
 * memory and is rebuilt as views attach. The caller (the view) has already been let into the
 * scoping by the scoping service; a view key is unique per open browser tab.
 */
@Service
public class PresenceService {

    /** Vaadin's theme has this many user colours (--vaadin-user-color-0 …), shared by avatars and section markers. */
    public static final int COLOURS = 7;

    private final Map<Long, Map<String, Presence>> present = new ConcurrentHashMap<>();
    private final LiveUpdates live;

    PresenceService(LiveUpdates live) {
        this.live = live;
    }

    /** Announces an open view; closing the returned subscription takes it away again. */
    public LiveUpdates.Subscription join(long scopingId, Presence presence) {
        present.computeIfAbsent(scopingId, id -> new ConcurrentHashMap<>()).put(presence.viewKey(), presence);
        announce(scopingId);
        return () -> leave(scopingId, presence.viewKey());
    }

    /** Notes which section a view is working in (null: none). Announced only when it changes. */
    public void focus(long scopingId, String viewKey, @Nullable String section) {
        Map<String, Presence> views = present.get(scopingId);
        if (views == null) return;
        Presence before = views.get(viewKey);
        if (before == null || java.util.Objects.equals(before.section(), section)) return;
        views.put(viewKey, before.inSection(section));
        announce(scopingId);
    }

    public List<Presence> present(long scopingId) {
        return present.getOrDefault(scopingId, Map.of()).values().stream()
                .sorted(Comparator.comparing(Presence::name).thenComparing(Presence::viewKey)).toList();
    }

    /** A stable colour per person, so everyone sees the same person in the same colour. */
    public static int colourOf(long userId) {
        return (int) Math.floorMod(userId, COLOURS);
    }

    private void leave(long scopingId, String viewKey) {
        present.computeIfPresent(scopingId, (id, views) -> {
            views.remove(viewKey);
            return views.isEmpty() ? null : views;
        });
        announce(scopingId);
    }

    private void announce(long scopingId) {
        live.publish(new PresenceChanged(scopingId, present(scopingId)));
    }
}
