package dk.sammen.session;

import dk.sammen.scoping.ScopingId;

/**
 * A live session ended and its minutes can be read: published in the ending transaction, as the
 * person who ended it (for the notices and the mail with the minutes to every member).
 */
public record SessionEnded(ScopingId scoping, long sessionId) {
}
