package dk.sammen.canvas.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentRepository extends JpaRepository<CommentEntity, Long> {

    List<CommentEntity> findByScopingIdOrderByIdAsc(long scopingId);

    List<CommentEntity> findByScopingIdAndSectionKeyOrderByIdAsc(long scopingId, String sectionKey);
}
