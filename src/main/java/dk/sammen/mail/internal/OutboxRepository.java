package dk.sammen.mail.internal;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.QueryHints;

public interface OutboxRepository extends JpaRepository<OutboxEntity, Long> {

    /**
     * The oldest mails that are due, locked for this transaction; rows another server holds are skipped
     * (lock timeout -2 is Hibernate's SKIP LOCKED), so two workers never send the same mail.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    List<OutboxEntity> findBySentAtIsNullAndFailedAtIsNullAndNextAttemptAtLessThanEqualOrderByIdAsc(Instant now, Pageable page);

    List<OutboxEntity> findAllByOrderByIdDesc(Pageable page);

    long countBySentAtIsNullAndFailedAtIsNull();
}
