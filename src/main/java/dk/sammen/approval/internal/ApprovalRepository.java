package dk.sammen.approval.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalRepository extends JpaRepository<ApprovalEntity, Long> {

    List<ApprovalEntity> findByRoundIdIn(Collection<Long> roundIds);

    Optional<ApprovalEntity> findByRoundIdAndPartyIdAndWithdrawnAtIsNull(long roundId, long partyId);
}
