package dk.sammen.notification;

/**
 * Every kind of notice Sammen gives. The in-app text is {@code notice.<KIND>}, the mail's subject
 * {@code mail.notice.<KIND>.subject} and its link text {@code mail.notice.<KIND>.link}; their
 * arguments are the notice's arguments, in the order given here.
 */
public enum NoticeKind {
    /** {0} scoping, {1} who invited, {2} your role. */
    INVITED(Topic.SCOPINGS),
    /** {0} scoping, {1} facilitator, {2} fingerprint. */
    REVIEW_REQUESTED(Topic.APPROVALS),
    /** {0} scoping, {1} who changed it, {2} the new fingerprint, {3} the changed sections. */
    APPROVALS_WITHDRAWN(Topic.APPROVALS),
    /** {0} scoping, {1} fingerprint. */
    APPROVED(Topic.APPROVALS),
    /** {0} scoping, {1} days since the request, {2} fingerprint. */
    APPROVAL_REMINDER(Topic.APPROVALS),
    /** {0} scoping, {1} who, {2} flag. */
    FLAG_RAISED(Topic.DISAGREEMENTS),
    /** {0} scoping, {1} who, {2} flag, {3} level. */
    FLAG_ESCALATED(Topic.DISAGREEMENTS),
    /** {0} scoping, {1} who, {2} flag. */
    FLAG_RESOLVED(Topic.DISAGREEMENTS),
    /** {0} scoping, {1} who, {2} flag. */
    FLAG_ACCEPTED(Topic.DISAGREEMENTS),
    /** {0} scoping, {1} who, {2} flag. */
    FLAG_REOPENED(Topic.DISAGREEMENTS),
    /** {0} scoping, {1} flag, {2} deadline. */
    FLAG_DEADLINE_NEAR(Topic.DISAGREEMENTS),
    /** {0} scoping, {1} flag, {2} deadline. */
    FLAG_OVERDUE(Topic.DISAGREEMENTS),
    /** {0} scoping, {1} flag, {2} your party, {3} working days since it was raised. */
    POSITION_MISSING(Topic.DISAGREEMENTS),
    /** {0} scoping, {1} what (review date or end date), {2} the date, {3} working days until it. */
    DATE_AHEAD(Topic.DATES),
    /** {0} scoping, {1} who led the session, {2} when it started. */
    MINUTES_READY(Topic.SCOPINGS);

    private final Topic topic;

    NoticeKind(Topic topic) {
        this.topic = topic;
    }

    public Topic topic() {
        return topic;
    }

    public String noticeKey() {
        return "notice." + name();
    }
}
