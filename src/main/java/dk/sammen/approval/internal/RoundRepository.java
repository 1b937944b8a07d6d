package dk.sammen.approval.internal;

import dk.sammen.approval.RoundState;
import java.util.List;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface RoundRepository extends JpaRepository<RoundEntity, Long> {

    List<RoundEntity> findByScopingIdOrderByIdDesc(long scopingId);

    List<RoundEntity> findByFingerprintAndState(String fingerprint, RoundState state);

    /** Serialises leaders deciding at the same moment, so a version is approved exactly once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RoundEntity r where r.id = :id")
    java.util.Optional<RoundEntity> findForUpdate(long id);
}
