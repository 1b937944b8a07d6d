package dk.sammen.approval;

import dk.sammen.scoping.ScopingId;
import java.util.List;

/** What happened in a scoping's review, for telling people; published inside the transaction that did it. */
public sealed interface ReviewNews {

    ScopingId scoping();

    long roundId();

    /** The facilitator sent this version (with this fingerprint) to the leaders. */
    record Requested(ScopingId scoping, long roundId, Fingerprint fingerprint, long by) implements ReviewNews {
    }

    /** The content changed in review: a new version with a new fingerprint, and the approvals given so far are withdrawn. */
    record Withdrawn(ScopingId scoping, long roundId, Fingerprint fingerprint, List<String> changedSections, long by)
            implements ReviewNews {
        public Withdrawn {
            changedSections = List.copyOf(changedSections);
        }
    }

    /** Every party's leader approved: the charter of this round is in force. */
    record Approved(ScopingId scoping, long roundId, Fingerprint fingerprint) implements ReviewNews {
    }
}
