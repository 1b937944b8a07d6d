package dk.sammen.disagreement;

import dk.sammen.scoping.PartyId;
import dk.sammen.scoping.ScopingId;
import java.util.Set;

/** What happened to a disagreement, for telling people; published inside the transaction that did it. */
public record FlagNews(ScopingId scoping, long flagId, String section, What what, String flagTitle, Set<PartyId> parties, int level,
                       long by) {

    public FlagNews {
        parties = Set.copyOf(parties);
    }

    public enum What { RAISED, ESCALATED, RESOLVED, ACCEPTED, REOPENED }
}
