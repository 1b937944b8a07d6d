package dk.sammen.security;

/**
 * Application-wide roles. Everything a person may do in a scoping is decided by their role in
 * that scoping (see the scoping feature), not by these.
 */
public final class Roles {

    /** Every signed-in person. */
    public static final String USER = "USER";
    /** Keeps departments and user accounts. */
    public static final String ADMIN = "ADMIN";
    /**
     * Sammen's own background work (reminders, digests). It is nobody: every per-scoping service
     * refuses it; only the few doors meant for background work let it in.
     */
    public static final String SYSTEM = "SYSTEM";

    private Roles() {
    }
}
