package dk.sammen.scoping;

import dk.sammen.security.UserSummary;
import org.jspecify.annotations.Nullable;

/** One role a person holds in a scoping; a participant or leader also names their party. */
public record Member(long id, UserSummary user, ScopingRole role, @Nullable PartyId party) {
}
