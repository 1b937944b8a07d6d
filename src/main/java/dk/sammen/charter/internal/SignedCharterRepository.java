package dk.sammen.charter.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignedCharterRepository extends JpaRepository<SignedCharterEntity, Long> {

    Optional<SignedCharterEntity> findByRoundIdAndLanguage(long roundId, String language);
}
