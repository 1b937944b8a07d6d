package dk.sammen.disagreement.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FlagRepository extends JpaRepository<FlagEntity, Long> {

    List<FlagEntity> findByScopingIdOrderByIdAsc(long scopingId);

    List<FlagEntity> findByScopingIdIn(Collection<Long> scopingIds);
}
