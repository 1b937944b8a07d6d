package dk.sammen.notification.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface JobDayRepository extends JpaRepository<JobDayEntity, String> {
}
