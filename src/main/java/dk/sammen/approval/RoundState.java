package dk.sammen.approval;

/** Where a review round stands. Stored by name in {@code review_round.state}. */
public enum RoundState {
    /** Sent to review; the leaders decide on its fingerprint. */
    OPEN,
    /** Every party's leader approved it: the version is frozen and has a charter. */
    APPROVED,
    /** The canvas changed during review (or the round was reopened): a new round replaced it. */
    SUPERSEDED
}
