package dk.sammen.security;

import java.time.Instant;

/** What happened to an account that others act on: mails to write, open pages to close. */
public final class AccountEvents {

    private AccountEvents() {
    }

    /**
     * A link to choose a password was issued. Carries the token itself, in memory only (the database
     * holds its hash), so a listener in the same transaction can write the mail to the outbox.
     */
    public record PasswordLinkIssued(UserSummary person, PasswordLink purpose, String token, Instant expiresAt,
                                     String issuedBy) {
    }

    /** The person may no longer sign in; their open pages are closed after commit. */
    public record AccountDeactivated(UserId id, String username) {
    }
}
