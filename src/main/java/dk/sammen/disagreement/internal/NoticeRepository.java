package dk.sammen.disagreement.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeRepository extends JpaRepository<NoticeEntity, Long> {

    List<NoticeEntity> findByUserIdOrderByIdDesc(long userId, Limit limit);

    long countByUserIdAndSeenFalse(long userId);
}
