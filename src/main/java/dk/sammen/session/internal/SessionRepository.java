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

    /**
     * Counts one change of the session. The update takes the session's row lock until commit, so
     * its changes are counted in the order they commit; the persistence context is flushed first
     * and cleared after, so the session read next is the one this change made.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update SessionEntity s set s.revision = s.revision + 1 where s.id = :id")
    void countChange(@Param("id") long id);

    /** Not a change of the session (its version stays): the facilitator's next move must not conflict with it. */
    @Modifying
    @Query("update SessionEntity s set s.facilitatorSeenAt = :at where s.id = :id")
    void markDriverSeen(@Param("id") long id, @Param("at") Instant at);
}
