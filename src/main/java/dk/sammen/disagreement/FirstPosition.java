package dk.sammen.disagreement;

import dk.sammen.scoping.PartyId;

/** A party's position as one of its people already stated it elsewhere (in a session's agreement check). */
public record FirstPosition(PartyId party, String text, long writtenBy) {
}
