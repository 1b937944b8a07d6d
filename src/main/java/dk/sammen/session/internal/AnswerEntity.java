package dk.sammen.session.internal;

import dk.sammen.base.AbstractEntity;
import dk.sammen.session.Agreement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person's answer to an agreement check, for their party; they may change it until it is revealed. */
@Entity
@Table(name = "agreement_answer")
public class AnswerEntity extends AbstractEntity {

    @Column(name = "check_id", nullable = false)
    private long checkId;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "party_id", nullable = false)
    private long partyId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Agreement answer = Agreement.NOT_SURE;
    @Column(nullable = false)
    private String reason = "";
    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt = Instant.EPOCH;

    protected AnswerEntity() {
    }

    public AnswerEntity(long checkId, long userId, long partyId) {
        this.checkId = checkId;
        this.userId = userId;
        this.partyId = partyId;
    }

    public void answer(Agreement answer, String reason, Instant at) {
        this.answer = answer;
        this.reason = reason;
        this.answeredAt = at;
    }

    public long checkId() {
        return checkId;
    }

    public long userId() {
        return userId;
    }

    public long partyId() {
        return partyId;
    }

    public Agreement answer() {
        return answer;
    }

    public String reason() {
        return reason;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
