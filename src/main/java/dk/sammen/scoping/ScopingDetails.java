package dk.sammen.scoping;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Everything about a scoping but its canvas content. */
public record ScopingDetails(ScopingId id, String title, String caseNumber, Stage stage, int versionNumber,
                             long lockVersion, List<Party> parties, List<Member> members, Instant changedAt,
                             String changedBy, Membership me) {

    /** The same details after {@code by} changed the scoping at {@code at}. */
    public ScopingDetails changed(Instant at, String by) {
        return new ScopingDetails(id, title, caseNumber, stage, versionNumber, lockVersion, parties, members, at, by, me);
    }

    public List<Member> membersOf(PartyId party) {
        return members.stream().filter(m -> party.equals(m.party())).toList();
    }

    public Optional<Member> leaderOf(PartyId party) {
        return members.stream().filter(m -> m.role() == ScopingRole.LEADER && party.equals(m.party())).findFirst();
    }

    /** Whether the person these details were read for is this party's approving leader. */
    public boolean meLeads(PartyId party) {
        return leaderOf(party).map(m -> m.user().id().equals(me().user().id())).orElse(false);
    }

    public List<Member> withRole(ScopingRole role) {
        return members.stream().filter(m -> m.role() == role).toList();
    }

    public Optional<Party> party(PartyId id) {
        return parties.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
