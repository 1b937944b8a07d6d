package dk.sammen.live;

import java.util.List;

/** Who is on a scoping's page now changed; carries the whole current list. */
public record PresenceChanged(long scopingId, List<Presence> present) implements ScopingEvent {

    public PresenceChanged {
        present = List.copyOf(present);
    }
}
