package dk.sammen.security.internal;

import dk.sammen.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An invitation or reset link. Only the SHA-256 of its token is kept, so a copy of the database opens nothing. */
@Entity
@Table(name = "account_token")
public class AccountToken extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(nullable = false)
    private String purpose;
    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected AccountToken() {
    }

    public AccountToken(long userId, String purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public long userId() {
        return userId;
    }

    public String purpose() {
        return purpose;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean used() {
        return usedAt != null;
    }

    public void use(Instant now) {
        this.usedAt = now;
    }
}
