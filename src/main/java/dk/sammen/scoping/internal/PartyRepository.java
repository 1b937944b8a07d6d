package dk.sammen.scoping.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyRepository extends JpaRepository<PartyEntity, Long> {

    List<PartyEntity> findByScopingIdOrderByPositionAsc(long scopingId);

    List<PartyEntity> findByScopingIdInOrderByPositionAsc(Collection<Long> scopingIds);
}
