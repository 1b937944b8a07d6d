package dk.sammen.directory.internal;

import dk.sammen.base.AbstractEntity;
import dk.sammen.directory.DepartmentId;
import dk.sammen.directory.DepartmentSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "department")
public class Department extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private String name;
    @Column(name = "short_name")
    private String shortName;

    protected Department() {
    }

    public Department(String name, String shortName) {
        this.name = name;
        this.shortName = shortName;
    }

    public String getName() {
        return name;
    }

    public DepartmentSummary toSummary() {
        return new DepartmentSummary(new DepartmentId(requireId()), name, shortName == null ? "" : shortName);
    }
}
