package dk.sammen.scoping.internal;

import dk.sammen.base.AbstractEntity;
import dk.sammen.scoping.ScopingRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "scoping_member")
public class MemberEntity extends AbstractEntity {

    @Column(name = "scoping_id", nullable = false)
    private long scopingId;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ScopingRole role;
    @Column(name = "party_id")
    private Long partyId;

    protected MemberEntity() {
    }

    public MemberEntity(long scopingId, long userId, ScopingRole role, Long partyId) {
        this.scopingId = scopingId;
        this.userId = userId;
        this.role = role;
        this.partyId = partyId;
    }

    public long getScopingId() {
        return scopingId;
    }

    public long getUserId() {
        return userId;
    }

    public ScopingRole getRole() {
        return role;
    }

    public Long getPartyId() {
        return partyId;
    }
}
