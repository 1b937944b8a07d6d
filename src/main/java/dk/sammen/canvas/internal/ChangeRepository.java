package dk.sammen.canvas.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeRepository extends JpaRepository<ChangeEntity, Long> {

    List<ChangeEntity> findByScopingIdOrderByIdDesc(long scopingId, Limit limit);

    List<ChangeEntity> findByScopingIdAndSectionKeyOrderByIdDesc(long scopingId, String sectionKey);

    long countByScopingId(long scopingId);
}
