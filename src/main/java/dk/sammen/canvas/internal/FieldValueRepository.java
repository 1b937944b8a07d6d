package dk.sammen.canvas.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FieldValueRepository extends JpaRepository<FieldValueEntity, Long> {

    List<FieldValueEntity> findByScopingId(long scopingId);

    Optional<FieldValueEntity> findByScopingIdAndValueKey(long scopingId, String valueKey);
}
