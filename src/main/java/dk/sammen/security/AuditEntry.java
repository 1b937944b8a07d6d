package dk.sammen.security;

import java.time.Instant;

/** One administrative change: who, when, what, and the value before and after. */
public record AuditEntry(Instant at, String actor, String action, String subject, String before, String after) {
}
