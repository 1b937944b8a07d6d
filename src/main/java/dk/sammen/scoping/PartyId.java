package dk.sammen.scoping;

public record PartyId(long value) {
}
