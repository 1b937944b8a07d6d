package dk.sammen.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A user account's place in the organisation. Shares its key with the account. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @Column(name = "user_id")
    private Long userId;
    @ManyToOne
    @JoinColumn(name = "department_id")
    private Department department;
    @Column(name = "job_title")
    private String jobTitle;

    protected Person() {
    }

    public Person(long userId, Department department, String jobTitle) {
        this.userId = userId;
        this.department = department;
        this.jobTitle = jobTitle;
    }

    public Long getUserId() {
        return userId;
    }

    public Department getDepartment() {
        return department;
    }

    public String getJobTitle() {
        return jobTitle == null ? "" : jobTitle;
    }

    public void place(Department department, String jobTitle) {
        this.department = department;
        this.jobTitle = jobTitle;
    }
}
