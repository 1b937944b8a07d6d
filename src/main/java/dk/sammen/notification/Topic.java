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

    /** The topic of this name (as it travels in an unsubscribe link), if there is one. */
    public static java.util.Optional<Topic> named(String name) {
        return java.util.Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }

    public String messageKey() {
        return "notifications.topic." + name();
    }
}
