package dk.sammen.scoping.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ScopingRepository extends JpaRepository<ScopingEntity, Long> {

    List<ScopingEntity> findByIdInOrderByChangedAtDesc(Collection<Long> ids);

    /** Serialises changes to a scoping's parties and members, so rules like "one leader per party" hold under concurrency. */
    /**
     * Notes the last change without touching the optimistic version: two people editing two
     * different canvas fields must not conflict over the scoping row.
     */
    @Modifying
    @Query("update ScopingEntity s set s.changedAt = :at, s.changedBy = :by where s.id = :id")
    int markChanged(long id, long by, java.time.Instant at);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ScopingEntity s where s.id = :id")
    Optional<ScopingEntity> findForUpdate(long id);
}
