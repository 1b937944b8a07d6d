package dk.sammen.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notice to one person: its kind, the message key of its text (notices from before kinds existed
 * keep their own) with its arguments of its text (already in the person's language),
 * the place in Sammen it leads to (a path such as {@code scoping/7?at=review-panel}, made by {@code ScopingPlace}), when, and whether read.
 */
public record Notice(long id, NoticeKind kind, long scopingId, String messageKey, List<String> args, String link, Instant createdAt, boolean read) {

    public Notice {
        args = List.copyOf(args);
    }
}
