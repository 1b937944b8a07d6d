package dk.sammen.notification.internal;

import dk.sammen.base.AbstractEntity;
import dk.sammen.notification.Delivery;
import dk.sammen.notification.Notice;
import dk.sammen.notification.NoticeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "notice")
public class NoticeEntity extends AbstractEntity {

    /** Between arguments: the unit separator, which text typed by users cannot contain (TextRules refuses control characters). */
    private static final String SEPARATOR = "\u001f";

    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "scoping_id", nullable = false)
    private long scopingId;
    @Column(name = "flag_id")
    private @Nullable Long flagId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeKind kind;
    /** Kept for the notices written before kinds existed; new ones carry their kind's key. */
    @Column(name = "message_key", nullable = false)
    private String messageKey;
    @Column(nullable = false)
    private String args;
    @Column(nullable = false)
    private String link;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Delivery delivery;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "seen", nullable = false)
    private boolean read;
    @Column(name = "digested_at")
    private @Nullable Instant digestedAt;

    protected NoticeEntity() {
    }

    NoticeEntity(long userId, long scopingId, @Nullable Long flagId, NoticeKind kind, List<String> args, String link,
                 Delivery delivery, Instant createdAt) {
        this.userId = userId;
        this.scopingId = scopingId;
        this.flagId = flagId;
        this.kind = kind;
        this.messageKey = kind.noticeKey();
        this.args = String.join(SEPARATOR, args);
        this.link = link;
        this.delivery = delivery;
        this.createdAt = createdAt;
    }

    public Notice toNotice() {
        return new Notice(requireId(), kind, scopingId, messageKey, Arrays.asList(args.split(SEPARATOR, -1)), link, createdAt, read);
    }

    public long userId() {
        return userId;
    }

    public void markRead() {
        read = true;
    }

    void digested(Instant at) {
        digestedAt = at;
    }
}
