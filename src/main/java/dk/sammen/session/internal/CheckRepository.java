package dk.sammen.session.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CheckRepository extends JpaRepository<CheckEntity, Long> {

    List<CheckEntity> findBySessionIdOrderByIdAsc(long sessionId);

    /** Answers to one check are taken one after the other, so the last party's answer sees all the others and reveals. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CheckEntity c where c.id = :id")
    Optional<CheckEntity> findLocked(@Param("id") long id);
}
