package dk.sammen.security;

import dk.sammen.base.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Password rules after NIST SP 800-63B (5.1.1.2): long enough, no composition rules, not a known
 * common password and not the person's own user name. Pass phrases are welcome.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** Adds any problem under the field "password"; nothing is said about which common list matched. */
    public static void check(InvalidInputException.Collector problems, String password, String username) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("password", "validation.passwordTooShort", MIN_LENGTH);
            return;
        }
        if (length > MAX_LENGTH) {
            problems.add("password", "validation.tooLong", MAX_LENGTH);
            return;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            problems.add("password", "validation.passwordCommon");
        } else if (username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password", "validation.passwordHasUsername");
        }
    }

    private static Set<String> load() {
        try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                PasswordRules.class.getResourceAsStream("/security/common-passwords.txt")), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
