package dk.sammen.scoping;

/** A person's role in one scoping. The same person can hold other roles in other scopings. */
public enum ScopingRole {
    /** Started the scoping; names the parties, invites people, moves it through its stages. */
    FACILITATOR,
    /** A member of one party; edits the canvas. */
    PARTICIPANT,
    /** The neutral evaluator: reads everything and flags disagreements, but does not edit or sign. */
    EVALUATOR,
    /** The one approving leader of a party. */
    LEADER;

    public boolean belongsToParty() {
        return this == PARTICIPANT || this == LEADER;
    }

    public String messageKey() {
        return "role." + name();
    }
}
