package dk.sammen.security.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByEmail(String email);

    Optional<UserAccount> findByExternalId(String externalId);

    List<UserAccount> findAllByOrderByDisplayNameAsc();

    List<UserAccount> findByIdIn(Collection<Long> ids);

    List<UserAccount> findByEmailIn(Collection<String> emails);

    long countByAdministratorTrueAndActiveTrue();

    List<UserAccount> findByAdministratorTrueAndActiveTrue();

    boolean existsByUsername(String username);

    /** Part of a name, a user name or an e-mail address; the caller passes the pattern lower-cased with its % signs. */
    @Query("""
            select a from UserAccount a
            where (lower(a.displayName) like :pattern or a.username like :pattern or a.email like :pattern
                   or a.id in (:alsoIds))
              and (a.active = true or :includeInactive = true)
            order by a.displayName""")
    List<UserAccount> search(@Param("pattern") String pattern, @Param("alsoIds") Collection<Long> alsoIds,
                             @Param("includeInactive") boolean includeInactive, Pageable page);
}
