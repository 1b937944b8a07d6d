package dk.sammen.mail;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A mail in the outbox as an administrator sees it. */
public record QueuedMail(long id, String recipient, String subject, String text, Instant createdAt, int attempts,
                         State state, @Nullable Instant sentAt, @Nullable String lastError,
                         List<String> attachmentNames) {

    public QueuedMail {
        attachmentNames = List.copyOf(attachmentNames);
    }

    public enum State {
        /** Waiting to be sent (or, in development, kept here to be read). */
        WAITING,
        SENT,
        /** Refused by the server or given up after many tries: not retried. */
        FAILED;

        public String messageKey() {
            return "mail.state." + name();
        }
    }
}
