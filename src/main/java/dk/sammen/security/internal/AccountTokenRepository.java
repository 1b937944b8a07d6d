package dk.sammen.security.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    /** Locked, so two clicks on the same link cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<AccountToken> findForUseByTokenHash(String tokenHash);

    /** For looking only (a read-only transaction cannot lock). */
    Optional<AccountToken> findByTokenHash(String tokenHash);

    List<AccountToken> findByUserIdAndPurposeAndUsedAtIsNullAndExpiresAtAfter(long userId, String purpose, Instant now);
}
