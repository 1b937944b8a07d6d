package dk.sammen.notification.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderSentRepository extends JpaRepository<ReminderSentEntity, ReminderSentEntity.Key> {
}
