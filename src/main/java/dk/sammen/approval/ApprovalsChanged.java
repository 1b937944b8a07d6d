package dk.sammen.approval;

import dk.sammen.live.ScopingEvent;

/** A scoping went to review, got a decision, a new review version, or was approved or reopened. */
public record ApprovalsChanged(long scopingId) implements ScopingEvent {
}
