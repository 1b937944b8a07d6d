package dk.sammen.notification.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubscriberRepository extends JpaRepository<SubscriberEntity, Long> {

    Optional<SubscriberEntity> findByToken(String token);

    List<SubscriberEntity> findByUserIdIn(Collection<Long> userIds);
}
