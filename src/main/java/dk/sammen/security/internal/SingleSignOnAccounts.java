package dk.sammen.security.internal;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.TextRules;
import dk.sammen.security.AccountService;
import dk.sammen.security.AdminAudit;
import dk.sammen.security.SingleSignOnDirectory;
import dk.sammen.security.UserId;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The person behind a validated ID token: found by issuer and subject (or, the first time, by
 * e-mail), created on their first sign-in, and updated from the claims on every later one.
 * Spring Security has already checked the token's signature, issuer, audience and expiry.
 */
class SingleSignOnAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String UNKNOWN_DEPARTMENT = "unknown_department";
    static final String DEACTIVATED = "deactivated";
    static final String INCOMPLETE = "incomplete_profile";

    private final OidcUserService provider = new OidcUserService();
    private final SingleSignOnProperties properties;
    private final UserAccountRepository accounts;
    private final SingleSignOnDirectory directory;
    private final AdminAudit audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SingleSignOnAccounts(SingleSignOnProperties properties, UserAccountRepository accounts, SingleSignOnDirectory directory,
                         AdminAudit audit, TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.accounts = accounts;
        this.directory = directory;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String issuer = String.valueOf(user.getIdToken().getIssuer());
        String externalId = issuer + "|" + user.getSubject();
        String email = AccountService.normalEmail(claim(user, properties.emailClaim()));
        String name = TextRules.clean(claim(user, properties.nameClaim()));
        String wanted = TextRules.clean(claim(user, properties.usernameClaim())).toLowerCase(Locale.ROOT);
        if (name.isEmpty()) name = wanted.isEmpty() ? email : wanted;
        @Nullable String department = properties.departmentClaim().isEmpty() ? null : claim(user, properties.departmentClaim());
        if (department != null && (department.isBlank() || !directory.knowsDepartment(department))) {
            String who = name;
            transaction.executeWithoutResult(s -> directory.reportUnknownDepartment(department, who, email));
            throw new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_DEPARTMENT, department, null));
        }
        String finalName = name;
        UserAccount account = transaction.execute(s -> provision(externalId, wanted, email, finalName, department));
        return new SingleSignOnUser(user, account.getUsername(), AccountUserDetailsService.authoritiesOf(account));
    }

    private UserAccount provision(String externalId, String wanted, String email, String name, @Nullable String department) {
        UserAccount account = accounts.findByExternalId(externalId)
                .or(() -> email.isEmpty() ? java.util.Optional.empty() : accounts.findByEmail(email))
                .orElse(null);
        boolean created = account == null;
        var nameProblems = new InvalidInputException.Collector();
        TextRules.checkName(nameProblems, "displayName", name, 200, true);
        if (created) {
            if (!nameProblems.isEmpty()) throw new OAuth2AuthenticationException(new OAuth2Error(INCOMPLETE));
            account = accounts.save(new UserAccount(Usernames.free(accounts, wanted, email), null, name, false, "da", clock.instant()));
        }
        if (!account.isActive()) throw new OAuth2AuthenticationException(new OAuth2Error(DEACTIVATED));
        String before = account.describeForAudit();
        account.linkSingleSignOn(externalId);
        // An e-mail address another account already has is not taken over: the person keeps the one they had.
        UserAccount self = account;
        String keptEmail = email.isEmpty() || accounts.findByEmail(email).filter(other -> !other.equals(self)).isPresent()
                ? account.getEmail() : email;
        // A name the rules refuse is not taken over either; the person keeps the one they had.
        account.describe(nameProblems.isEmpty() ? name : account.getDisplayName(), keptEmail, account.getLocale());
        if (created) {
            audit.record("person.createdBySignIn", account.getUsername(), "", account.describeForAudit());
        } else if (!before.equals(account.describeForAudit())) {
            audit.record("person.updatedBySignIn", account.getUsername(), before, account.describeForAudit());
        }
        if (department != null) directory.place(new UserId(account.requireId()), department);
        return account;
    }

    private static String claim(OidcUser user, String name) {
        Object value = user.getClaims().get(name);
        return value == null ? "" : String.valueOf(value);
    }
}
