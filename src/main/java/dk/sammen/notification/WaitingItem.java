package dk.sammen.notification;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something that waits for the signed-in person: an approval to give, a position their party has
 * not written, a flag near or past its deadline, a date ahead, an invitation. The text is
 * {@code waiting.<KIND>} with the arguments; {@code link} leads to the place.
 */
public record WaitingItem(Kind kind, long scopingId, List<String> args, String link, @Nullable LocalDate due) {

    public WaitingItem {
        args = List.copyOf(args);
    }

    public enum Kind { APPROVAL, POSITION, DEADLINE, OVERDUE, DATE, INVITATION }

    public String messageKey() {
        return "waiting." + kind.name();
    }
}
