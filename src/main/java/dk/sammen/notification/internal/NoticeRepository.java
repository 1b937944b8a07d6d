package dk.sammen.notification.internal;

import dk.sammen.notification.Delivery;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NoticeRepository extends JpaRepository<NoticeEntity, Long> {

    List<NoticeEntity> findByUserIdOrderByIdDesc(long userId, Limit limit);

    long countByUserIdAndReadFalse(long userId);

    @Modifying
    @Query("update NoticeEntity n set n.read = true where n.userId = :userId and n.read = false")
    int markAllRead(long userId);

    /** The people who have notices waiting for their digest. */
    @Query("select distinct n.userId from NoticeEntity n where n.delivery = :delivery and n.digestedAt is null")
    List<Long> usersWaitingFor(Delivery delivery);

    List<NoticeEntity> findByUserIdAndDeliveryAndDigestedAtIsNullOrderByIdAsc(long userId, Delivery delivery);
}
