package dk.sammen.live;

/**
 * This server could not learn some changes of a scoping one by one (its link to the other servers
 * was down longer than they are kept): an open page should read the scoping again.
 */
public record ChangesMissed(long scopingId) implements ScopingEvent {
}
