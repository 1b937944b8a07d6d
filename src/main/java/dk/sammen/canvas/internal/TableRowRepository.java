package dk.sammen.canvas.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TableRowRepository extends JpaRepository<TableRowEntity, Long> {

    List<TableRowEntity> findByScopingIdOrderByPositionAsc(long scopingId);

    List<TableRowEntity> findByScopingIdAndSectionKeyAndTableKeyOrderByPositionAsc(long scopingId, String sectionKey,
                                                                                String tableKey);
}
