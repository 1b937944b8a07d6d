package dk.sammen.mail.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttachmentRepository extends JpaRepository<AttachmentEntity, Long> {

    List<AttachmentEntity> findByMailIdInOrderByIdAsc(Collection<Long> mailIds);

    /** The files of these mails, by mail, in one query. */
    default Map<Long, List<AttachmentEntity>> byMail(Collection<Long> mailIds) {
        if (mailIds.isEmpty()) return Map.of();
        return findByMailIdInOrderByIdAsc(mailIds).stream().collect(Collectors.groupingBy(AttachmentEntity::mailId));
    }
}
