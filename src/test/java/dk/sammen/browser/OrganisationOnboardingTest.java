package dk.sammen.browser;

import static dk.sammen.TestUsers.as;
import static dk.sammen.TestUsers.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dk.sammen.directory.DirectoryService;
import dk.sammen.directory.NewPerson;
import dk.sammen.directory.PersonSummary;
import dk.sammen.live.LiveUpdates;
import dk.sammen.mail.MailOutbox;
import dk.sammen.mail.QueuedMail;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import dk.sammen.security.AdminAudit;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A new organisation's first steps with real parts started by the test: a real SMTP server
 * (GreenMail) for invitations and an outage, a real OpenID Connect provider (mock-oauth2-server)
 * for single sign-on, and Debian's Chromium through the whole redirect flow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({"dev", "test"})
@org.junit.jupiter.api.Order(1) // starts its own application context: see junit-platform.properties
class OrganisationOnboardingTest {

    static final String CLIENT = "sammen";
    static final Pattern LINK = Pattern.compile("(http://[^\\s]+/password/invitation/[A-Za-z0-9_-]+)");
    static int appPort;
    static ServerSetup smtpSetup;
    static GreenMail smtp;
    static MockOAuth2Server oidc;
    static Chromium chromium;

    @Autowired AccountService accounts;
    @Autowired DirectoryService directory;
    @Autowired ScopingService scopings;
    @Autowired MailOutbox outbox;
    @Autowired AdminAudit audit;
    @Autowired LiveUpdates live;
    @Autowired ClientRegistrationRepository registrations;

