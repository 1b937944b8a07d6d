package dk.sammen.disagreement;

import java.time.Instant;
import java.util.List;

/** An in-app notice to one person: a message key with its arguments, where and when. */
public record Notice(long id, long scopingId, String messageKey, List<String> args, Instant createdAt, boolean seen) {

    public Notice {
        args = List.copyOf(args);
    }
}
