package dk.sammen.scoping;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A line of the dashboard. */
public record ScopingSummary(ScopingId id, String title, Stage stage, List<String> partyNames, Instant changedAt,
                             String changedBy, Set<ScopingRole> myRoles) {
}
