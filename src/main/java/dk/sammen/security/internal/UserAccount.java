package dk.sammen.security.internal;

import dk.sammen.base.AbstractEntity;
import dk.sammen.base.Translations;
import dk.sammen.security.UserId;
import dk.sammen.security.UserSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    /** How a person signs in. */
    public static final String PASSWORD = "password";
    public static final String OIDC = "oidc";

    @Column(nullable = false, unique = true)
    private String username;
    /** None until an invited person chose one, and never for people who sign in only through single sign-on. */
    @Column(name = "password_hash")
    private @Nullable String passwordHash;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    private boolean administrator;
    @Column(nullable = false)
    private String locale;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    private @Nullable String email;
    private boolean active = true;
    private boolean facilitator;
    @Column(name = "sign_in", nullable = false)
    private String signIn = PASSWORD;
    @Column(name = "external_id")
    private @Nullable String externalId;

    protected UserAccount() {
    }

    public UserAccount(String username, @Nullable String passwordHash, String displayName, boolean administrator,
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

    public @Nullable String getPasswordHash() {
        return passwordHash;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public boolean isActive() {
        return active;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isFacilitator() {
        return facilitator;
    }

    /** The language tag, "da" or "en". */
    public String getLocale() {
        return locale;
    }

    public String getSignIn() {
        return signIn;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public void describe(String displayName, @Nullable String email, String locale) {
        this.displayName = displayName;
        this.email = email;
        this.locale = locale;
    }

    public void choosePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public void makeAdministrator(boolean administrator) {
        this.administrator = administrator;
    }

    public void makeFacilitator(boolean facilitator) {
        this.facilitator = facilitator;
    }

    /** From now on this person is also known to the identity provider under this id. */
    public void linkSingleSignOn(String externalId) {
        this.externalId = externalId;
        this.signIn = OIDC;
    }

    public String describeForAudit() {
        return "name=" + displayName + ", e-mail=" + (email == null ? "" : email) + ", language=" + locale
                + ", active=" + active + ", administrator=" + administrator + ", facilitator=" + facilitator;
    }

    public UserSummary toSummary() {
        return new UserSummary(new UserId(requireId()), username, displayName, Translations.fromTag(locale), administrator,
                email == null ? "" : email, active, facilitator);
    }
}
