package dk.sammen.disagreement;

import dk.sammen.live.ScopingEvent;

/** A flag of the scoping was raised, changed or closed. */
public record FlagsChanged(long scopingId) implements ScopingEvent {
}
