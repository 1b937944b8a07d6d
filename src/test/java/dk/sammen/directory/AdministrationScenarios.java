package dk.sammen.directory;

import static dk.sammen.TestUsers.as;
import static dk.sammen.TestUsers.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.Problem;
import dk.sammen.mail.MailOutbox;
import dk.sammen.mail.QueuedMail;
import dk.sammen.scoping.NewScoping;
import dk.sammen.scoping.PartnerType;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import dk.sammen.security.AdminAudit;
import dk.sammen.security.CurrentUser;
import dk.sammen.security.OrganisationSettings;
import dk.sammen.security.PasswordLink;
import dk.sammen.security.SettingsService;
import dk.sammen.security.UserSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

/**
 * What an administrator does before the first scoping, through the services, as a user would. Run
 * on the embedded H2 ({@link AdministrationTest}) and on a throw-away PostgreSQL (PostgresMigrationTest).
 * Every name is new per run, so the scenarios can share a database with other tests.
 */
public final class AdministrationScenarios {

    private static final Pattern LINK = Pattern.compile("/password/(invitation|reset)/([A-Za-z0-9_-]{20,})");

    private final ApplicationContext context;
    private final DirectoryService directory;
    private final AccountService accounts;
    private final PeopleImport peopleImport;
    private final MailOutbox outbox;
    private final AdminAudit audit;
    private final SettingsService settings;
    private final ScopingService scopings;
    private final String run = Long.toString(System.nanoTime() % 100_000_000L, 36);

    public AdministrationScenarios(ApplicationContext context) {
        this.context = context;
        directory = context.getBean(DirectoryService.class);
        accounts = context.getBean(AccountService.class);
        peopleImport = context.getBean(PeopleImport.class);
        outbox = context.getBean(MailOutbox.class);
        audit = context.getBean(AdminAudit.class);
        settings = context.getBean(SettingsService.class);
        scopings = context.getBean(ScopingService.class);
    }

    public void all() throws IOException {
        departments_are_created_renamed_and_deactivated_but_stay_in_old_scopings();
        a_new_person_gets_an_invitation_link_that_works_once();
        expired_and_forged_links_change_nothing();
        a_reset_is_asked_for_the_same_way_whether_or_not_the_address_exists();
        passwords_follow_the_rules();
        a_deactivated_person_cannot_sign_in_and_is_nobody_to_the_services();
        the_last_administrator_stays();
        only_administrators_administer();
        names_and_addresses_cannot_carry_line_breaks_or_markup();
        the_settings_decide_who_starts_scopings_and_who_invites_new_people();
        an_import_previews_every_row_and_stores_all_or_nothing();
        importing_the_same_file_again_updates_instead_of_duplicating();
        broken_files_are_refused_with_a_message_for_the_file();
        every_change_is_in_the_audit();
    }

    public void departments_are_created_renamed_and_deactivated_but_stay_in_old_scopings() {
        var id = as("admin", () -> directory.createDepartment("Teknik " + run, "T" + run));
        run("admin", () -> directory.updateDepartment(id, "Teknik og Miljø " + run, "TM" + run));
        assertThat(as("nanna", () -> directory.department(id)).name()).isEqualTo("Teknik og Miljø " + run);
        var other = as("nanna", () -> directory.activeDepartments()).getFirst();
        ScopingId scoping = as("nanna", () -> scopings.create(new NewScoping("Afd. " + run, "", List.of(
                new NewScoping.NewParty(id, PartnerType.SAME_MUNICIPALITY), new NewScoping.NewParty(other.id(), PartnerType.SAME_MUNICIPALITY)))));
        run("admin", () -> directory.setDepartmentActive(id, false));
        assertThat(as("nanna", () -> directory.activeDepartments())).extracting(DepartmentSummary::id).doesNotContain(id);
        // Kept in the old scoping, by its name, and offered nowhere new.
        assertThat(as("nanna", () -> scopings.details(scoping)).parties()).extracting(p -> p.department().name()).contains("Teknik og Miljø " + run);
        assertProblem(() -> run("nanna", () -> scopings.create(new NewScoping("Ny " + run, "", List.of(
                new NewScoping.NewParty(id, PartnerType.SAME_MUNICIPALITY), new NewScoping.NewParty(other.id(), PartnerType.SAME_MUNICIPALITY))))),
                "validation.departmentInactive");
        assertProblem(() -> run("admin", () -> directory.createDepartment("teknik og miljø " + run, "")), "validation.departmentExists");
        run("admin", () -> directory.setDepartmentActive(id, true));
    }

