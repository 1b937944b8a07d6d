package dk.sammen.session.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipantRepository extends JpaRepository<ParticipantEntity, Long> {

    List<ParticipantEntity> findBySessionIdOrderByJoinedAtAsc(long sessionId);

    boolean existsBySessionIdAndUserId(long sessionId, long userId);
}
