package dk.sammen.session.internal;

import dk.sammen.session.SessionState;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SessionRepository extends JpaRepository<SessionEntity, Long> {

    Optional<SessionEntity> findFirstByScopingIdAndStateInOrderByIdDesc(long scopingId, Collection<SessionState> states);

    List<SessionEntity> findByScopingIdAndStateOrderByIdDesc(long scopingId, SessionState state);

    List<SessionEntity> findByState(SessionState state);

    /** Not a change of the session (its version stays): the facilitator's next move must not conflict with it. */
    @Modifying
    @Query("update SessionEntity s set s.facilitatorSeenAt = :at where s.id = :id")
    void markDriverSeen(@Param("id") long id, @Param("at") Instant at);
}