    public void a_new_person_gets_an_invitation_link_that_works_once() {
        String email = "ny." + run + "@kommune.dk";
        UserSummary created = as("admin", () -> directory.createPerson(new NewPerson("Nina Ny " + run, email, null, department("BU"),
                "Planlægger", Locale.of("da"))));
        assertThat(created.username()).isEqualTo("ny." + run);
        QueuedMail mail = mailTo(email);
        assertThat(mail.subject()).isEqualTo("Du er inviteret til Sammen");
        assertThat(mail.text()).contains("Nina Ny " + run).contains("Ada Administrator").contains("ny." + run);
        String token = token(mail, "invitation");
        assertThat(accounts.linkStatus(PasswordLink.INVITATION, token)).isInstanceOf(PasswordLink.Status.Valid.class);
        // The token itself is nowhere in the database, only its hash.
        assertThat(jdbc().queryForObject("select count(*) from account_token where token_hash = ?", Long.class, token)).isZero();
        assertThat(accounts.choosePassword(PasswordLink.INVITATION, token, "en lang sætning om cykler")).isEqualTo("ny." + run);
        assertThat(signIn("ny." + run, "en lang sætning om cykler")).isTrue();
        assertThat(accounts.linkStatus(PasswordLink.INVITATION, token)).isInstanceOf(PasswordLink.Status.Used.class);
        assertProblem(() -> accounts.choosePassword(PasswordLink.INVITATION, token, "en anden lang sætning"), "password.link.used");
        assertThat(signIn("ny." + run, "en anden lang sætning")).isFalse();
        assertThat(as("nanna", () -> directory.person(created.id())).department().shortName()).isEqualTo("BU");
        // A facilitator finds the new person by part of the name, by e-mail, and by department.
        assertThat(as("nanna", () -> directory.findPeople("nina ny " + run, false))).extracting(p -> p.user().id()).contains(created.id());
        assertThat(as("nanna", () -> directory.findPeople(email.toUpperCase(Locale.ROOT), false))).extracting(p -> p.user().id())
                .contains(created.id());
        assertThat(as("nanna", () -> directory.findPeople("byudvik", false))).extracting(p -> p.user().username()).contains("mette");
        assertThat(as("nanna", () -> directory.findPeople("", false))).hasSizeLessThanOrEqualTo(50);
    }