    @DynamicPropertySource
    static void realServers(DynamicPropertyRegistry registry) throws IOException {
        appPort = freePort();
        smtpSetup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        smtp = new GreenMail(smtpSetup);
        smtp.start();
        oidc = new MockOAuth2Server();
        oidc.start(freePort());
        registry.add("server.port", () -> appPort);
        registry.add("sammen.base-url", () -> "http://localhost:" + appPort);
        registry.add("sammen.mail.send", () -> "true");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtpSetup.getPort());
        registry.add("sammen.mail.poll-millis", () -> "200");
        registry.add("sammen.mail.retry-first", () -> "PT0.2S");
        registry.add("sammen.mail.retry-max", () -> "PT1S");
        registry.add("sammen.oidc.issuer-uri", () -> oidc.issuerUrl("default").toString());
        registry.add("sammen.oidc.client-id", () -> CLIENT);
        registry.add("sammen.oidc.client-secret", () -> "test-secret");
        registry.add("sammen.oidc.department-claim", () -> "department");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.launchOrSkip();
    }

    @AfterAll
    static void stopAll() {
        if (chromium != null) chromium.close();
        if (smtp != null) smtp.stop();
        if (oidc != null) oidc.shutdown();
    }

    String base() {
        return "http://localhost:" + appPort;
    }

    // E-mail ---------------------------------------------------------------------------------------------------

    @Test
    void the_invitation_mail_arrives_and_its_link_works_once() throws Exception {
        String email = "inviteret." + System.nanoTime() + "@kommune.dk";
        run("admin", () -> directory.createPerson(new NewPerson("Ingrid Inviteret", email, null, department("BU"), "", Locale.of("da"))));
        MimeMessage mail = awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Du er inviteret til Sammen");
        assertThat(mail.getHeader("Content-Language")[0]).isEqualTo("da");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("multipart/alternative").contains("<html lang=3D\"da\">").contains("Ingrid Inviteret");
        Matcher link = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).isTrue();
        String url = link.group(1);
        assertThat(url).startsWith(base());

        BrowserContext browser = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("da-DK"));
        Page page = browser.newPage();
        page.navigate(url);
        page.getByLabel("Ny adgangskode").fill("en cykel i regnvejr");
        page.getByLabel("Gentag adgangskoden").fill("en cykel i regnvejr");
        page.getByText("Gem adgangskoden").click();
        page.getByText("Adgangskoden er gemt").waitFor();
        page.navigate(url);
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT).innerText()).contains("allerede brugt");

        // And the chosen password signs in.
        page.navigate(base() + "/login");
        page.locator("input[name=username]").fill(email.substring(0, email.indexOf('@')));
        page.locator("input[name=password]").fill("en cykel i regnvejr");
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
        browser.close();
    }

    @Test
    void a_mail_written_while_the_smtp_server_is_down_waits_and_is_delivered_once_when_it_is_back() throws Exception {
        String email = "udfald." + System.nanoTime() + "@kommune.dk";
        smtp.stop();
        try {
            run("admin", () -> directory.createPerson(new NewPerson("Ulla Udfald", email, null, department("BU"), "", Locale.of("da"))));
            // The worker tried, failed and keeps the mail for later.
            await(() -> mailIn(email).attempts() >= 2 && mailIn(email).lastError() != null, 30_000, "the worker tried while SMTP was down");
            assertThat(mailIn(email).state()).isEqualTo(QueuedMail.State.WAITING);
        } finally {
            smtp = new GreenMail(smtpSetup);
            smtp.start();
        }
        MimeMessage delivered = awaitMailTo(email);
        assertThat(delivered.getSubject()).isEqualTo("Du er inviteret til Sammen");
        await(() -> mailIn(email).state() == QueuedMail.State.SENT, 30_000, "marked sent");
        // A later mail goes out after it: by then the worker has passed the first again, and did not send it twice.
        String later = "senere." + System.nanoTime() + "@kommune.dk";
        run("admin", () -> directory.createPerson(new NewPerson("Senere", later, null, department("BU"), "", Locale.of("da"))));
        awaitMailTo(later);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(email)).count()).isEqualTo(1);
        assertThat(mailIn(email).lastError()).isNull();
    }

    // Single sign-on ---------------------------------------------------------------------------------------------

    @Test
    void the_first_sign_in_through_the_provider_creates_the_person_and_a_later_one_updates_the_name() {
        String subject = "sso-" + System.nanoTime();
        String username = "sso.anne." + (System.nanoTime() % 100000);
        signInThroughProvider(subject, Map.of("preferred_username", username, "email", username + "@kommune.dk",
                "name", "Anne Enkeltlogin", "department", "BU"));
        List<PersonSummary> found = as("admin", () -> directory.findPeople(username, true));
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.user().displayName()).isEqualTo("Anne Enkeltlogin");
            assertThat(p.user().email()).isEqualTo(username + "@kommune.dk");
            assertThat(p.department().name()).isEqualTo("Byudvikling");
        });
        assertThat(as("admin", () -> audit.recent(20)).stream().filter(e -> e.action().equals("person.createdBySignIn"))).isNotEmpty();

        // Signing out also signs out at the provider (RP-initiated logout), then back to Sammen's sign-in page.
        Page signedIn = signInThroughProvider(subject, Map.of("preferred_username", username, "email", username + "@kommune.dk",
                "name", "Anne Omdøbt", "department", "Vejdrift og Anlæg"), false);
        java.util.List<String> visited = new java.util.concurrent.CopyOnWriteArrayList<>();
        signedIn.onRequest(request -> visited.add(request.url()));
        // By keyboard: in development mode Vaadin's own overlay may lie over the top bar.
        signedIn.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).press("Enter");
        signedIn.waitForURL(u -> u.contains("/login"));
        assertThat(visited).anyMatch(u -> u.startsWith(oidc.endSessionEndpointUrl("default").toString()));
        signedIn.context().close();
        assertThat(as("admin", () -> directory.findPeople(username, true))).singleElement().satisfies(p -> {
            assertThat(p.user().displayName()).isEqualTo("Anne Omdøbt");
            assertThat(p.department().name()).isEqualTo("Vejdrift og Anlæg");
        });
    }

    @Test
    void an_unknown_department_gets_a_clear_message_and_the_administrators_are_told() throws Exception {
        String username = "sso.ukendt." + (System.nanoTime() % 100000);
        run("admin", () -> accounts.update(as("admin", () -> directory.findPeople("admin", true)).stream()
                .filter(p -> p.user().username().equals("admin")).findFirst().orElseThrow().user().id(), "Ada Administrator",
                "ada.admin@kommune.dk", Locale.of("da")));
        oidc.enqueueCallback(new DefaultOAuth2TokenCallback("default", "sub-" + username, "JWT", List.of(CLIENT),
                Map.of("preferred_username", username, "email", username + "@kommune.dk", "name", "Ukendt Afdeling",
                        "department", "Skatteforvaltningen"), 3600));
        BrowserContext browser = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("da-DK"));
        Page page = browser.newPage();
        page.navigate(base() + "/login");
        page.locator("#sso-sign-in").click();
        page.waitForURL(u -> u.contains("/login?sso="));
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT).first().innerText()).contains("Din afdeling findes endnu ikke");
        assertThat(as("admin", () -> directory.findPeople(username, true))).isEmpty();
        MimeMessage told = awaitMailTo("ada.admin@kommune.dk");
        assertThat(told.getSubject()).contains("Skatteforvaltningen");
        browser.close();
    }

    @Test
    void a_tampered_an_expired_and_another_issuers_id_token_are_refused() {
        JwtDecoder decoder = new OidcIdTokenDecoderFactory().createDecoder(registrations.findByRegistrationId("sso"));
        Map<String, Object> claims = Map.of("preferred_username", "x", "email", "x@kommune.dk");
        String good = oidc.issueToken("default", CLIENT, new DefaultOAuth2TokenCallback("default", "s1", "JWT", List.of(CLIENT), claims, 3600))
                .serialize();
        assertThat(decoder.decode(good).getSubject()).isEqualTo("s1");

        String[] parts = good.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"s1\"", "\"admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThatThrownBy(() -> decoder.decode(tampered)).isInstanceOf(JwtException.class);

        String expired = oidc.issueToken("default", CLIENT, new DefaultOAuth2TokenCallback("default", "s1", "JWT", List.of(CLIENT), claims, -3600))
                .serialize();
        assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(JwtException.class);

        String otherIssuer = oidc.issueToken("other", CLIENT, new DefaultOAuth2TokenCallback("other", "s1", "JWT", List.of(CLIENT), claims, 3600))
                .serialize();
        assertThatThrownBy(() -> decoder.decode(otherIssuer)).isInstanceOf(JwtException.class);

        String otherAudience = oidc.issueToken("default", CLIENT, new DefaultOAuth2TokenCallback("default", "s1", "JWT", List.of("another-app"),
                claims, 3600)).serialize();
        assertThatThrownBy(() -> decoder.decode(otherAudience)).isInstanceOf(JwtException.class);
    }

    // Deactivation -------------------------------------------------------------------------------------------------

    @Test
    void a_deactivated_persons_open_canvas_goes_to_sign_in_and_their_session_ends() {
        String username = "forlader." + (System.nanoTime() % 1_000_000);
        var id = as("admin", () -> accounts.createAccount(new AccountService.NewAccount(username, "Frida Forlader", "frida forlader os nu",
                false, Locale.of("da"))));
        ScopingFixture fixture = ScopingFixture.create(scopings, directory, accounts, "Forlader " + System.nanoTime());
        run("nanna", () -> scopings.invite(fixture.id(), id, ScopingRole.PARTICIPANT, fixture.analysis()));

        BrowserContext browser = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("da-DK"));
        Page page = browser.newPage();
        page.navigate(base() + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("frida forlader os nu");
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(base() + "/scoping/" + fixture.id().value());
        page.locator("#field-ways-forum input").waitFor();
        int before = live.subscriberCount(fixture.id().value());
        assertThat(before).isPositive();

        long deactivated = System.nanoTime();
        run("admin", () -> accounts.deactivate(id));
        // The page is pushed to the sign-in address at once; the 5 s are the issue's promise, with room for a busy machine.
        page.waitForURL(u -> u.contains("/login"), new Page.WaitForURLOptions().setTimeout(5_000)
                .setWaitUntil(com.microsoft.playwright.options.WaitUntilState.COMMIT));
        dk.sammen.bench.BenchReport.write("deactivation", String.format(Locale.ROOT,
                "A deactivated person's open canvas page was at the sign-in address %s ms after the deactivation was committed.%n",
                dk.sammen.bench.BenchReport.ms((System.nanoTime() - deactivated) / 1e6)));
        page.locator("input[name=username]").waitFor();
        await(() -> live.subscriberCount(fixture.id().value()) < before, 20_000, "the closed page left the scoping");
        // The session is over: the canvas address leads to sign-in, not to the canvas.
        page.navigate(base() + "/scoping/" + fixture.id().value());
        page.waitForURL(u -> u.contains("/login"));
        assertThat(page.locator("body").innerText()).doesNotContain("Forlader ");
        browser.close();
    }

    // ----------------------------------------------------------------------------------------------------------------

    private void signInThroughProvider(String subject, Map<String, Object> claims) {
        signInThroughProvider(subject, claims, true);
    }

    private Page signInThroughProvider(String subject, Map<String, Object> claims, boolean close) {
        oidc.enqueueCallback(new DefaultOAuth2TokenCallback("default", subject, "JWT", List.of(CLIENT), claims, 3600));
        BrowserContext browser = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("da-DK"));
        Page page = browser.newPage();
        page.navigate(base() + "/login");
        page.locator("#sso-sign-in").click();
        page.waitForURL(u -> u.equals(base() + "/") || u.startsWith(base() + "/?"));
        page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mine scopinger")).waitFor();
        if (close) browser.close();
        return page;
    }

    private dk.sammen.directory.DepartmentId department(String shortName) {
        return as("admin", () -> directory.departments()).stream().filter(d -> d.shortName().equals(shortName)).findFirst().orElseThrow().id();
    }

    private QueuedMail mailIn(String email) {
        return as("admin", () -> outbox.recent(500)).stream().filter(m -> m.recipient().equals(email)).findFirst().orElseThrow();
    }

    private MimeMessage awaitMailTo(String email) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < until) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (recipient(m).equals(email)) return m;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no mail to " + email + " within 30 s");
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition, long millis, String what) {
        long until = System.nanoTime() + millis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) throw new AssertionError("not within " + millis + " ms: " + what);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
