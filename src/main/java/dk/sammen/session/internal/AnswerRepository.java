package dk.sammen.session.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnswerRepository extends JpaRepository<AnswerEntity, Long> {

    List<AnswerEntity> findByCheckIdInOrderByIdAsc(Collection<Long> checkIds);

    Optional<AnswerEntity> findByCheckIdAndUserId(long checkId, long userId);
}
