package dk.sammen.disagreement;

/**
 * Where a disagreement stands. Open and Escalated are active and block review; a Resolved flag
 * carries its decision; an Accepted one is an agreed open issue that goes into the charter.
 */
public sealed interface FlagState {

    record Open() implements FlagState {
    }

    record Escalated() implements FlagState {
    }

    record Resolved(String decision, String decidedBy, int level) implements FlagState {
    }

    record Accepted() implements FlagState {
    }

    default boolean active() {
        return this instanceof Open || this instanceof Escalated;
    }

    /** The stored and translated name: OPEN, ESCALATED, RESOLVED, ACCEPTED. */
    default String key() {
        return switch (this) {
            case Open o -> "OPEN";
            case Escalated e -> "ESCALATED";
            case Resolved r -> "RESOLVED";
            case Accepted a -> "ACCEPTED";
        };
    }
}
