package dk.sammen.canvas;

import java.time.Instant;

/** An answer as stored, with the version a later write must be based on. */
public record StoredValue(FieldRef ref, String value, long version, String changedBy, Instant changedAt) {

    /** The version to send when writing a field that has no stored answer yet. */
    public static final long NEW = -1;
}
