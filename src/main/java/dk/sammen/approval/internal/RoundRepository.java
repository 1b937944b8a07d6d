package dk.sammen.approval.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundRepository extends JpaRepository<RoundEntity, Long> {

    List<RoundEntity> findByScopingIdOrderByIdDesc(long scopingId);

    List<RoundEntity> findByFingerprintAndState(String fingerprint, String state);
}
