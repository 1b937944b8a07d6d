package dk.sammen.charter;

import dk.sammen.approval.ReviewRound;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a charter file or fingerprint matches an approved version on record. {@code reason} is a
 * message key saying why when it does not; {@code rounds} are the matching approved versions the
 * user may see, with {@code scopingTitles} in the same order.
 */
public record Verification(boolean matches, String reason, @Nullable String fingerprint, List<ReviewRound> rounds,
                           List<String> scopingTitles) {

    public Verification {
        rounds = List.copyOf(rounds);
        scopingTitles = List.copyOf(scopingTitles);
    }
}
