package dk.sammen.base;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A row people change and may change at the same time: who changed it last and when, and the
 * version that an edit based on an older one is refused against (ADR 0002).
 */
@MappedSuperclass
public abstract class ChangeTrackedEntity extends AbstractEntity {

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;
    @Column(name = "changed_by", nullable = false)
    private long changedBy;
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getChangedBy() {
        return changedBy;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    /** Records who changed the row and when; the subclass's intent method says what changed. */
    protected final void changedBy(long by, Instant at) {
        this.changedBy = by;
        this.changedAt = at;
    }
}
