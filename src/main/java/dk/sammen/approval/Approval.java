package dk.sammen.approval;

import dk.sammen.scoping.PartyId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One leader's decision for their party on one round: who, for which party, what, when, on which
 * fingerprint and how they had signed in. Withdrawn when the content changed after it was given.
 */
public record Approval(PartyId party, String partyName, String leaderName, Decision decision, Instant decidedAt,
                       Fingerprint fingerprint, String signInMethod, @Nullable Instant withdrawnAt) {

    public boolean standing() {
        return withdrawnAt == null;
    }
}
