package dk.sammen.directory.internal;

import dk.sammen.base.AbstractEntity;
import dk.sammen.directory.DepartmentId;
import dk.sammen.directory.DepartmentSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "department")
public class Department extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private String name;
    @Column(name = "short_name")
    private @Nullable String shortName;
    private boolean active = true;

    protected Department() {
    }

    public Department(String name, String shortName) {
        this.name = name;
        this.shortName = shortName;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName == null ? "" : shortName;
    }

    public boolean isActive() {
        return active;
    }

    public void rename(String name, String shortName) {
        this.name = name;
        this.shortName = shortName;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String describeForAudit() {
        return "name=" + name + ", short=" + getShortName() + ", active=" + active;
    }

    public DepartmentSummary toSummary() {
        return new DepartmentSummary(new DepartmentId(requireId()), name, getShortName(), active);
    }
}
