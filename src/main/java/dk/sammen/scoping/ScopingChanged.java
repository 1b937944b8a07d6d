package dk.sammen.scoping;

import dk.sammen.live.ScopingEvent;

/** The scoping itself changed: its details, parties or members. Open views read it again. */
public record ScopingChanged(long scopingId) implements ScopingEvent {
}
