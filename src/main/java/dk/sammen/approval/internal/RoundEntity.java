package dk.sammen.approval.internal;

import dk.sammen.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "review_round")
public class RoundEntity extends AbstractEntity {

    @Column(name = "scoping_id", nullable = false)
    public long scopingId;
    @Column(name = "version_no", nullable = false)
    public int versionNumber;
    @Column(nullable = false)
    public String fingerprint;
    @Column(nullable = false)
    public String canonical;
    @Column(nullable = false)
    public String state;
    @Column(name = "sent_by", nullable = false)
    public long sentBy;
    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;
    @Column(name = "closed_at")
    public Instant closedAt;

    protected RoundEntity() {
    }

    public RoundEntity(long scopingId, int versionNumber, String fingerprint, String canonical, long sentBy, Instant sentAt) {
        this.scopingId = scopingId;
        this.versionNumber = versionNumber;
        this.fingerprint = fingerprint;
        this.canonical = canonical;
        this.state = "OPEN";
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }
}
