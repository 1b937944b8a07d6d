package dk.sammen.scoping;

import dk.sammen.security.UserSummary;
import java.util.Set;

/** What the signed-in user is in one scoping; the basis of every access decision about it. */
public record Membership(ScopingId scoping, UserSummary user, Set<ScopingRole> roles, Set<PartyId> parties, Stage stage) {

    public Membership {
        roles = Set.copyOf(roles);
        parties = Set.copyOf(parties);
    }

    public boolean isFacilitator() {
        return roles.contains(ScopingRole.FACILITATOR);
    }

    /** Facilitators, participants and leaders edit the canvas; the evaluator stays a reader. */
    public boolean mayEditCanvas() {
        return stage.editable() && (isFacilitator() || roles.contains(ScopingRole.PARTICIPANT) || roles.contains(ScopingRole.LEADER));
    }

    /** A party's own answers are written by that party's members, or by the facilitator. */
    public boolean mayEditForParty(PartyId party) {
        return mayEditCanvas() && (isFacilitator() || parties.contains(party));
    }
}
