package dk.sammen.canvas;

import dk.sammen.scoping.PartyId;
import org.jspecify.annotations.Nullable;

/** A field of the canvas, or one party's entry of a per-party field. */
public record FieldRef(String section, String field, @Nullable PartyId party) {

    public static FieldRef joint(String section, String field) {
        return new FieldRef(section, field, null);
    }

    public static FieldRef forParty(String section, String field, PartyId party) {
        return new FieldRef(section, field, party);
    }

    /** A stored key read back ({@link #key()} the other way): "section/field" or "section/field/partyId". */
    public static FieldRef parse(String key) {
        String[] parts = key.split("/", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new IllegalArgumentException("Not a field key: " + key);
        }
        return new FieldRef(parts[0], parts[1], parts.length == 3 ? new PartyId(Long.parseLong(parts[2])) : null);
    }

    /** The one key under which this value is stored. */
    public String key() {
        return section + "/" + field + (party == null ? "" : "/" + party.value());
    }
}
