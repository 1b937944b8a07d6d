package dk.sammen.approval;

import dk.sammen.scoping.ScopingId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A version sent to review. OPEN while leaders decide; APPROVED when every party's leader
 * approved this fingerprint (then frozen forever); SUPERSEDED when the content changed during review.
 */
public record ReviewRound(long id, ScopingId scoping, int versionNumber, Fingerprint fingerprint, String canonicalJson,
                          RoundState state, String sentBy, Instant sentAt, @Nullable Instant closedAt, List<Approval> approvals) {

    public ReviewRound {
        approvals = List.copyOf(approvals);
    }

    public boolean approved() {
        return state == RoundState.APPROVED;
    }

    public boolean open() {
        return state == RoundState.OPEN;
    }
}
