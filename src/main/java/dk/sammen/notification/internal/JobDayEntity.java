package dk.sammen.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The last working day a morning job (reminders, digests) completed, so a second server or a restart does not repeat it. */
@Entity
@Table(name = "notification_job")
class JobDayEntity {

    @Id
    private String name;
    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    protected JobDayEntity() {
    }

    JobDayEntity(String name, LocalDate lastDay) {
        this.name = name;
        this.lastDay = lastDay;
    }

    LocalDate lastDay() {
        return lastDay;
    }

    void done(LocalDate day) {
        lastDay = day;
    }
}
