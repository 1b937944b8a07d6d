package dk.sammen.notification;

import static dk.sammen.TestUsers.as;
import static dk.sammen.TestUsers.run;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sammen.InTestSmtp;
import dk.sammen.MovableClock;
import dk.sammen.approval.ApprovalService;
import dk.sammen.approval.CompleteScoping;
import dk.sammen.approval.Decision;
import dk.sammen.approval.ReviewRound;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredValue;
import dk.sammen.canvas.TableRef;
import dk.sammen.charter.CharterService;
import dk.sammen.directory.DirectoryService;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.disagreement.Flag;
import dk.sammen.disagreement.NewFlag;
import dk.sammen.mail.MailOutbox;
import dk.sammen.mail.QueuedMail;
import dk.sammen.notification.internal.MorningRound;
import dk.sammen.notification.internal.NoticeEntity;
import dk.sammen.notification.internal.NoticeRepository;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Limit;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every kind of notification through a real SMTP server (GreenMail), with a clock the test moves
 * across a weekend, Easter 2027 and New Year. People and their addresses are the sample data's
 * ({@code <user>@sammen.example}); each test has scopings of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"dev", "test"})
@Import(MovableClock.Config.class)
@org.junit.jupiter.api.Order(1) // starts its own application context: see junit-platform.properties
class NotificationsTest {

