package dk.sammen.live;

/**
 * Something that happened to a scoping, named in the past tense. Features publish these with
 * Spring's event publisher inside their write transaction; {@link LiveUpdates} passes them on to
 * open views only after the transaction committed.
 */
public interface ScopingEvent {

    long scopingId();
}
