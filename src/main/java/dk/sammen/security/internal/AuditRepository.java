package dk.sammen.security.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditRepository extends JpaRepository<AuditEntity, Long> {

    List<AuditEntity> findAllByOrderByIdDesc(Pageable page);
}
