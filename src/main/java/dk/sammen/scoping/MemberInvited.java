package dk.sammen.scoping;

import org.jspecify.annotations.Nullable;

/** A person was given a role in a scoping; published inside the inviting transaction. */
public record MemberInvited(ScopingId scoping, long userId, ScopingRole role, @Nullable PartyId party, long invitedBy) {
}
