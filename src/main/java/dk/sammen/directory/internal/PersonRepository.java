package dk.sammen.directory.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

    List<Person> findByDepartmentIdIn(Collection<Long> departmentIds);

    List<Person> findByUserIdIn(Collection<Long> userIds);
}
