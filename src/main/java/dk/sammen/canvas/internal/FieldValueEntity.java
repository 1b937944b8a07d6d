package dk.sammen.canvas.internal;

import dk.sammen.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "canvas_field_value")
public class FieldValueEntity extends AbstractEntity {

    @Column(name = "scoping_id", nullable = false)
    private long scopingId;
    @Column(name = "section_key", nullable = false)
    private String sectionKey;
    @Column(name = "field_key", nullable = false)
    private String fieldKey;
    @Column(name = "party_id")
    private Long partyId;
    @Column(name = "value_key", nullable = false)
    private String valueKey;
    @Column(name = "field_value", nullable = false)
    private String value;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "changed_by", nullable = false)
    private long changedBy;
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected FieldValueEntity() {
    }

    public FieldValueEntity(long scopingId, String sectionKey, String fieldKey, Long partyId, String valueKey) {
        this.scopingId = scopingId;
        this.sectionKey = sectionKey;
        this.fieldKey = fieldKey;
        this.partyId = partyId;
        this.valueKey = valueKey;
    }

    public String getValueKey() {
        return valueKey;
    }

    public String getSectionKey() {
        return sectionKey;
    }

    public String getFieldKey() {
        return fieldKey;
    }

    public Long getPartyId() {
        return partyId;
    }

    public String getValue() {
        return value;
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

    public void write(String value, long by, Instant at) {
        this.value = value;
        this.changedBy = by;
        this.changedAt = at;
    }
}
