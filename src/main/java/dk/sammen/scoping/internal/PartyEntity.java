package dk.sammen.scoping.internal;

import dk.sammen.base.AbstractEntity;
import dk.sammen.scoping.PartnerType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "scoping_party")
public class PartyEntity extends AbstractEntity {

    @Column(name = "scoping_id", nullable = false)
    private long scopingId;
    @Column(name = "department_id", nullable = false)
    private long departmentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "partner_type", nullable = false)
    private PartnerType partnerType;
    @Column(name = "day_to_day_contact")
    private String dayToDayContact;
    @Column(nullable = false)
    private int position;

    protected PartyEntity() {
    }

    public PartyEntity(long scopingId, long departmentId, PartnerType partnerType, int position) {
        this.scopingId = scopingId;
        this.departmentId = departmentId;
        this.partnerType = partnerType;
        this.position = position;
    }

    public long getScopingId() {
        return scopingId;
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public PartnerType getPartnerType() {
        return partnerType;
    }

    public String getDayToDayContact() {
        return dayToDayContact == null ? "" : dayToDayContact;
    }

    public int getPosition() {
        return position;
    }

    public void update(PartnerType partnerType, String dayToDayContact) {
        this.partnerType = partnerType;
        this.dayToDayContact = dayToDayContact;
    }
}