    public void expired_and_forged_links_change_nothing() {
        String email = "udloeb." + run + "@kommune.dk";
        run("admin", () -> directory.createPerson(new NewPerson("Udløb " + run, email, null, department("BU"), "", Locale.of("da"))));
        String token = token(mailTo(email), "invitation");
        jdbc().update("update account_token set expires_at = ? where token_hash = ?", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)),
                hash(token));
        assertThat(accounts.linkStatus(PasswordLink.INVITATION, token)).isInstanceOf(PasswordLink.Status.Expired.class);
        assertProblem(() -> accounts.choosePassword(PasswordLink.INVITATION, token, "en lang sætning om cykler"), "password.link.expired");
        assertThat(accounts.linkStatus(PasswordLink.INVITATION, token.substring(1) + "x")).isInstanceOf(PasswordLink.Status.Unknown.class);
        assertThat(accounts.linkStatus(PasswordLink.RESET, token)).as("an invitation is no reset link").isInstanceOf(PasswordLink.Status.Unknown.class);
        assertThat(accounts.linkStatus(PasswordLink.INVITATION, "")).isInstanceOf(PasswordLink.Status.Unknown.class);
        assertThat(accounts.linkStatus(PasswordLink.INVITATION, "<script>".repeat(100))).isInstanceOf(PasswordLink.Status.Unknown.class);
        assertThat(signIn("udloeb." + run, "en lang sætning om cykler")).isFalse();
    }

    public void a_reset_is_asked_for_the_same_way_whether_or_not_the_address_exists() {
        String email = "glemt." + run + "@kommune.dk";
        run("admin", () -> accounts.createAccount(new AccountService.NewAccount("glemt." + run, "Glemt " + run, "gammel lang adgangskode", false,
                Locale.of("da"))));
        run("admin", () -> accounts.update(as("admin", () -> directory.findPeople("glemt." + run, true)).getFirst().user().id(),
                "Glemt " + run, email, Locale.of("en")));
        int before = as("admin", () -> outbox.recent(500)).size();
        accounts.requestPasswordReset("ingen." + run + "@kommune.dk");
        accounts.requestPasswordReset("not an address\r\nBcc: x@evil.example");
        assertThat(as("admin", () -> outbox.recent(500))).hasSize(before);
        accounts.requestPasswordReset(email.toUpperCase(Locale.ROOT));
        QueuedMail mail = mailTo(email);
        assertThat(mail.subject()).as("in the person's language").isEqualTo("Reset your password for Sammen");
        String token = token(mail, "reset");
        accounts.choosePassword(PasswordLink.RESET, token, "helt ny lang adgangskode");
        assertThat(signIn("glemt." + run, "helt ny lang adgangskode")).isTrue();
        assertThat(signIn("glemt." + run, "gammel lang adgangskode")).isFalse();
    }

    public void passwords_follow_the_rules() {
        String user = "regel." + run;
        run("admin", () -> accounts.createAccount(new AccountService.NewAccount(user, "Regel " + run, "start adgangskode 2026", false, Locale.of("da"))));
        assertProblem(() -> run(user, () -> accounts.changeOwnPassword("start adgangskode 2026", "kort")), "validation.passwordTooShort");
        assertProblem(() -> run(user, () -> accounts.changeOwnPassword("start adgangskode 2026", "password1234")), "validation.passwordCommon");
        assertProblem(() -> run(user, () -> accounts.changeOwnPassword("start adgangskode 2026", "Velkommen2026")), "validation.passwordCommon");
        assertProblem(() -> run(user, () -> accounts.changeOwnPassword("start adgangskode 2026", "mit navn er " + user)), "validation.passwordHasUsername");
        assertProblem(() -> run(user, () -> accounts.changeOwnPassword("forkert adgangskode", "en helt anden sætning")), "validation.passwordWrong");
        // No composition rules: a long sentence of lower-case words is fine.
        run(user, () -> accounts.changeOwnPassword("start adgangskode 2026", "cyklen står i gården"));
        assertThat(signIn(user, "cyklen står i gården")).isTrue();
    }

    public void a_deactivated_person_cannot_sign_in_and_is_nobody_to_the_services() {
        String user = "stop." + run;
        var id = as("admin", () -> accounts.createAccount(new AccountService.NewAccount(user, "Stop " + run, "stop adgangskode 2026", false, Locale.of("da"))));
        assertThat(signIn(user, "stop adgangskode 2026")).isTrue();
        run("admin", () -> accounts.deactivate(id));
        assertThat(signIn(user, "stop adgangskode 2026")).isFalse();
        assertThat(as(user, () -> context.getBean(CurrentUser.class).get())).isEmpty();
        assertThatThrownBy(() -> run(user, () -> scopings.myScopings())).isInstanceOf(AccessDeniedException.class);
        // Still a name: the administrator finds them, marked deactivated.
        assertThat(as("admin", () -> directory.findPeople(user, true))).singleElement().satisfies(p -> assertThat(p.user().active()).isFalse());
        assertThat(as("nanna", () -> directory.findPeople(user, false))).isEmpty();
        run("admin", () -> accounts.reactivate(id));
        assertThat(signIn(user, "stop adgangskode 2026")).isTrue();
    }

    public void the_last_administrator_stays() {
        UserSummary admin = as("admin", () -> directory.findPeople("admin", true)).stream().filter(p -> p.user().username().equals("admin"))
                .findFirst().orElseThrow().user();
        long otherAdmins = as("admin", () -> accounts.administrators()).size() - 1;
        if (otherAdmins == 0) {
            assertProblem(() -> run("admin", () -> accounts.setAdministrator(admin.id(), false)), "validation.lastAdministrator");
            assertProblem(() -> run("admin", () -> accounts.deactivate(admin.id())), "validation.lastAdministrator");
        }
        String second = "admin2." + run;
        var id = as("admin", () -> accounts.createAccount(new AccountService.NewAccount(second, "Anden Admin " + run, "anden admin kode 2026", false,
                Locale.of("da"))));
        run("admin", () -> accounts.setAdministrator(id, true));
        assertThat(as(second, () -> accounts.count())).isPositive();
        run(second, () -> accounts.setAdministrator(id, false));
        assertThatThrownBy(() -> run(second, () -> accounts.count())).isInstanceOf(AccessDeniedException.class);
    }

    public void only_administrators_administer() {
        var bu = department("BU");
        List<ThrowingCallable> attempts = List.of(
                () -> run("kamilla", () -> directory.createDepartment("Ulovlig " + run, "")),
                () -> run("kamilla", () -> directory.updateDepartment(bu, "Ulovlig " + run, "")),
                () -> run("kamilla", () -> directory.setDepartmentActive(bu, false)),
                () -> run("kamilla", () -> directory.createPerson(new NewPerson("X", "x." + run + "@k.dk", null, bu, "", Locale.ENGLISH))),
                () -> run("kamilla", () -> accounts.deactivate(as("admin", () -> directory.findPeople("nanna", true)).getFirst().user().id())),
                () -> run("kamilla", () -> accounts.setAdministrator(as("admin", () -> directory.findPeople("kamilla", true)).getFirst().user().id(), true)),
                () -> run("kamilla", () -> accounts.setFacilitator(as("admin", () -> directory.findPeople("kamilla", true)).getFirst().user().id(), true)),
                () -> run("kamilla", () -> accounts.update(as("admin", () -> directory.findPeople("nanna", true)).getFirst().user().id(), "N", "n@k.dk", Locale.ENGLISH)),
                () -> run("kamilla", () -> accounts.resendInvitation(as("admin", () -> directory.findPeople("nanna", true)).getFirst().user().id())),
                () -> run("kamilla", () -> peopleImport.preview(resource("people-semicolon.csv"))),
                () -> run("kamilla", () -> peopleImport.importFile(resource("people-semicolon.csv"), "x.csv")),
                () -> run("kamilla", () -> settings.change(OrganisationSettings.DEFAULTS)),
                () -> run("kamilla", () -> outbox.recent(10)),
                () -> run("kamilla", () -> audit.recent(10)),
                () -> run("kamilla", () -> accounts.withEmails(List.of("a@b.dk"))));
        for (ThrowingCallable attempt : attempts) assertThatThrownBy(attempt).isInstanceOf(AccessDeniedException.class);
        assertThat(as("admin", () -> directory.departments())).extracting(DepartmentSummary::name).doesNotContain("Ulovlig " + run);
    }

    public void names_and_addresses_cannot_carry_line_breaks_or_markup() {
        var bu = department("BU");
        assertProblem(() -> run("admin", () -> directory.createPerson(new NewPerson("Eva\r\nBcc: x@evil.example", "eva2." + run + "@k.dk", null, bu, "",
                Locale.ENGLISH))), "validation.lineBreak");
        assertProblem(() -> run("admin", () -> directory.createPerson(new NewPerson("Eva " + run, "eva2." + run + "@k.dk\r\nBcc: x@evil.example", null,
                bu, "", Locale.ENGLISH))), "validation.email");
        assertProblem(() -> run("admin", () -> directory.createPerson(new NewPerson("<script>alert(1)</script>", "eva3." + run + "@k.dk", null, bu, "",
                Locale.ENGLISH))), "validation.nameCharacters");
        assertProblem(() -> run("admin", () -> directory.createPerson(new NewPerson("", "", null, null, "", Locale.ENGLISH))), "validation.required");
        assertProblem(() -> run("admin", () -> directory.createPerson(new NewPerson("N".repeat(201), "eva4." + run + "@k.dk", null, bu, "",
                Locale.ENGLISH))), "validation.tooLong");
        assertProblem(() -> run("admin", () -> directory.createPerson(new NewPerson("Dobbelt", "nanna.dobbelt@k.dk", "nanna", bu, "",
                Locale.ENGLISH))), "validation.usernameTaken");
        assertThat(as("admin", () -> directory.findPeople("eva2." + run, true))).isEmpty();
    }

    public void the_settings_decide_who_starts_scopings_and_who_invites_new_people() {
        var parties = List.of(new NewScoping.NewParty(department("BU"), PartnerType.SAME_MUNICIPALITY),
                new NewScoping.NewParty(department("VA"), PartnerType.SAME_MUNICIPALITY));
        OrganisationSettings before = settings.settings();
        try {
            run("admin", () -> settings.change(new OrganisationSettings(OrganisationSettings.WhoMayStart.FACILITATORS, false)));
            assertThat(as("kamilla", () -> scopings.mayStartScoping())).isFalse();
            assertThatThrownBy(() -> run("kamilla", () -> scopings.create(new NewScoping("Må ikke " + run, "", parties))))
                    .isInstanceOf(AccessDeniedException.class);
            var kamilla = as("admin", () -> directory.findPeople("kamilla", true)).getFirst().user().id();
            run("admin", () -> accounts.setFacilitator(kamilla, true));
            ScopingId id = as("kamilla", () -> scopings.create(new NewScoping("Må gerne " + run, "", parties)));
            var party = as("kamilla", () -> scopings.details(id)).parties().getFirst().id();
            assertProblem(() -> run("kamilla", () -> scopings.inviteNewPerson(id, "Ny Kollega", "kollega." + run + "@k.dk", ScopingRole.PARTICIPANT,
                    party)), "validation.newPeopleNotAllowed");
            run("admin", () -> settings.change(new OrganisationSettings(OrganisationSettings.WhoMayStart.FACILITATORS, true)));
            run("kamilla", () -> scopings.inviteNewPerson(id, "Ny Kollega", "kollega." + run + "@k.dk", ScopingRole.PARTICIPANT, party));
            assertThat(as("kamilla", () -> scopings.details(id)).members()).extracting(m -> m.user().email()).contains("kollega." + run + "@k.dk");
            assertThat(mailTo("kollega." + run + "@k.dk").text()).contains("Kamilla Damgaard");
            run("admin", () -> accounts.setFacilitator(kamilla, false));
        } finally {
            run("admin", () -> settings.change(before));
        }
    }

    public void an_import_previews_every_row_and_stores_all_or_nothing() throws IOException {
        ImportPreview preview = as("admin", () -> peopleImport.preview(resource("problems.csv")));
        assertThat(preview.canImport()).isFalse();
        assertThat(preview.rows()).extracting(ImportPreview.Row::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(keys(preview.rows().get(0))).isEmpty();
        assertThat(keys(preview.rows().get(1))).contains("import.emailTwice");
        assertThat(keys(preview.rows().get(2))).contains("validation.email");
        assertThat(keys(preview.rows().get(3))).contains("validation.required");
        assertThat(keys(preview.rows().get(4))).contains("validation.nameCharacters", "validation.usernameTaken");
        assertThat(keys(preview.rows().get(5))).contains("validation.required");
        assertProblem(() -> run("admin", () -> peopleImport.importFile(resource("problems.csv"), "problems.csv")), "import.notImported");
        assertThat(as("admin", () -> directory.findPeople("dup@kommune.dk", true))).as("nothing stored").isEmpty();

        byte[] good = resource("people-semicolon.csv");
        ImportPreview ok = as("admin", () -> peopleImport.preview(good));
        assertThat(ok.canImport()).isTrue();
        ImportPreview done = as("admin", () -> peopleImport.importFile(good, "people-semicolon.csv"));
        assertThat(done.rows()).hasSize(3);
        var aase = as("admin", () -> directory.findPeople("aase.oedegaard@kommune.dk", true)).getFirst();
        assertThat(aase.user().displayName()).isEqualTo("Åse Ødegård Æbelø");
        assertThat(aase.department().name()).isEqualTo("Miljø og Klima");
        assertThat(aase.department().shortName()).isEqualTo("MK");
        assertThat(aase.jobTitle()).isEqualTo("Miljøplanlægger");
        assertThat(as("admin", () -> directory.findPeople("karen.holm@kommune.dk", true)).getFirst().user().locale().getLanguage()).isEqualTo("en");
        assertThat(as("admin", () -> directory.findPeople("bjoern.s", true))).hasSize(1);
        assertThat(mailTo("bjoern.soerensen@kommune.dk").subject()).isEqualTo("Du er inviteret til Sammen");

        ImportPreview comma = as("admin", () -> peopleImport.preview(resource("people-comma-empty-lines.csv")));
        assertThat(comma.fileProblems()).isEmpty();
        assertThat(comma.rows()).hasSize(2);
        assertThat(comma.emptyLinesSkipped()).isEqualTo(2);
        assertThat(comma.rows().getFirst().department()).isEqualTo("Kultur, Fritid og Idræt");
    }

    public void importing_the_same_file_again_updates_instead_of_duplicating() throws IOException {
        String email = "gentag." + run + "@kommune.dk";
        byte[] first = ("navn;e-mail;afdeling\nGentag Første;" + email + ";Byudvikling\n").getBytes(StandardCharsets.UTF_8);
        byte[] again = ("navn;e-mail;afdeling;stilling\nGentag Anden;" + email.toUpperCase(Locale.ROOT) + ";Vejdrift og Anlæg;Ingeniør\n")
                .getBytes(StandardCharsets.UTF_8);
        run("admin", () -> peopleImport.importFile(first, "first.csv"));
        ImportPreview preview = as("admin", () -> peopleImport.preview(again));
        assertThat(preview.rows()).extracting(ImportPreview.Row::action).containsExactly(ImportPreview.Action.UPDATE);
        run("admin", () -> peopleImport.importFile(again, "again.csv"));
        var found = as("admin", () -> directory.findPeople(email, true));
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.user().displayName()).isEqualTo("Gentag Anden");
            assertThat(p.department().name()).isEqualTo("Vejdrift og Anlæg");
            assertThat(p.jobTitle()).isEqualTo("Ingeniør");
        });
        assertThat(as("admin", () -> outbox.recent(500)).stream().filter(m -> m.recipient().equals(email)).count())
                .as("one invitation, not one per import").isEqualTo(1);
    }

    public void broken_files_are_refused_with_a_message_for_the_file() throws IOException {
        assertThat(fileKeys(resource("wrong-columns.csv"))).containsExactly("import.columnMissing");
        assertThat(fileKeys(resource("latin1.csv"))).containsExactly("import.notUtf8");
        assertThat(fileKeys(resource("header-only.csv"))).containsExactly("import.noRows");
        assertThat(fileKeys(new byte[0])).containsExactly("import.empty");
        assertThat(fileKeys("navn;e-mail;afdeling\n\"uafsluttet;a@b.dk;BU\n".getBytes(StandardCharsets.UTF_8))).containsExactly("import.malformed");
        StringBuilder many = new StringBuilder("navn;e-mail;afdeling\n");
        for (int i = 0; i < 20_000; i++) many.append("Person ").append(i).append(";p").append(i).append("@k.dk;Byudvikling\n");
        assertThat(fileKeys(many.toString().getBytes(StandardCharsets.UTF_8))).containsExactly("import.tooManyRows");
        assertThat(fileKeys(new byte[10 * 1024 * 1024])).containsExactly("import.tooLarge");
        assertProblem(() -> run("admin", () -> peopleImport.importFile(resource("latin1.csv"), "latin1.csv")), "import.notImported");
    }

    public void every_change_is_in_the_audit() {
        var id = as("admin", () -> directory.createDepartment("Revision " + run, ""));
        run("admin", () -> directory.updateDepartment(id, "Revision og Kontrol " + run, "RK"));
        var log = as("admin", () -> audit.recent(50));
        assertThat(log).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("department.updated");
            assertThat(e.actor()).isEqualTo("Ada Administrator");
            assertThat(e.before()).contains("Revision " + run);
            assertThat(e.after()).contains("Revision og Kontrol " + run).contains("short=RK");
        });
        assertThat(log).anySatisfy(e -> assertThat(e.action()).isEqualTo("department.created"));
    }

    // ---------------------------------------------------------------------------------------------------------

    private dk.sammen.directory.DepartmentId department(String shortName) {
        return as("admin", () -> directory.departments()).stream().filter(d -> d.shortName().equals(shortName)).findFirst().orElseThrow().id();
    }

    private QueuedMail mailTo(String email) {
        return as("admin", () -> outbox.recent(500)).stream().filter(m -> m.recipient().equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + email));
    }

    static String token(QueuedMail mail, String kind) {
        Matcher m = LINK.matcher(mail.text());
        assertThat(m.find()).as("a link in the mail").isTrue();
        assertThat(m.group(1)).isEqualTo(kind);
        return m.group(2);
    }

    private boolean signIn(String username, String password) {
        try {
            return context.getBean(AuthenticationProvider.class)
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)).isAuthenticated();
        } catch (AuthenticationException refused) {
            return false;
        }
    }

    private JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    private static String hash(String token) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = Objects.requireNonNull(AdministrationScenarios.class.getResourceAsStream("/import/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> fileKeys(byte[] file) {
        return as("admin", () -> peopleImport.preview(file)).fileProblems().stream().map(Problem::messageKey).toList();
    }

    private static List<String> keys(ImportPreview.Row row) {
        return row.problems().stream().map(Problem::messageKey).toList();
    }

    static void assertProblem(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::messageKey).contains(key));
    }
}
