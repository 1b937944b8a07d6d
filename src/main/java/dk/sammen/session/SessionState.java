package dk.sammen.session;

/** Where a live session is. */
public enum SessionState {
    RUNNING,
    /** The facilitator left for more than ten minutes; anyone with the facilitator role can take over. */
    PAUSED,
    ENDED;

    public String messageKey() {
        return "session.state." + name();
    }
}
