package dk.sammen.canvas.internal;

import dk.sammen.base.ChangeTrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "canvas_table_row")
public class TableRowEntity extends ChangeTrackedEntity {

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

    public void write(String cells, long by, Instant at) {
        this.cells = cells;
        changedBy(by, at);
    }
}
