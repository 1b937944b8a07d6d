package dk.sammen.session;

/** One section of a session's agenda, its time box in minutes, and the seconds spent on it so far. */
public record AgendaItem(String section, int minutes, long spentSeconds) {

    public AgendaItem withSpent(long more) {
        return new AgendaItem(section, minutes, spentSeconds + more);
    }
}
