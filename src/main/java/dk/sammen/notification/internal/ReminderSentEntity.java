package dk.sammen.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A reminder that went to a person, by its key (for example {@code position:12:3:1}: flag 12, party 3,
 * the first reminder). A key is sent once, which keeps reminders to at most one per item and period,
 * also when two servers or a restart run the same morning twice.
 */
@Entity
@Table(name = "reminder_sent")
class ReminderSentEntity {

    @EmbeddedId
    private Key key;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ReminderSentEntity() {
    }

    ReminderSentEntity(long userId, String itemKey, Instant sentAt) {
        this.key = new Key(userId, itemKey);
        this.sentAt = sentAt;
    }

    @Embeddable
    record Key(@Column(name = "user_id") long userId, @Column(name = "item_key") String itemKey) implements Serializable {
    }
}
