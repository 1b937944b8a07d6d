package dk.sammen.session;

import dk.sammen.live.ScopingEvent;
import org.jspecify.annotations.Nullable;

/**
 * The scoping's live session started, moved, changed or ended; carries it as every member may see
 * it (hidden answers are not in it), or null when the page should read it again itself (a change
 * made by Sammen's own background work, which reads as nobody).
 */
public record SessionChanged(long scopingId, @Nullable LiveSession session) implements ScopingEvent {
}
