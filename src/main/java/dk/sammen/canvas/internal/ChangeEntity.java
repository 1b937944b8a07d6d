package dk.sammen.canvas.internal;

import dk.sammen.base.AbstractEntity;
import dk.sammen.canvas.ChangeEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "canvas_change")
public class ChangeEntity extends AbstractEntity {

    @Column(name = "scoping_id", nullable = false)
    private long scopingId;
    @Column(name = "section_key", nullable = false)
    private String sectionKey;
    @Column(name = "target_key", nullable = false)
    private String targetKey;
    @Column(name = "row_id")
    private Long rowId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeEntry.Action action;
    @Column(name = "before_value", nullable = false)
    private String before;
    @Column(name = "after_value", nullable = false)
    private String after;
    @Column(name = "changed_by", nullable = false)
    private long changedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ChangeEntity() {
    }

    public ChangeEntity(long scopingId, String sectionKey, String targetKey, Long rowId, ChangeEntry.Action action,
                        String before, String after, long changedBy, Instant changedAt) {
        this.scopingId = scopingId;
        this.sectionKey = sectionKey;
        this.targetKey = targetKey;
        this.rowId = rowId;
        this.action = action;
        this.before = before;
        this.after = after;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public long getScopingId() {
        return scopingId;
    }

    public ChangeEntry toEntry(String changedByName) {
        return new ChangeEntry(requireId(), sectionKey, targetKey, rowId, action, before, after, changedByName, changedAt);
    }

    public long getChangedBy() {
        return changedBy;
    }
}
