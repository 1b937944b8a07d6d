package dk.sammen.approval.internal;

import dk.sammen.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One leader's decision on one round's fingerprint, kept (withdrawn, not overwritten) when they change their mind. */
@Entity
@Table(name = "approval")
public class ApprovalEntity extends AbstractEntity {

    @Column(name = "round_id", nullable = false)
    private long roundId;
    @Column(name = "party_id", nullable = false)
    private long partyId;
    @Column(name = "party_name", nullable = false)
    private String partyName;
    @Column(name = "leader_id", nullable = false)
    private long leaderId;
    @Column(name = "leader_name", nullable = false)
    private String leaderName;
    @Column(nullable = false)
    private String decision;
    @Column(nullable = false)
    private String note;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;
    @Column(nullable = false)
    private String fingerprint;
    @Column(name = "sign_in", nullable = false)
    private String signIn;
    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;

    protected ApprovalEntity() {
    }

    /** A leader's decision as made: who, for which party, what (key and note), on which fingerprint, signed in how. */
    public ApprovalEntity(long roundId, long partyId, String partyName, long leaderId, String leaderName, String decision, String note,
                          Instant decidedAt, String fingerprint, String signIn) {
        this.roundId = roundId;
        this.partyId = partyId;
        this.partyName = partyName;
        this.leaderId = leaderId;
        this.leaderName = leaderName;
        this.decision = decision;
        this.note = note;
        this.decidedAt = decidedAt;
        this.fingerprint = fingerprint;
        this.signIn = signIn;
    }

    /** The decision no longer stands (the leader decided again, or the round was replaced); it stays in the trail. */
    public void withdraw(Instant at) {
        if (withdrawnAt == null) withdrawnAt = at;
    }

    public boolean standing() {
        return withdrawnAt == null;
    }

    public long roundId() {
        return roundId;
    }

    public long partyId() {
        return partyId;
    }

    public String partyName() {
        return partyName;
    }

    public long leaderId() {
        return leaderId;
    }

    public String leaderName() {
        return leaderName;
    }

    public String decision() {
        return decision;
    }

    public String note() {
        return note;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String signIn() {
        return signIn;
    }

    public @Nullable Instant withdrawnAt() {
        return withdrawnAt;
    }
}
