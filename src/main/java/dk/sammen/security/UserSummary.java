package dk.sammen.security;

import java.util.Locale;

/** What the rest of the application may know of an account: never its password. E-mail is "" when unknown. */
public record UserSummary(UserId id, String username, String displayName, Locale locale, boolean administrator,
                          String email, boolean active, boolean facilitator) {

    public String initials() {
        String[] words = displayName.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) return "?";
        String first = words[0].substring(0, 1);
        String last = words.length > 1 ? words[words.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase(Locale.ROOT);
    }
}
