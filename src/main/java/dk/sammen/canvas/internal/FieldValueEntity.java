package dk.sammen.canvas.internal;

import dk.sammen.base.ChangeTrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "canvas_field_value")
public class FieldValueEntity extends ChangeTrackedEntity {

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

    public void write(String value, long by, Instant at) {
        this.value = value;
        changedBy(by, at);
    }
}
