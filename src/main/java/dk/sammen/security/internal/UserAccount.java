package dk.sammen.security.internal;

import dk.sammen.base.AbstractEntity;
import dk.sammen.base.Translations;
import dk.sammen.security.UserId;
import dk.sammen.security.UserSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private String username;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    private boolean administrator;
    @Column(nullable = false)
    private String locale;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, boolean administrator,
                       String locale, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.administrator = administrator;
        this.locale = locale;
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public UserSummary toSummary() {
        return new UserSummary(new UserId(requireId()), username, displayName, Translations.fromTag(locale), administrator);
    }
}
