package dk.sammen.security;

public record UserId(long value) {
}
