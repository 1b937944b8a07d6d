package dk.sammen.disagreement.internal;

import dk.sammen.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One party's position on a disagreement, written by one of its people; a newer writing replaces it. */
@Entity
@Table(name = "flag_position")
public class PositionEntity extends AbstractEntity {

    @Column(name = "flag_id", nullable = false)
    private long flagId;
    @Column(name = "party_id", nullable = false)
    private long partyId;
    @Column(nullable = false)
    private @Nullable String body;
    @Column(name = "written_by", nullable = false)
    private long writtenBy;
    @Column(name = "written_at", nullable = false)
    private @Nullable Instant writtenAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected PositionEntity() {
    }

    /** A party's position not yet written. */
    public PositionEntity(long flagId, long partyId) {
        this.flagId = flagId;
        this.partyId = partyId;
    }

    public void write(String body, long by, Instant at) {
        this.body = body;
        this.writtenBy = by;
        this.writtenAt = at;
    }

    public long flagId() {
        return flagId;
    }

    public long partyId() {
        return partyId;
    }

    /** Empty until written. */
    public String body() {
        return body == null ? "" : body;
    }

    public long writtenBy() {
        return writtenBy;
    }

    public @Nullable Instant writtenAt() {
        return writtenAt;
    }

    public long lockVersion() {
        return lockVersion;
    }
}
