package dk.sammen.canvas.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TableRowRepository extends JpaRepository<TableRowEntity, Long> {

    /** Sets a row's place without touching its version: moving a row must not conflict with editing its cells. */
    @Modifying(clearAutomatically = true)
    @Query("update TableRowEntity r set r.position = :position where r.id = :id")
    int placeAt(long id, int position);

    List<TableRowEntity> findByScopingIdOrderByPositionAsc(long scopingId);

    List<TableRowEntity> findByScopingIdAndSectionKeyAndTableKeyOrderByPositionAsc(long scopingId, String sectionKey,
                                                                                String tableKey);
}