    static InTestSmtp smtp;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        smtp = InTestSmtp.start(registry);
    }

    /** Every mail the tests made, subject and first lines, for reading (target/mail-samples.md). */
    @AfterAll
    static void stopSmtp() throws Exception {
        StringBuilder samples = new StringBuilder("# Mails received by the in-test SMTP server\n\n");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (MimeMessage m : smtp.server.getReceivedMessages()) {
            String subject = InTestSmtp.subject(m).replaceAll("\\d{6,}", "…");
            if (!seen.add(subject.replaceAll("\"[^\"]*\"", "\"…\"").replaceAll(": .*", ""))) continue;
            String text = MailParts.of(m).text().strip();
            samples.append("## ").append(subject).append("\n\nTo: ").append(InTestSmtp.recipients(m)).append("\n\n```\n")
                    .append(text.lines().limit(6).collect(java.util.stream.Collectors.joining("\n"))).append("\n```\n\n");
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "mail-samples.md"), samples);
        smtp.stop();
    }

    @LocalServerPort int port;
    @Autowired MovableClock clock;
    @Autowired MorningRound morning;
    @Autowired NotificationService notifications;
    @Autowired NoticeRepository notices;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;
    @Autowired CanvasService canvas;
    @Autowired DisagreementService disagreements;
    @Autowired ApprovalService approvals;
    @Autowired CharterService charters;
    @Autowired MailOutbox outbox;

    @AfterEach
    void backToNow() {
        clock.reset();
        run("mette", () -> accounts.changeLanguage(Locale.of("da")));
    }

    static String mail(String user) {
        return user + "@sammen.example";
    }

    @Test
    void every_event_reaches_the_right_people_in_their_language_with_a_link_to_the_place() throws Exception {
        run("mette", () -> accounts.changeLanguage(Locale.ENGLISH));
        String title = "Varsler " + System.nanoTime();
        ScopingFixture f = CompleteScoping.create(scopings, directory, accounts, canvas, title);
        long id = f.id().value();

        // 1. Invited, with the scoping, the facilitator and the role.
        MimeMessage invitation = smtp.await(mail("lars"), s -> s.equals("Du er inviteret til \"" + title + "\""), 1).getFirst();
        MailParts parts = MailParts.of(invitation);
        assertThat(parts.text()).contains("Nanna Brostrup", "Din rolle: Leder", "/scoping/" + id);
        assertThat(parts.html()).contains("<html lang=\"da\"", "<h1>", ">Åbn &quot;" + title + "&quot; i Sammen</a>");
        assertThat(invitation.getHeader("List-Unsubscribe")[0]).matches("<http://.*/mail/unsubscribe\\?token=[A-Za-z0-9_-]+&topic=SCOPINGS>");
        assertThat(invitation.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        MimeMessage english = smtp.await(mail("mette"), s -> s.equals("You are invited to \"" + title + "\""), 1).getFirst();
        assertThat(english.getHeader("Content-Language")[0]).isEqualTo("en");
        assertThat(MailParts.of(english).text()).contains("Your role: Participant");
        assertThat(smtp.to(mail("nanna"), s -> s.contains(title))).as("the facilitator invited them; she is not told of it").isEmpty();

        // 5. A disagreement involving the analysis team: its members and the facilitator hear of it, the others do not.
        Flag flag = as("eva", () -> disagreements.raise(f.id(), new NewFlag("purpose", null, "Hvem ejer formålet?", "Uklart",
                Set.of(f.analysis()))));
        for (String user : List.of("kamilla", "lars", "nanna")) {
            MimeMessage raised = smtp.await(mail(user), s -> s.equals("Ny uenighed i \"" + title + "\": Hvem ejer formålet?"), 1).getFirst();
            assertThat(MailParts.of(raised).text()).contains("Eva Lund", "/scoping/" + id + "?at=flags-purpose");
        }
        assertThat(kinds("mette", f.id())).doesNotContain(NoticeKind.FLAG_RAISED);
        assertThat(kinds("eva", f.id())).as("not of her own flag").doesNotContain(NoticeKind.FLAG_RAISED);
        run("lars", () -> disagreements.escalate(f.id(), flag.id(), Set.of(f.analysis())));
        smtp.await(mail("kamilla"), s -> s.equals("Uenighed eskaleret i \"" + title + "\": Hvem ejer formålet?"), 1);
        run("eva", () -> disagreements.accept(f.id(), flag.id()));

        // 2. Sent to review: each leader, with the fingerprint and what is asked.
        ReviewRound round = as("nanna", () -> approvals.sendToReview(f.id()));
        for (String leader : List.of("lars", "peter")) {
            MimeMessage asked = smtp.await(mail(leader), s -> s.equals("\"" + title + "\" venter på din godkendelse"), 1).getFirst();
            assertThat(MailParts.of(asked).text()).contains(round.fingerprint().grouped(), "?at=review-panel", "på vegne af din part");
        }
        assertThat(kinds("kamilla", f.id())).doesNotContain(NoticeKind.REVIEW_REQUESTED);

        // 3. The content changes in review: the leaders are told the approvals are withdrawn, and which sections changed.
        run("lars", () -> approvals.decide(f.id(), f.analysis(), round.fingerprint(), new Decision.Approve()));
        StoredValue purpose = as("mette", () -> canvas.content(f.id())).value(FieldRef.joint("purpose", "sharedPurpose")).orElseThrow();
        run("mette", () -> canvas.save(f.id(), FieldRef.joint("purpose", "sharedPurpose"), "Et ændret formål", purpose.version()));
        MimeMessage withdrawn = smtp.await(mail("peter"), s -> s.equals("Godkendelserne af \"" + title + "\" er trukket tilbage"), 1)
                .getFirst();
        assertThat(MailParts.of(withdrawn).text()).contains("Mette Jensen", "Ændret: Formål og fælles afsæt");

        // 4. Approved: every member gets the signed charter, which verifies, in their own language.
        ReviewRound second = as("nanna", () -> approvals.currentRound(f.id())).orElseThrow();
        run("lars", () -> approvals.decide(f.id(), f.analysis(), second.fingerprint(), new Decision.Approve()));
        run("peter", () -> approvals.decide(f.id(), f.cityDevelopment(), second.fingerprint(), new Decision.Approve()));
        MimeMessage approved = smtp.await(mail("eva"), s -> s.equals("\"" + title + "\" er godkendt"), 1).getFirst();
        Map<String, byte[]> files = MailParts.of(approved).files();
        assertThat(files).hasSize(1);
        String name = files.keySet().iterator().next();
        byte[] pdf = files.get(name);
        assertThat(name).endsWith("-da.pdf");
        assertThat(as("eva", () -> charters.verify(pdf)).matches()).isTrue();
        assertThat(pdf).as("the very file every download gives").isEqualTo(as("eva", () -> charters.charter(f.id(), second.id(),
                CharterService.Format.PDF, dk.sammen.base.Translations.DANISH)).bytes());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            assertThat(document.getSignatureDictionaries()).hasSize(1);
        }
        MimeMessage approvedEnglish = smtp.await(mail("mette"), s -> s.equals("\"" + title + "\" is approved"), 1).getFirst();
        assertThat(MailParts.of(approvedEnglish).files().keySet()).singleElement().asString().endsWith("-en.pdf");
        assertThat(as("mette", () -> charters.verify(MailParts.of(approvedEnglish).files().values().iterator().next())).matches()).isTrue();
    }

    @Test
    void reminders_wait_for_working_days_across_easter_and_stop_when_the_party_acted() {
        at(LocalDate.of(2027, 3, 24)); // the Wednesday before Easter
        ScopingFixture f = CompleteScoping.create(scopings, directory, accounts, canvas, "Påske " + System.nanoTime());
        Flag flag = as("eva", () -> disagreements.raise(f.id(), new NewFlag("purpose", null, "Formålet", "Uklart", Set.of(f.analysis()))));
        // Five working days on the first step of the ladder: Thursday to Monday of Easter do not count.
        assertThat(flag.deadline()).isEqualTo(LocalDate.of(2027, 4, 5));

        assertThat(morningOf(LocalDate.of(2027, 3, 24))).isTrue();
        for (LocalDate holiday = LocalDate.of(2027, 3, 25); holiday.isBefore(LocalDate.of(2027, 3, 30)); holiday = holiday.plusDays(1)) {
            assertThat(morningOf(holiday)).as("no round on %s", holiday).isFalse();
        }
        assertThat(morningOf(LocalDate.of(2027, 3, 30))).isTrue();
        assertThat(morningOf(LocalDate.of(2027, 3, 31))).isTrue();
        assertThat(kinds("kamilla", f.id())).doesNotContain(NoticeKind.POSITION_MISSING, NoticeKind.FLAG_DEADLINE_NEAR);

        // Thursday 1 April: three working days since the flag; nothing before eight in the morning.
        clock.set(LocalDate.of(2027, 4, 1).atTime(7, 30));
        assertThat(morning.runIfDue()).isEmpty();
        assertThat(morningOf(LocalDate.of(2027, 4, 1))).isTrue();
        assertThat(morningOf(LocalDate.of(2027, 4, 1))).as("once a day").isFalse();
        for (String member : List.of("kamilla", "lars")) {
            assertThat(kinds(member, f.id())).filteredOn(k -> k == NoticeKind.POSITION_MISSING).hasSize(1);
            assertThat(kinds(member, f.id())).filteredOn(k -> k == NoticeKind.FLAG_DEADLINE_NEAR).hasSize(1);
        }
        assertThat(kinds("mette", f.id())).doesNotContain(NoticeKind.POSITION_MISSING, NoticeKind.FLAG_DEADLINE_NEAR);
        MimeMessage reminder = smtp.await(mail("kamilla"), s -> s.equals("Jeres holdning mangler: Formålet"), 1).getFirst();
        assertThat(MailParts.of(reminder).text()).contains("(3 arbejdsdage)", "?at=flags-purpose");

        // The party writes its position: no more reminders of it; the passed deadline is told once.
        run("kamilla", () -> disagreements.statePosition(f.id(), flag.id(), f.analysis(), "Vi ejer formålet sammen.", -1));
        for (LocalDate day : List.of(LocalDate.of(2027, 4, 2), LocalDate.of(2027, 4, 5), LocalDate.of(2027, 4, 6),
                LocalDate.of(2027, 4, 7), LocalDate.of(2027, 4, 8))) {
            assertThat(morningOf(day)).isTrue();
        }
        for (String member : List.of("kamilla", "lars")) {
            assertThat(kinds(member, f.id())).filteredOn(k -> k == NoticeKind.POSITION_MISSING).hasSize(1);
            assertThat(kinds(member, f.id())).filteredOn(k -> k == NoticeKind.FLAG_OVERDUE).hasSize(1);
        }
        // A closed flag is reminded of no more.
        run("eva", () -> disagreements.accept(f.id(), flag.id()));
        assertThat(morningOf(LocalDate.of(2027, 4, 9))).isTrue();
        assertThat(kinds("lars", f.id())).filteredOn(k -> k == NoticeKind.FLAG_OVERDUE).hasSize(1);
    }

    @Test
    void a_leader_is_reminded_of_an_approval_every_two_working_days_until_they_decide() {
        at(LocalDate.of(2026, 12, 4)); // a Friday
        ScopingFixture f = CompleteScoping.create(scopings, directory, accounts, canvas, "Påmindelse " + System.nanoTime());
        ReviewRound round = as("nanna", () -> approvals.sendToReview(f.id()));
        for (LocalDate day = LocalDate.of(2026, 12, 4); !day.isAfter(LocalDate.of(2026, 12, 8)); day = day.plusDays(1)) {
            morningOf(day);
        }
        // Monday and Tuesday are the first two working days: the reminder goes on Tuesday, to both leaders.
        assertThat(kinds("lars", f.id())).filteredOn(k -> k == NoticeKind.APPROVAL_REMINDER).hasSize(1);
        run("lars", () -> approvals.decide(f.id(), f.analysis(), round.fingerprint(), new Decision.Approve()));
        for (LocalDate day = LocalDate.of(2026, 12, 9); !day.isAfter(LocalDate.of(2026, 12, 14)); day = day.plusDays(1)) {
            morningOf(day);
        }
        assertThat(kinds("lars", f.id())).as("he decided").filteredOn(k -> k == NoticeKind.APPROVAL_REMINDER).hasSize(1);
        assertThat(kinds("peter", f.id())).filteredOn(k -> k == NoticeKind.APPROVAL_REMINDER).hasSize(3);
        MimeMessage reminder = smtp.await(mail("peter"), s -> s.startsWith("Påmindelse: \"Påmindelse"), 1).getFirst();
        assertThat(MailParts.of(reminder).text()).contains(round.fingerprint().grouped(), "?at=review-panel");
    }

    @Test
    void dates_ahead_are_announced_seven_and_one_working_days_before_with_a_calendar_file_across_new_year() throws Exception {
        at(LocalDate.of(2026, 12, 21));
        String title = "Nytår " + System.nanoTime();
        ScopingFixture f = CompleteScoping.create(scopings, directory, accounts, canvas, title);
        run("kamilla", () -> canvas.addRow(f.id(), new TableRef("exit", "reviews"), Map.of("date", "2027-01-05", "purpose", "Status efter nytår")));
        ReviewRound round = as("nanna", () -> approvals.sendToReview(f.id()));
        run("lars", () -> approvals.decide(f.id(), f.analysis(), round.fingerprint(), new Decision.Approve()));
        run("peter", () -> approvals.decide(f.id(), f.cityDevelopment(), round.fingerprint(), new Decision.Approve()));

        // Working days before Tuesday 5 January: 4 Jan, 31, 30, 29, 28 Dec, 24 Dec (25 and 26 Dec and 1 Jan are holidays).
        LocalDate announced = null;
        for (LocalDate day = LocalDate.of(2026, 12, 21); day.isBefore(LocalDate.of(2027, 1, 5)); day = day.plusDays(1)) {
            morningOf(day);
            long dates = kinds("eva", f.id()).stream().filter(k -> k == NoticeKind.DATE_AHEAD).count();
            if (dates == 1 && announced == null) announced = day;
        }
        assertThat(announced).as("seven working days before").isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(kinds("eva", f.id())).filteredOn(k -> k == NoticeKind.DATE_AHEAD).hasSize(2);
        List<MimeMessage> mails = smtp.await(mail("eva"), s -> s.startsWith("Evalueringsdato for \"" + title + "\""), 2);
        for (MimeMessage m : mails) {
            MailParts parts = MailParts.of(m);
            assertThat(parts.files()).hasSize(1);
            Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(parts.files().values().iterator().next()));
            List<VEvent> events = calendar.getComponents("VEVENT");
            assertThat(events).hasSize(1);
            assertThat(events.getFirst().getDateTimeStart().getValue()).isEqualTo("20270105");
        }

        // The scoping page offers all its dates at once.
        var file = as("mette", () -> notifications.calendar(f.id(), Locale.ENGLISH));
        Calendar all = new CalendarBuilder().build(new ByteArrayInputStream(file.content()));
        assertThat(all.<VEvent>getComponents("VEVENT")).extracting(e -> e.getDateTimeStart().getValue())
                .containsExactly("20270105", "20270630");
        assertThat(new String(file.content(), java.nio.charset.StandardCharsets.UTF_8)).contains("End date: " + title);
    }

    @Test
    void a_digest_gathers_the_days_notices_into_one_mail_and_one_click_stops_it() throws Exception {
        at(LocalDate.of(2026, 12, 4)); // a Friday
        run("mette", () -> notifications.choose(Topic.DISAGREEMENTS, Delivery.DAILY_DIGEST));
        String title = "Overblik " + System.nanoTime();
        ScopingFixture f = ScopingFixture.create(scopings, directory, accounts, title);
        for (String flagTitle : List.of("Første <b>uenighed</b>", "Anden uenighed")) {
            run("eva", () -> disagreements.raise(f.id(), new NewFlag("purpose", null, flagTitle, "Uklart", Set.of(f.cityDevelopment()))));
        }
        smtp.await(mail("nanna"), s -> s.startsWith("Ny uenighed i \"" + title + "\""), 2);
        assertThat(smtp.to(mail("mette"), s -> s.startsWith("Ny uenighed i \"" + title))).as("not one by one").isEmpty();

        assertThat(morningOf(LocalDate.of(2026, 12, 5))).as("Saturday").isFalse();
        assertThat(morningOf(LocalDate.of(2026, 12, 7))).isTrue();
        // (Reminders about the sample scoping may share the digest; the test looks at its own scoping's lines.)
        MimeMessage digest = awaitDigestAbout(title, 1).getFirst();
        MailParts parts = MailParts.of(digest);
        assertThat(parts.text()).contains("Første <b>uenighed</b>", "Anden uenighed", "/scoping/" + f.id().value() + "?at=flags-purpose");
        assertThat(parts.html()).contains("Første &lt;b&gt;uenighed&lt;/b&gt;").doesNotContain("<b>");
        assertThat(morningOf(LocalDate.of(2026, 12, 8))).isTrue();
        assertThat(digestsAbout(title)).as("nothing new about it, in no second digest").hasSize(1);

        // One click in the mail program (RFC 8058): a POST to the header's address, without a session.
        String header = digest.getHeader("List-Unsubscribe")[0];
        URI target = URI.create(header.substring(1, header.length() - 1));
        URI here = URI.create("http://localhost:" + port + target.getRawPath() + "?" + target.getRawQuery());
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var forged = http.send(post(URI.create(here.toString().replaceAll("token=[^&]+", "token=forged"))), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(as("mette", () -> notifications.preferences()).get(Topic.DISAGREEMENTS)).isEqualTo(Delivery.DAILY_DIGEST);
        var opened = http.send(HttpRequest.newBuilder(here).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(opened.statusCode()).as("opening the link changes nothing").isEqualTo(303);
        assertThat(opened.headers().firstValue("Location").orElseThrow()).startsWith("/unsubscribe?token=");
        assertThat(as("mette", () -> notifications.preferences()).get(Topic.DISAGREEMENTS)).isEqualTo(Delivery.DAILY_DIGEST);
        var clicked = http.send(post(here), HttpResponse.BodyHandlers.ofString());
        assertThat(clicked.statusCode()).isEqualTo(200);
        assertThat(as("mette", () -> notifications.preferences()).get(Topic.DISAGREEMENTS)).isEqualTo(Delivery.APP_ONLY);
    }

    @Test
    void notices_are_read_one_by_one_or_all_at_once_and_only_by_their_owner() {
        ScopingFixture f = ScopingFixture.create(scopings, directory, accounts, "Læst " + System.nanoTime());
        run("eva", () -> disagreements.raise(f.id(), new NewFlag("purpose", null, "En", "Uklart", Set.of(f.analysis()))));
        run("eva", () -> disagreements.raise(f.id(), new NewFlag("purpose", null, "To", "Uklart", Set.of(f.analysis()))));
        long before = as("kamilla", () -> notifications.unreadCount());
        Notice newest = as("kamilla", () -> notifications.myNotices()).getFirst();
        assertThat(newest.read()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run("mette", () -> notifications.markRead(newest.id())))
                .isInstanceOf(dk.sammen.base.InvalidInputException.class);
        run("kamilla", () -> notifications.markRead(newest.id()));
        assertThat(as("kamilla", () -> notifications.unreadCount())).isEqualTo(before - 1);
        run("kamilla", () -> notifications.markAllRead());
        assertThat(as("kamilla", () -> notifications.unreadCount())).isZero();
    }

    @Test
    void an_address_the_server_refuses_is_marked_failed_with_the_reason_and_not_tried_again() throws Exception {
        String address = "findes.ikke." + System.nanoTime() + "@sammen.example";
        smtp.refuse(address);
        ScopingFixture f = ScopingFixture.create(scopings, directory, accounts, "Afvist " + System.nanoTime());
        run("nanna", () -> scopings.inviteNewPerson(f.id(), "Frida Findesikke", address, dk.sammen.scoping.ScopingRole.PARTICIPANT,
                f.analysis()));
        java.util.function.Supplier<List<QueuedMail>> toIt = () -> as("admin", () -> outbox.recent(500)).stream()
                .filter(m -> m.recipient().equals(address)).toList();
        long until = System.nanoTime() + 30_000_000_000L;
        while (toIt.get().stream().anyMatch(m -> m.state() != QueuedMail.State.FAILED) || toIt.get().isEmpty()) {
            assertThat(System.nanoTime()).as("refused mails marked failed within 30 s").isLessThan(until);
            Thread.sleep(100);
        }
        // The invitation to choose a password and the notice of the scoping: both refused, each tried once.
        assertThat(toIt.get()).hasSize(2).allSatisfy(m -> {
            assertThat(m.lastError()).contains("550");
            assertThat(m.attempts()).isEqualTo(1);
        });
        Thread.sleep(1500); // several rounds of the worker (every 200 ms here)
        assertThat(toIt.get()).allSatisfy(m -> assertThat(m.attempts()).isEqualTo(1));
        assertThat(smtp.to(address, s -> true)).isEmpty();
    }

    private static List<MimeMessage> digestsAbout(String title) {
        return smtp.to(mail("mette"), s -> s.startsWith("Dit overblik fra Sammen")).stream()
                .filter(m -> MailParts.of(m).text().contains(title)).toList();
    }

    private static List<MimeMessage> awaitDigestAbout(String title, int count) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        while (digestsAbout(title).size() < count) {
            assertThat(System.nanoTime()).as("a digest about %s within 30 s", title).isLessThan(until);
            Thread.sleep(50);
        }
        return digestsAbout(title);
    }

    private static HttpRequest post(URI uri) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build();
    }

    private void at(LocalDate day) {
        clock.set(day.atTime(LocalTime.of(9, 0)));
    }

    private boolean morningOf(LocalDate day) {
        at(day);
        return morning.runIfDue().isPresent();
    }

    private List<NoticeKind> kinds(String user, ScopingId scoping) {
        long userId = dk.sammen.scoping.ScopingFixture.user(accounts, user).value();
        return notices.findByUserIdOrderByIdDesc(userId, Limit.of(10_000)).stream().map(NoticeEntity::toNotice)
                .filter(n -> n.scopingId() == scoping.value()).map(Notice::kind).toList();
    }
}
