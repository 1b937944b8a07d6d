package dk.sammen.security.internal;

import dk.sammen.base.AbstractEntity;
import dk.sammen.security.AuditEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "admin_audit")
public class AuditEntity extends AbstractEntity {

    @Column(nullable = false)
    private Instant at;
    @Column(name = "actor_id")
    private @Nullable Long actorId;
    @Column(name = "actor_name", nullable = false)
    private String actorName;
    @Column(nullable = false)
    private String action;
    @Column(nullable = false)
    private String subject;
    @Column(name = "before_value", nullable = false)
    private String before;
    @Column(name = "after_value", nullable = false)
    private String after;

    protected AuditEntity() {
    }

    public AuditEntity(Instant at, @Nullable Long actorId, String actorName, String action, String subject, String before, String after) {
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.subject = subject;
        this.before = before;
        this.after = after;
    }

    public AuditEntry toEntry() {
        return new AuditEntry(at, actorName, action, subject, before, after);
    }
}
