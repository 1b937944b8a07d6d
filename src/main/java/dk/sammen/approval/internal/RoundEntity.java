package dk.sammen.approval.internal;

import dk.sammen.approval.RoundState;
import dk.sammen.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One review round of a scoping: the version sent, its fingerprint and frozen content, and how it ended. */
@Entity
@Table(name = "review_round")
public class RoundEntity extends AbstractEntity {

    @Column(name = "scoping_id", nullable = false)
    private long scopingId;
    @Column(name = "version_no", nullable = false)
    private int versionNumber;
    @Column(nullable = false)
    private String fingerprint;
    @Column(nullable = false)
    private String canonical;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundState state;
    @Column(name = "sent_by", nullable = false)
    private long sentBy;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;
    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    protected RoundEntity() {
    }

    public RoundEntity(long scopingId, int versionNumber, String fingerprint, String canonical, long sentBy, Instant sentAt) {
        this.scopingId = scopingId;
        this.versionNumber = versionNumber;
        this.fingerprint = fingerprint;
        this.canonical = canonical;
        this.state = RoundState.OPEN;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }

    /** Every leader approved: the round closes as approved. */
    public void approve(Instant at) {
        close(RoundState.APPROVED, at);
    }

    /** A new round replaces this open one. */
    public void supersede(Instant at) {
        close(RoundState.SUPERSEDED, at);
    }

    private void close(RoundState end, Instant at) {
        if (state != RoundState.OPEN) throw new IllegalStateException("Round " + getId() + " is already " + state);
        state = end;
        closedAt = at;
    }

    public boolean isOpen() {
        return state == RoundState.OPEN;
    }

    public long scopingId() {
        return scopingId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String canonical() {
        return canonical;
    }

    public RoundState state() {
        return state;
    }

    public long sentBy() {
        return sentBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }
}
