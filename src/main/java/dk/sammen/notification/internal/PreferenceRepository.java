package dk.sammen.notification.internal;

import dk.sammen.notification.Topic;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PreferenceRepository extends JpaRepository<PreferenceEntity, PreferenceEntity.Key> {

    @Query("select p from PreferenceEntity p where p.key.userId in :userIds")
    List<PreferenceEntity> forUsers(Collection<Long> userIds);

    default Optional<PreferenceEntity> find(long userId, Topic topic) {
        return findById(new PreferenceEntity.Key(userId, topic));
    }
}
