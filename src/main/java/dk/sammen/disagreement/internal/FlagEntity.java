package dk.sammen.disagreement.internal;

import dk.sammen.base.AbstractEntity;
import dk.sammen.disagreement.FlagState;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "disagreement_flag")
public class FlagEntity extends AbstractEntity {

    @Column(name = "scoping_id", nullable = false)
    public long scopingId;
    @Column(name = "section_key", nullable = false)
    public String section;
    @Column(name = "row_id")
    public Long rowId;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String description;
    /** OPEN, ESCALATED, RESOLVED or ACCEPTED; see FlagState. */
    @Column(nullable = false)
    public String state;
    @Column(name = "level_no", nullable = false)
    public int level;
    public LocalDate deadline;
    /** The parties that escalated jointly, by id. */
    @Convert(converter = PartyIdsColumn.class)
    @Column(name = "escalated_by", nullable = false)
    public List<Long> escalatedBy = List.of();
    @Column(name = "neutral_summary", nullable = false)
    public String neutralSummary = "";
    public String decision;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_level")
    public Integer decidedLevel;
    @Column(name = "raised_by", nullable = false)
    public long raisedBy;
    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "flag_party", joinColumns = @JoinColumn(name = "flag_id"))
    @Column(name = "party_id")
    public Set<Long> parties = new HashSet<>();

    protected FlagEntity() {
    }

    public FlagState state() {
        return switch (state) {
            case "OPEN" -> new FlagState.Open();
            case "ESCALATED" -> new FlagState.Escalated();
            case "RESOLVED" -> new FlagState.Resolved(decision, decidedBy, decidedLevel == null ? level : decidedLevel);
            case "ACCEPTED" -> new FlagState.Accepted();
            default -> throw new IllegalStateException("unknown flag state " + state);
        };
    }

    /** Stores a state; a decision is kept only while the flag is resolved. */
    public void moveTo(FlagState next) {
        state = next.key();
        if (next instanceof FlagState.Resolved r) {
            decision = r.decision();
            decidedBy = r.decidedBy();
            decidedLevel = r.level();
        } else {
            decision = null;
            decidedBy = null;
            decidedLevel = null;
        }
    }

    public FlagEntity(long scopingId, String section, Long rowId, String title, String description, Set<Long> parties,
                      long raisedBy, Instant now) {
        this.scopingId = scopingId;
        this.section = section;
        this.rowId = rowId;
        this.title = title;
        this.description = description;
        this.parties = new HashSet<>(parties);
        this.state = "OPEN";
        this.level = 1;
        this.raisedBy = raisedBy;
        this.raisedAt = now;
        this.changedAt = now;
    }
}
