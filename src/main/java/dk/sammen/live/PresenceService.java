package dk.sammen.live;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Who has a scoping open right now and where in it they are. Ephemeral by design: it is rebuilt
 * as views attach, and kept on a {@link PresenceBoard} (this server's memory, or shared by the
 * servers of a cluster). The caller (the view) has already been let into the scoping by the
 * scoping service; a view key is unique per open browser tab.
 */
@Service
public class PresenceService {

    /** Vaadin's theme has this many user colours (--vaadin-user-color-0 …), shared by avatars and section markers. */
    public static final int COLOURS = 7;

    private final PresenceBoard board;
    private final LiveUpdates live;

    PresenceService(PresenceBoard board, LiveUpdates live) {
        this.board = board;
        this.live = live;
    }

    /** Announces an open view; closing the returned subscription takes it away again. */
    public LiveUpdates.Subscription join(long scopingId, Presence presence) {
        board.put(scopingId, presence);
        announce(scopingId);
        return () -> leave(scopingId, presence.viewKey());
    }

    /** Notes which section a view is working in (null: none). Announced only when it changes. */
    public void focus(long scopingId, String viewKey, @Nullable String section) {
        Presence before = board.find(scopingId, viewKey);
        if (before == null || Objects.equals(before.section(), section)) return;
        board.put(scopingId, before.inSection(section));
        announce(scopingId);
    }

    public List<Presence> present(long scopingId) {
        return board.present(scopingId);
    }

    /** A stable colour per person, so everyone sees the same person in the same colour. */
    public static int colourOf(long userId) {
        return (int) Math.floorMod(userId, COLOURS);
    }

    private void leave(long scopingId, String viewKey) {
        board.remove(scopingId, viewKey);
        announce(scopingId);
    }

    private void announce(long scopingId) {
        live.publish(new PresenceChanged(scopingId, present(scopingId)));
    }
}
