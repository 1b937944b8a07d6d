package dk.sammen.approval.internal;

import dk.sammen.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "approval")
public class ApprovalEntity extends AbstractEntity {

    @Column(name = "round_id", nullable = false)
    public long roundId;
    @Column(name = "party_id", nullable = false)
    public long partyId;
    @Column(name = "party_name", nullable = false)
    public String partyName;
    @Column(name = "leader_id", nullable = false)
    public long leaderId;
    @Column(name = "leader_name", nullable = false)
    public String leaderName;
    @Column(nullable = false)
    public String decision;
    @Column(nullable = false)
    public String note;
    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
    @Column(nullable = false)
    public String fingerprint;
    @Column(name = "sign_in", nullable = false)
    public String signIn;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    protected ApprovalEntity() {
    }

    public ApprovalEntity(long roundId, long partyId, String partyName, long leaderId, String leaderName) {
        this.roundId = roundId;
        this.partyId = partyId;
        this.partyName = partyName;
        this.leaderId = leaderId;
        this.leaderName = leaderName;
    }
}
