package dk.sammen.security;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.Problem;
import dk.sammen.base.TextRules;
import dk.sammen.base.Translations;
import dk.sammen.security.AccountEvents.AccountDeactivated;
import dk.sammen.security.AccountEvents.PasswordLinkIssued;
import dk.sammen.security.internal.AccountToken;
import dk.sammen.security.internal.AccountTokenRepository;
import dk.sammen.security.internal.UserAccount;
import dk.sammen.security.internal.UserAccountRepository;
import dk.sammen.security.internal.Usernames;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts, their passwords and the links to choose one: the only door to them. */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,100}");
    private static final int MAX_SEARCH_RESULTS = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final SettingsService settings;
    private final AdminAudit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwordEncoder,
                   CurrentUser currentUser, SettingsService settings, AdminAudit audit, ApplicationEventPublisher events,
                   Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Creates an account with a password chosen by the administrator (sample data, tests); administrators only. */
    @Transactional
    public UserId createAccount(NewAccount account) {
        requireAdministrator();
        UserId id = store(account);
        audit.record("person.created", account.username(), "", accounts.findById(id.value()).orElseThrow().describeForAudit());
        return id;
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
        checkName(problems, displayName);
        PasswordRules.check(problems, account.password(), username);
        if (accounts.existsByUsername(username)) problems.add("username", "validation.usernameTaken");
        problems.throwIfAny();
        UserAccount stored = accounts.save(new UserAccount(username, passwordEncoder.encode(account.password()),
                displayName, account.administrator(), account.locale().getLanguage(), clock.instant()));
        return new UserId(stored.requireId());
    }

    /**
     * A new person who chooses their own password through an invitation link sent by e-mail.
     * Administrators may always; a facilitator only when the organisation's settings allow it.
     */
    @Transactional
    public UserSummary createPerson(NewPerson person) {
        UserSummary me = currentUser.require();
        if (!me.administrator()) {
            OrganisationSettings rules = settings.settings();
            if (!rules.facilitatorsMayInviteNewPeople() || !rules.mayStartScoping(me)) {
                throw new AccessDeniedException("may not invite people who are not in the directory");
            }
        }
        UserAccount stored = storePerson(person);
        audit.record("person.created", stored.getUsername(), "", stored.describeForAudit());
        issue(stored, PasswordLink.INVITATION, me.displayName());
        return stored.toSummary();
    }

    /** Creates or updates people from an import, matched by e-mail; administrators only. New people get an invitation. */
    @Transactional
    public Map<String, UserSummary> importPeople(List<NewPerson> people) {
        UserSummary me = requireAdministrator();
        Map<String, UserAccount> existing = withEmailsFound(people.stream().map(p -> normalEmail(p.email())).distinct().toList())
                .stream().collect(Collectors.toMap(UserAccount::getEmail, a -> a));
        Map<String, UserSummary> result = new java.util.LinkedHashMap<>();
        for (NewPerson person : people) {
            String email = normalEmail(person.email());
            UserAccount account = existing.get(email);
            if (account == null) {
                account = storePerson(person);
                audit.record("person.imported", account.getUsername(), "", account.describeForAudit());
                issue(account, PasswordLink.INVITATION, me.displayName());
            } else {
                String before = account.describeForAudit();
                describe(account, person.displayName(), email, person.locale());
                if (!before.equals(account.describeForAudit())) {
                    audit.record("person.updated", account.getUsername(), before, account.describeForAudit());
                }
            }
            result.put(email, account.toSummary());
        }
        return result;
    }

    /** Problems a person's details would have, without storing anything (for an import's preview). */
    @Transactional(readOnly = true)
    public List<Problem> check(NewPerson person, boolean emailMayExist) {
        var problems = new InvalidInputException.Collector();
        String displayName = TextRules.clean(person.displayName());
        checkName(problems, displayName);
        String email = normalEmail(person.email());
        checkEmail(problems, email);
        if (!emailMayExist && !email.isEmpty() && accounts.findByEmail(email).isPresent()) problems.add("email", "validation.emailTaken");
        @Nullable String username = person.username();
        if (username != null && !username.isBlank()) {
            String clean = TextRules.clean(username).toLowerCase(Locale.ROOT);
            if (!USERNAME.matcher(clean).matches()) problems.add("username", "validation.username");
            else if (accounts.findByUsername(clean).filter(a -> !email.equals(a.getEmail())).isPresent()) {
                problems.add("username", "validation.usernameTaken");
            }
        }
        return problems.problems();
    }

    private UserAccount storePerson(NewPerson person) {
        List<Problem> problems = check(person, false);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        String displayName = TextRules.clean(person.displayName());
        String email = normalEmail(person.email());
        String username = person.username() != null && !person.username().isBlank()
                ? TextRules.clean(person.username()).toLowerCase(Locale.ROOT)
                : Usernames.free(accounts, "", email);
        String language = Translations.supported(person.locale()).getLanguage();
        UserAccount account = new UserAccount(username, null, displayName, false, language, clock.instant());
        account.describe(displayName, email, language);
        return accounts.save(account);
    }

    /** Name, e-mail and language; administrators only. */
    @Transactional
    public void update(UserId id, String displayName, String email, Locale locale) {
        requireAdministrator();
        UserAccount account = find(id);
        String before = account.describeForAudit();
        var problems = new InvalidInputException.Collector();
        String name = TextRules.clean(displayName);
        String cleanEmail = normalEmail(email);
        checkName(problems, name);
        checkEmail(problems, cleanEmail);
        accounts.findByEmail(cleanEmail).filter(other -> !other.equals(account)).ifPresent(o -> problems.add("email", "validation.emailTaken"));
        problems.throwIfAny();
        describe(account, name, cleanEmail, locale);
        audit.record("person.updated", account.getUsername(), before, account.describeForAudit());
    }

    private static void describe(UserAccount account, String displayName, String email, Locale locale) {
        account.describe(TextRules.clean(displayName), email.isEmpty() ? null : email, Translations.supported(locale).getLanguage());
    }

    /**
     * The person can no longer sign in, and every open page of theirs is closed after commit. They stay
     * as a name in history, approvals and charters. The last active administrator cannot be deactivated.
     */
    @Transactional
    public void deactivate(UserId id) {
        requireAdministrator();
        UserAccount account = find(id);
        if (!account.isActive()) return;
        if (account.isAdministrator() && accounts.countByAdministratorTrueAndActiveTrue() <= 1) {
            throw new InvalidInputException(Problem.of("person", "validation.lastAdministrator"));
        }
        String before = account.describeForAudit();
        account.deactivate();
        audit.record("person.deactivated", account.getUsername(), before, account.describeForAudit());
        events.publishEvent(new AccountDeactivated(id, account.getUsername()));
    }

    @Transactional
    public void reactivate(UserId id) {
        requireAdministrator();
        UserAccount account = find(id);
        if (account.isActive()) return;
        String before = account.describeForAudit();
        account.reactivate();
        audit.record("person.reactivated", account.getUsername(), before, account.describeForAudit());
    }

    /** Grants or takes back the administrator role; the last active administrator keeps it. */
    @Transactional
    public void setAdministrator(UserId id, boolean administrator) {
        requireAdministrator();
        UserAccount account = find(id);
        if (account.isAdministrator() == administrator) return;
        if (!administrator && account.isActive() && accounts.countByAdministratorTrueAndActiveTrue() <= 1) {
            throw new InvalidInputException(Problem.of("person", "validation.lastAdministrator"));
        }
        String before = account.describeForAudit();
        account.makeAdministrator(administrator);
        audit.record(administrator ? "person.adminGranted" : "person.adminRevoked", account.getUsername(), before,
                account.describeForAudit());
    }

    /** Names a person as one who may start scopings when only facilitators may. */
    @Transactional
    public void setFacilitator(UserId id, boolean facilitator) {
        requireAdministrator();
        UserAccount account = find(id);
        if (account.isFacilitator() == facilitator) return;
        String before = account.describeForAudit();
        account.makeFacilitator(facilitator);
        audit.record(facilitator ? "person.facilitatorGranted" : "person.facilitatorRevoked", account.getUsername(), before,
                account.describeForAudit());
    }

    /** A new invitation link for a person who has not chosen a password yet; earlier links stop working. */
    @Transactional
    public void resendInvitation(UserId id) {
        UserSummary me = requireAdministrator();
        UserAccount account = find(id);
        if (account.getEmail() == null) throw new InvalidInputException(Problem.of("email", "validation.required"));
        issue(account, PasswordLink.INVITATION, me.displayName());
        audit.record("person.invited", account.getUsername(), "", account.getEmail());
    }

    /**
     * "Glemt adgangskode": sends a reset link when the address belongs to an active account; answers
     * the same (nothing) whether or not it does, so the form tells no one who has an account.
     */
    @Transactional
    public void requestPasswordReset(String email) {
        String clean = normalEmail(email);
        if (clean.isEmpty() || clean.length() > 254 || TextRules.hasControlCharacters(clean)) return;
        accounts.findByEmail(clean).filter(UserAccount::isActive).ifPresent(a -> issue(a, PasswordLink.RESET, ""));
    }

    /** What a link is, without using it. */
    @Transactional(readOnly = true)
    public PasswordLink.Status linkStatus(PasswordLink purpose, String token) {
        return tokenOf(purpose, token, false).map(t -> status(t)).orElse(new PasswordLink.Status.Unknown());
    }

    private PasswordLink.Status status(AccountToken token) {
        if (token.used()) return new PasswordLink.Status.Used();
        if (!token.expiresAt().isAfter(clock.instant())) return new PasswordLink.Status.Expired();
        UserAccount account = accounts.findById(token.userId()).orElseThrow();
        if (!account.isActive()) return new PasswordLink.Status.Unknown();
        return new PasswordLink.Status.Valid(account.getDisplayName(), account.getUsername());
    }

    /** Uses a link once: the password is set and the link (and any other open link of the same kind) stops working. */
    @Transactional
    public String choosePassword(PasswordLink purpose, String token, String password) {
        AccountToken stored = tokenOf(purpose, token, true).orElseThrow(() -> new InvalidInputException(Problem.of("link", "password.link.unknown")));
        switch (status(stored)) {
            case PasswordLink.Status.Valid valid -> { }
            case PasswordLink.Status.Expired expired -> throw new InvalidInputException(Problem.of("link", "password.link.expired"));
            case PasswordLink.Status.Used used -> throw new InvalidInputException(Problem.of("link", "password.link.used"));
            case PasswordLink.Status.Unknown unknown -> throw new InvalidInputException(Problem.of("link", "password.link.unknown"));
        }
        UserAccount account = accounts.findById(stored.userId()).orElseThrow();
        var problems = new InvalidInputException.Collector();
        PasswordRules.check(problems, password, account.getUsername());
        problems.throwIfAny();
        account.choosePassword(passwordEncoder.encode(password));
        tokens.findByUserIdAndPurposeAndUsedAtIsNullAndExpiresAtAfter(account.requireId(), purpose.name(), Instant.EPOCH)
                .forEach(t -> t.use(clock.instant()));
        stored.use(clock.instant());
        return account.getUsername();
    }

    /** The signed-in person changes their own password, giving the current one. */
    @Transactional
    public void changeOwnPassword(String current, String chosen) {
        UserSummary me = currentUser.require();
        UserAccount account = find(me.id());
        var problems = new InvalidInputException.Collector();
        if (account.getPasswordHash() == null || !passwordEncoder.matches(current, account.getPasswordHash())) {
            problems.add("current", "validation.passwordWrong");
        }
        PasswordRules.check(problems, chosen, account.getUsername());
        problems.throwIfAny();
        account.choosePassword(passwordEncoder.encode(chosen));
    }

    private void issue(UserAccount account, PasswordLink purpose, String issuedBy) {
        if (account.getEmail() == null) return;
        // Only one open link of a kind: an older one stops working when a new one is sent.
        tokens.findByUserIdAndPurposeAndUsedAtIsNullAndExpiresAtAfter(account.requireId(), purpose.name(), clock.instant())
                .forEach(t -> t.use(clock.instant()));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = clock.instant().plus(purpose.validFor());
        tokens.save(new AccountToken(account.requireId(), purpose.name(), hash(token), clock.instant(), expires));
        events.publishEvent(new PasswordLinkIssued(account.toSummary(), purpose, token, expires, issuedBy));
    }

    private Optional<AccountToken> tokenOf(PasswordLink purpose, String token, boolean forUse) {
        if (token.isEmpty() || token.length() > 100) return Optional.empty();
        String hash = hash(token);
        return (forUse ? tokens.findForUseByTokenHash(hash) : tokens.findByTokenHash(hash)).filter(t -> t.purpose().equals(purpose.name()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everyone with an account, so a facilitator can find whom to invite. Names and roles only. */
    @Transactional(readOnly = true)
    public List<UserSummary> allUsers() {
        currentUser.require();
        return accounts.findAllByOrderByDisplayNameAsc().stream().map(UserAccount::toSummary).toList();
    }

    /**
     * Active people whose name, user name or e-mail contains the text (any case), or whose id is among
     * {@code alsoIds} (for example everyone in a department whose name matched), at most 50, by name.
     */
    @Transactional(readOnly = true)
    public List<UserSummary> search(String text, Collection<Long> alsoIds, boolean includeInactive) {
        currentUser.require();
        // % would match everything; an _ matches any one letter, which only widens a search a little.
        String clean = TextRules.clean(text).toLowerCase(Locale.ROOT).replace("%", "");
        String pattern = "%" + clean + "%";
        List<Long> ids = alsoIds.isEmpty() ? List.of(-1L) : List.copyOf(alsoIds);
        return accounts.search(pattern, ids, includeInactive, PageRequest.of(0, MAX_SEARCH_RESULTS)).stream()
                .map(UserAccount::toSummary).toList();
    }

    /** The accounts with these e-mail addresses (lower case); administrators only. */
    @Transactional(readOnly = true)
    public List<UserSummary> withEmails(Collection<String> emails) {
        requireAdministrator();
        return withEmailsFound(emails).stream().map(UserAccount::toSummary).toList();
    }

    /** In slices, so a file of thousands of addresses never makes one enormous IN list. */
    private List<UserAccount> withEmailsFound(Collection<String> emails) {
        List<UserAccount> found = new java.util.ArrayList<>();
        List<String> all = List.copyOf(emails);
        for (int i = 0; i < all.size(); i += 500) found.addAll(accounts.findByEmailIn(all.subList(i, Math.min(all.size(), i + 500))));
        return found;
    }

    /** Also for background work, which tells people of what happened (it needs their address and language). */
    @Transactional(readOnly = true)
    public List<UserSummary> users(Collection<Long> ids) {
        if (!currentUser.isSystem()) currentUser.require();
        return accounts.findByIdIn(ids).stream().map(UserAccount::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public UserSummary user(UserId id) {
        currentUser.require();
        return accounts.findById(id.value()).map(UserAccount::toSummary)
                .orElseThrow(() -> new InvalidInputException(Problem.of("user", "validation.unknownUser")));
    }

    @Transactional(readOnly = true)
    public long count() {
        requireAdministrator();
        return accounts.count();
    }

    /** The active administrators, for telling them what needs their attention. */
    @Transactional(readOnly = true)
    public List<UserSummary> administrators() {
        return accounts.findByAdministratorTrueAndActiveTrue().stream().map(UserAccount::toSummary).toList();
    }

    /** Display names by account id, for showing who did what. */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames() {
        return allUsers().stream().collect(Collectors.toMap(u -> u.id().value(), UserSummary::displayName));
    }

    /** The signed-in user's language; kept for their next visit. */
    @Transactional
    public void changeLanguage(Locale locale) {
        UserSummary me = currentUser.require();
        find(me.id()).setLocale(Translations.supported(locale).getLanguage());
    }

    /** True when some account still signs in with this password; used to refuse known defaults in production. */
    @Transactional(readOnly = true)
    public boolean anyAccountUsesPassword(String rawPassword) {
        return accounts.findAll().stream().anyMatch(a -> a.getPasswordHash() != null && passwordEncoder.matches(rawPassword, a.getPasswordHash()));
    }

    @Transactional(readOnly = true)
    public boolean hasAccounts() {
        return accounts.count() > 0;
    }

    private UserAccount find(UserId id) {
        return accounts.findById(id.value()).orElseThrow(() -> new InvalidInputException(Problem.of("user", "validation.unknownUser")));
    }

    private UserSummary requireAdministrator() {
        UserSummary me = currentUser.require();
        if (!me.administrator()) throw new AccessDeniedException("only administrators keep people");
        return me;
    }

    private static void checkName(InvalidInputException.Collector problems, String displayName) {
        TextRules.checkName(problems, "displayName", displayName, 200, true);
    }

    /** One address, no display name, no line breaks: nothing that could add a header to a mail. */
    static void checkEmail(InvalidInputException.Collector problems, String email) {
        if (email.isEmpty()) {
            problems.add("email", "validation.required");
            return;
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) problems.add("email", "validation.email");
    }

    private static final Pattern EMAIL = Pattern.compile("[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    public static String normalEmail(@Nullable String email) {
        return TextRules.clean(email).toLowerCase(Locale.ROOT);
    }

    public record NewAccount(String username, String displayName, String password, boolean administrator, Locale locale) {
    }

    /** A person as an administrator or an import describes them; the user name is made from the e-mail when empty. */
    public record NewPerson(@Nullable String username, String displayName, String email, Locale locale) {
    }
}
