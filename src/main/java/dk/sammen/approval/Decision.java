package dk.sammen.approval;

/** A leader's answer on a version in review. */
public sealed interface Decision {

    record Approve() implements Decision {
    }

    /** Approves, with a reservation that goes into the charter's open issues and reservations. */
    record ApproveWithReservation(String reservation) implements Decision {
    }

    record Decline(String reason) implements Decision {
    }

    default boolean approves() {
        return !(this instanceof Decline);
    }

    default String key() {
        return switch (this) {
            case Approve a -> "APPROVED";
            case ApproveWithReservation r -> "APPROVED_WITH_RESERVATION";
            case Decline d -> "DECLINED";
        };
    }

    default String note() {
        return switch (this) {
            case Approve a -> "";
            case ApproveWithReservation r -> r.reservation();
            case Decline d -> d.reason();
        };
    }

    static Decision of(String key, String note) {
        return switch (key) {
            case "APPROVED" -> new Approve();
            case "APPROVED_WITH_RESERVATION" -> new ApproveWithReservation(note);
            case "DECLINED" -> new Decline(note);
            default -> throw new IllegalStateException("unknown decision " + key);
        };
    }
}
