package dk.sammen.live;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the presence service keeps who is on which scoping: in memory on a single server, shared
 * through the database between the servers of a cluster.
 */
public interface PresenceBoard {

    /** Adds or replaces an open view of this server. */
    void put(long scopingId, Presence presence);

    /** An open view of this server, if it is still there. */
    @Nullable Presence find(long scopingId, String viewKey);

    void remove(long scopingId, String viewKey);

    /** Everyone on the scoping now, on every server, in {@link Presence#SHOWN_ORDER}. */
    List<Presence> present(long scopingId);
}
