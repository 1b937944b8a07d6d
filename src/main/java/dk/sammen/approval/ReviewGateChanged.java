package dk.sammen.approval;

import dk.sammen.live.ScopingEvent;

/**
 * The review gate after a change to a scoping in draft, worked out once by the writer, so that
 * open pages show it without each of them reading the whole canvas again.
 */
public record ReviewGateChanged(long scopingId, ReviewGate gate) implements ScopingEvent {
}
