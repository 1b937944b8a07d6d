package dk.sammen.charter;

import static dk.sammen.TestUsers.as;

import dk.sammen.approval.ApprovalService;
import dk.sammen.approval.ReviewRound;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingService;

/** The sample data's approved scoping, "Trygge skoleveje ved vejarbejde", and its approved round, as Nanna (its facilitator) finds them. */
public final class SampleCharter {

    public static final String TITLE = "Trygge skoleveje ved vejarbejde";

    private SampleCharter() {
    }

    public static ScopingId scoping(ScopingService scopings) {
        return as("nanna", () -> scopings.myScopings()).stream().filter(s -> s.title().equals(TITLE)).findFirst().orElseThrow().id();
    }

    public static ReviewRound approvedRound(ApprovalService approvals, ScopingId scoping) {
        return as("nanna", () -> approvals.rounds(scoping)).stream().filter(ReviewRound::approved).findFirst().orElseThrow();
    }
}
