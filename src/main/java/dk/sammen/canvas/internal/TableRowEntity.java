package dk.sammen.canvas.internal;

import dk.sammen.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "canvas_table_row")
public class TableRowEntity extends AbstractEntity {

    @Column(name = "scoping_id", nullable = false)
    private long scopingId;
    @Column(name = "section_key", nullable = false)
    private String sectionKey;
    @Column(name = "table_key", nullable = false)
    private String tableKey;
    @Column(nullable = false)
    private int position;
    /** The row's cells as a JSON object, column key to text. */
    @Column(nullable = false)
    private String cells;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "changed_by", nullable = false)
    private long changedBy;
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected TableRowEntity() {
    }

    public TableRowEntity(long scopingId, String sectionKey, String tableKey, int position) {
        this.scopingId = scopingId;
        this.sectionKey = sectionKey;
        this.tableKey = tableKey;
        this.position = position;
    }

    public long getScopingId() {
        return scopingId;
    }

    public String getSectionKey() {
        return sectionKey;
    }

    public String getTableKey() {
        return tableKey;
    }

    public int getPosition() {
        return position;
    }

    public String getCells() {
        return cells;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getChangedBy() {
        return changedBy;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public void write(String cells, long by, Instant at) {
        this.cells = cells;
        this.changedBy = by;
        this.changedAt = at;
    }
}
