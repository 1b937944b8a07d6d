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
import org.jspecify.annotations.Nullable;

/** A disagreement flagged on a section (or one of its table rows): who is involved, where it stands, how far up the ladder. */
@Entity
@Table(name = "disagreement_flag")
public class FlagEntity extends AbstractEntity {

    @Column(name = "scoping_id", nullable = false)
    private long scopingId;
    @Column(name = "section_key", nullable = false)
    private String section;
    @Column(name = "row_id")
    private @Nullable Long rowId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String description;
    /** OPEN, ESCALATED, RESOLVED or ACCEPTED; see FlagState. */
    @Column(nullable = false)
    private String state;
    @Column(name = "level_no", nullable = false)
    private int level;
    private @Nullable LocalDate deadline;
    /** The parties that escalated jointly, by id. */
    @Convert(converter = PartyIdsColumn.class)
    @Column(name = "escalated_by", nullable = false)
    private List<Long> escalatedBy = List.of();
    @Column(name = "neutral_summary", nullable = false)
    private String neutralSummary = "";
    private @Nullable String decision;
    @Column(name = "decided_by")
    private @Nullable String decidedBy;
    @Column(name = "decided_level")
    private @Nullable Integer decidedLevel;
    @Column(name = "raised_by", nullable = false)
    private long raisedBy;
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "flag_party", joinColumns = @JoinColumn(name = "flag_id"))
    @Column(name = "party_id")
    private Set<Long> parties = new HashSet<>();

    protected FlagEntity() {
    }

    /** A new flag: open, at the ladder's first step, due by the deadline. */
    public FlagEntity(long scopingId, String section, @Nullable Long rowId, String title, String description, Set<Long> parties,
                      long raisedBy, Instant now, @Nullable LocalDate deadline) {
        this.scopingId = scopingId;
        this.section = section;
        this.rowId = rowId;
        this.title = title;
        this.description = description;
        this.parties = new HashSet<>(parties);
        this.state = "OPEN";
        this.level = 1;
        this.deadline = deadline;
        this.raisedBy = raisedBy;
        this.raisedAt = now;
        this.changedAt = now;
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

    /** Up the ladder to this step, by these parties jointly, due by the step's deadline. */
    public void escalate(int step, List<Long> byParties, @Nullable LocalDate due) {
        level = step;
        moveTo(new FlagState.Escalated());
        escalatedBy = byParties.stream().sorted().toList();
        deadline = due;
    }

    /** Open again, due anew at the step it stands on. */
    public void reopen(FlagState reopened, @Nullable LocalDate due) {
        moveTo(reopened);
        deadline = due;
    }

    /** The evaluator's neutral summary of the positions. */
    public void summarize(String summary) {
        neutralSummary = summary;
    }

    public void changed(Instant at) {
        changedAt = at;
    }

    public boolean involves(long partyId) {
        return parties.contains(partyId);
    }

    public long scopingId() {
        return scopingId;
    }

    public String section() {
        return section;
    }

    public @Nullable Long rowId() {
        return rowId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public int level() {
        return level;
    }

    public @Nullable LocalDate deadline() {
        return deadline;
    }

    public List<Long> escalatedBy() {
        return escalatedBy;
    }

    public String neutralSummary() {
        return neutralSummary;
    }

    public long raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long lockVersion() {
        return lockVersion;
    }

    public Set<Long> parties() {
        return Set.copyOf(parties);
    }
}
