package dk.sammen.disagreement.internal;

import dk.sammen.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "flag_position")
public class PositionEntity extends AbstractEntity {

    @Column(name = "flag_id", nullable = false)
    public long flagId;
    @Column(name = "party_id", nullable = false)
    public long partyId;
    @Column(nullable = false)
    public String body;
    @Column(name = "written_by", nullable = false)
    public long writtenBy;
    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    protected PositionEntity() {
    }

    public PositionEntity(long flagId, long partyId) {
        this.flagId = flagId;
        this.partyId = partyId;
    }
}
