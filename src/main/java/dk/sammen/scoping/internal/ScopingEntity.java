package dk.sammen.scoping.internal;

import dk.sammen.base.ChangeTrackedEntity;
import dk.sammen.scoping.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "scoping")
public class ScopingEntity extends ChangeTrackedEntity {

    @Column(nullable = false)
    private String title;
    @Column(name = "case_number")
    private String caseNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;
    @Column(name = "version_no", nullable = false)
    private int versionNumber;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private long createdBy;

    protected ScopingEntity() {
    }

    public ScopingEntity(String title, String caseNumber, long createdBy, Instant now) {
        this.title = title;
        this.caseNumber = caseNumber;
        this.stage = Stage.DRAFT;
        this.versionNumber = 1;
        this.createdAt = now;
        this.createdBy = createdBy;
        changedBy(createdBy, now);
    }

    public String getTitle() {
        return title;
    }

    public String getCaseNumber() {
        return caseNumber == null ? "" : caseNumber;
    }

    public Stage getStage() {
        return stage;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public void rename(String title, String caseNumber) {
        this.title = title;
        this.caseNumber = caseNumber;
    }

    public void moveTo(Stage next) {
        this.stage = next;
    }

    public void nextVersion() {
        this.versionNumber++;
    }

    public void changed(long by, Instant at) {
        changedBy(by, at);
    }
}
