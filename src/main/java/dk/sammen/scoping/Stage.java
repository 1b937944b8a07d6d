package dk.sammen.scoping;

/**
 * How far a scoping has come. The canvas is edited in Draft and Reopened, and also In review,
 * where any change makes a new version and withdraws the approvals given so far. Approved is frozen.
 */
public enum Stage {
    DRAFT, IN_REVIEW, APPROVED, REOPENED;

    public boolean editable() {
        return this != APPROVED;
    }

    /** Draft → In review → Approved → Reopened → In review …; anything else is refused. */
    public boolean mayMoveTo(Stage next) {
        return switch (this) {
            case DRAFT, REOPENED -> next == IN_REVIEW;
            case IN_REVIEW -> next == APPROVED;
            case APPROVED -> next == REOPENED;
        };
    }

    public String messageKey() {
        return "stage." + name();
    }
}
