package dk.sammen.notification;

/** What a notice is about; each person chooses per topic how they hear of it. */
public enum Topic {
    /** Invitations to scopings. */
    SCOPINGS,
    /** Review, approvals and the approved charter. */
    APPROVALS,
    /** Disagreements, their positions and deadlines. */
    DISAGREEMENTS,
    /** Review dates and the end date of a partnership. */
    DATES;

    public String messageKey() {
        return "notifications.topic." + name();
    }
}
