package dk.sammen.scoping.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRepository extends JpaRepository<MemberEntity, Long> {

    List<MemberEntity> findByScopingId(long scopingId);

    List<MemberEntity> findByUserId(long userId);

    /** Everyone with a role in any scoping. */
    @org.springframework.data.jpa.repository.Query("select distinct m.userId from MemberEntity m")
    List<Long> allMemberIds();

    List<MemberEntity> findByScopingIdAndUserId(long scopingId, long userId);
}
