package dk.sammen.scoping;

/** How far a scoping has come. Draft and Reopened are the stages in which the canvas is edited. */
public enum Stage {
    DRAFT, IN_REVIEW, APPROVED, REOPENED;

    public boolean editable() {
        return this == DRAFT || this == REOPENED;
    }

    public String messageKey() {
        return "stage." + name();
    }
}
