package dk.sammen.security;

import dk.sammen.base.TransactionMemo;
import dk.sammen.security.internal.UserAccountRepository;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is acting now. Looked up by the authenticated name, so it works the same for form sign-in,
 * single sign-on and tests.
 */
@Component
public class CurrentUser {

    private final UserAccountRepository accounts;
    /** One look-up per transaction: a single save asks "who is this" at every check it passes. */
    private final TransactionMemo<String, Optional<UserSummary>> signedIn = new TransactionMemo<>("signedIn");

    CurrentUser(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        // A deactivated person is nobody: every service refuses them, even on a page that is still open.
        return signedIn.get(auth.getName(), () -> accounts.findByUsername(auth.getName()).filter(a -> a.isActive()).map(a -> a.toSummary()));
    }

    /**
     * How the person signed in, as recorded with an approval: "password", or "oidc" with the issuer
     * of the identity provider that vouched for them.
     */
    public String signInMethod() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof org.springframework.security.oauth2.core.oidc.user.OidcUser oidc) {
            return "oidc " + oidc.getIdToken().getIssuer();
        }
        return "password";
    }

    /** Whether Sammen's own background work is acting ({@link ActingAs#system}). */
    public boolean isSystem() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && ActingAs.SYSTEM_NAME.equals(auth.getName())
                && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + Roles.SYSTEM).equals(a.getAuthority()));
    }

    /** Background work only: refuses every signed-in person and every page. */
    public void requireSystem() {
        if (!isSystem()) throw new AccessDeniedException("for Sammen's background work only");
    }

    /** The signed-in user, or an access refusal for anyone else. */
    public UserSummary require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
