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

    /** The one key under which this value is stored. */
    public String key() {
        return section + "/" + field + (party == null ? "" : "/" + party.value());
    }
}
