package dk.sammen.security.internal;

import java.util.Locale;

/** User names for new people: from the wanted name or the e-mail's local part, with a number when taken. */
public final class Usernames {

    private Usernames() {
    }

    /** "anne.holm@kk.dk" becomes "anne.holm", or "anne.holm2" when that is taken. */
    public static String free(UserAccountRepository accounts, String wanted, String email) {
        String base = wanted.isEmpty() ? email.replaceAll("@.*$", "") : wanted;
        base = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        if (base.length() < 2) base = "person";
        if (base.length() > 90) base = base.substring(0, 90);
        String candidate = base;
        for (int n = 2; accounts.existsByUsername(candidate); n++) candidate = base + n;
        return candidate;
    }
}
