package dk.sammen.security;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.TextRules;
import dk.sammen.base.Translations;
import dk.sammen.security.internal.UserAccount;
import dk.sammen.security.internal.UserAccountRepository;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: the only door to them. */
@Service
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,100}");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Creates an account; only an administrator may. */
    @Transactional
    public UserId createAccount(NewAccount account) {
        if (!currentUser.require().administrator()) {
            throw new AccessDeniedException("only administrators create accounts");
        }
        return store(account);
    }

    /** The very first account of an empty installation, an administrator. Refused once any account exists. */
    @Transactional
    public UserId createFirstAdministrator(NewAccount account) {
        if (accounts.count() > 0) {
            throw new AccessDeniedException("accounts exist already");
        }
        return store(new NewAccount(account.username(), account.displayName(), account.password(), true, account.locale()));
    }

    private UserId store(NewAccount account) {
        var problems = new InvalidInputException.Collector();
        String username = TextRules.clean(account.username()).toLowerCase(Locale.ROOT);
        String displayName = TextRules.clean(account.displayName());
        if (!USERNAME.matcher(username).matches()) problems.add("username", "validation.username");
        TextRules.check(problems, "displayName", displayName, 200, true);
        if (account.password().length() < MIN_PASSWORD_LENGTH) {
            problems.add("password", "validation.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
        if (accounts.findByUsername(username).isPresent()) problems.add("username", "validation.usernameTaken");
        problems.throwIfAny();
        UserAccount stored = accounts.save(new UserAccount(username, passwordEncoder.encode(account.password()),
                displayName, account.administrator(), account.locale().getLanguage(), clock.instant()));
        return new UserId(stored.requireId());
    }

    /** Everyone with an account, so a facilitator can find whom to invite. Names and roles only. */
    @Transactional(readOnly = true)
    public List<UserSummary> allUsers() {
        currentUser.require();
        return accounts.findAllByOrderByDisplayNameAsc().stream().map(UserAccount::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public UserSummary user(UserId id) {
        currentUser.require();
        return accounts.findById(id.value()).map(UserAccount::toSummary)
                .orElseThrow(() -> new InvalidInputException(dk.sammen.base.Problem.of("user", "validation.unknownUser")));
    }

    /** Display names by account id, for showing who did what. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> displayNames() {
        return allUsers().stream().collect(java.util.stream.Collectors.toMap(u -> u.id().value(), UserSummary::displayName));
    }

    /** The signed-in user's language; kept for their next visit. */
    @Transactional
    public void changeLanguage(Locale locale) {
        UserSummary me = currentUser.require();
        accounts.findById(me.id().value()).orElseThrow().setLocale(Translations.supported(locale).getLanguage());
    }

    /** True when some account still signs in with this password; used to refuse known defaults in production. */
    @Transactional(readOnly = true)
    public boolean anyAccountUsesPassword(String rawPassword) {
        return accounts.findAll().stream().anyMatch(a -> passwordEncoder.matches(rawPassword, a.getPasswordHash()));
    }

    @Transactional(readOnly = true)
    public boolean hasAccounts() {
        return accounts.count() > 0;
    }

    public record NewAccount(String username, String displayName, String password, boolean administrator, Locale locale) {
    }
}
