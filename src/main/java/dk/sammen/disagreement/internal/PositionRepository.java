package dk.sammen.disagreement.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PositionRepository extends JpaRepository<PositionEntity, Long> {

    List<PositionEntity> findByFlagIdIn(Collection<Long> flagIds);

    Optional<PositionEntity> findByFlagIdAndPartyId(long flagId, long partyId);
}
