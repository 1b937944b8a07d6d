package dk.sammen.session.internal;

import dk.sammen.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An agreement check on one section; revealed once every party answered or the facilitator chose to. */
@Entity
@Table(name = "agreement_check")
public class CheckEntity extends AbstractEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;
    @Column(name = "section_key", nullable = false)
    private String sectionKey = "";
    @Column(name = "asked_by", nullable = false)
    private long askedBy;
    @Column(name = "asked_at", nullable = false)
    private Instant askedAt = Instant.EPOCH;
    @Column(name = "revealed_at")
    private @Nullable Instant revealedAt;
    @Column(name = "flag_id")
    private @Nullable Long flagId;

    protected CheckEntity() {
    }

    public CheckEntity(long sessionId, String sectionKey, long askedBy, Instant askedAt) {
        this.sessionId = sessionId;
        this.sectionKey = sectionKey;
        this.askedBy = askedBy;
        this.askedAt = askedAt;
    }

    public void reveal(Instant now) {
        if (revealedAt == null) revealedAt = now;
    }

    public void becameFlag(long flagId) {
        this.flagId = flagId;
    }

    public long sessionId() {
        return sessionId;
    }

    public String sectionKey() {
        return sectionKey;
    }

    public long askedBy() {
        return askedBy;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public boolean revealed() {
        return revealedAt != null;
    }

    public @Nullable Long flagId() {
        return flagId;
    }
}
