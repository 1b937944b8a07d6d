package dk.sammen.session.internal;

import dk.sammen.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone who joined a session: for the presence bar and the minutes. */
@Entity
@Table(name = "session_participant")
public class ParticipantEntity extends AbstractEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt = Instant.EPOCH;

    protected ParticipantEntity() {
    }

    public ParticipantEntity(long sessionId, long userId, Instant joinedAt) {
        this.sessionId = sessionId;
        this.userId = userId;
        this.joinedAt = joinedAt;
    }

    public long sessionId() {
        return sessionId;
    }

    public long userId() {
        return userId;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
