package dk.sammen.disagreement.internal;

import dk.sammen.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "notice")
public class NoticeEntity extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    public long userId;
    @Column(name = "scoping_id", nullable = false)
    public long scopingId;
    @Column(name = "flag_id")
    public Long flagId;
    @Column(name = "message_key", nullable = false)
    public String messageKey;
    /** Message arguments separated by the unit separator (U+001F), which user text cannot contain. */
    @Column(nullable = false)
    public String args;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    public boolean seen;

    protected NoticeEntity() {
    }

    public NoticeEntity(long userId, long scopingId, Long flagId, String messageKey, String args, Instant createdAt) {
        this.userId = userId;
        this.scopingId = scopingId;
        this.flagId = flagId;
        this.messageKey = messageKey;
        this.args = args;
        this.createdAt = createdAt;
    }
}
