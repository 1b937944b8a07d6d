package dk.sammen.live.internal;

import static dk.sammen.TestUsers.as;
import static dk.sammen.TestUsers.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.sammen.ClusterServers;
import dk.sammen.ThrowawayPostgres;
import dk.sammen.approval.ApprovalService;
import dk.sammen.approval.CompleteScoping;
import dk.sammen.approval.Decision;
import dk.sammen.approval.ReviewRound;
import dk.sammen.charter.CharterService;
import dk.sammen.charter.Verification;
import dk.sammen.approval.ReviewGateChanged;
import dk.sammen.base.InvalidInputException;
import dk.sammen.canvas.CanvasEvents;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredValue;
import dk.sammen.directory.DirectoryService;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.disagreement.FlagsChanged;
import dk.sammen.disagreement.NewFlag;
import dk.sammen.live.LiveUpdates;
import dk.sammen.live.Presence;
import dk.sammen.live.PresenceChanged;
import dk.sammen.live.PresenceService;
import dk.sammen.live.ScopingEvent;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two servers of one cluster (two application contexts on one throw-away PostgreSQL, each with its
 * own listening connection): what happens on one reaches the pages of the other, and a lost
 * listening connection loses nothing.
 */
@Order(1) // starts its own application contexts: see junit-platform.properties
class SeveralServersTest {

    static ThrowawayPostgres postgres;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoServers() throws Exception {
        var bin = ThrowawayPostgres.binaries();
        Assumptions.assumeTrue(bin.isPresent(), "no PostgreSQL server binaries found (/usr/lib/postgresql/*/bin)");
        postgres = ThrowawayPostgres.start(bin.get());
        a = ClusterServers.start(postgres);
        b = ClusterServers.start(postgres);
    }

    @AfterAll
    static void stopThem() throws Exception {
        if (b != null) b.close();
        if (a != null) a.close();
        if (postgres != null) postgres.close();
    }

    private static ScopingFixture scoping(String title) {
        return CompleteScoping.create(a.getBean(ScopingService.class), a.getBean(DirectoryService.class), a.getBean(AccountService.class),
                a.getBean(CanvasService.class), title + " " + System.nanoTime());
    }

    /** What an open page of the scoping on that server is handed, in order. */
    private static List<ScopingEvent> page(ConfigurableApplicationContext server, ScopingFixture f) {
        List<ScopingEvent> got = new CopyOnWriteArrayList<>();
        server.getBean(LiveUpdates.class).subscribe(f.id().value(), got::add);
        return got;
    }

    private static List<String> answers(List<ScopingEvent> events, FieldRef field) {
        return events.stream().filter(CanvasEvents.AnswerChanged.class::isInstance).map(e -> ((CanvasEvents.AnswerChanged) e).value())
                .filter(v -> v.ref().equals(field)).map(StoredValue::value).toList();
    }

    @Test
    void an_edit_on_one_server_reaches_a_page_on_the_other_once() {
        ScopingFixture f = scoping("To servere");
        List<ScopingEvent> onB = page(b, f);
        List<ScopingEvent> onA = page(a, f);
        List<List<ScopingEvent>> batchesOnA = new CopyOnWriteArrayList<>();
        List<List<ScopingEvent>> batchesOnB = new CopyOnWriteArrayList<>();
        a.getBean(LiveUpdates.class).subscribeBatches(f.id().value(), batchesOnA::add);
        b.getBean(LiveUpdates.class).subscribeBatches(f.id().value(), batchesOnB::add);
        FieldRef forum = FieldRef.joint("ways", "forum");

        run("kamilla", () -> a.getBean(CanvasService.class).save(f.id(), forum, "Styregruppen mødes hver 14. dag", StoredValue.NEW));

        await().atMost(Duration.ofSeconds(30)).until(() -> answers(onB, forum).contains("Styregruppen mødes hver 14. dag"));
        // One save reaches a page as one batch, on either server: the answer, its history line and the review gate.
        for (List<List<ScopingEvent>> batches : List.of(batchesOnA, batchesOnB)) {
            assertThat(batches).hasSize(1);
            assertThat(batches.getFirst()).extracting(e -> e.getClass().getSimpleName())
                    .containsExactlyInAnyOrder("AnswerChanged", "ChangeRecorded", "ReviewGateChanged");
        }
        assertThat(onB).filteredOn(CanvasEvents.ChangeRecorded.class::isInstance).hasSize(1);
        StoredValue shown = onB.stream().filter(CanvasEvents.AnswerChanged.class::isInstance).map(e -> ((CanvasEvents.AnswerChanged) e).value())
                .findFirst().orElseThrow();
        assertThat(shown.changedBy()).isEqualTo("Kamilla Damgaard");
        // The writer's own server had it at once, and not a second time from the database.
        assertThat(answers(onA, forum)).containsExactly("Styregruppen mødes hver 14. dag");
        run("mette", () -> b.getBean(CanvasService.class).save(f.id(), forum, "Hver uge", shown.version()));
        await().atMost(Duration.ofSeconds(30)).until(() -> answers(onA, forum).contains("Hver uge"));
        assertThat(answers(onA, forum)).containsExactly("Styregruppen mødes hver 14. dag", "Hver uge");
        assertThat(answers(onB, forum)).containsExactly("Styregruppen mødes hver 14. dag", "Hver uge");
    }

    @Test
    void someone_on_one_server_is_shown_present_on_the_other() {
        ScopingFixture f = scoping("Tilstede");
        List<ScopingEvent> onA = page(a, f);
        long kamilla = ScopingFixture.user(a.getBean(AccountService.class), "kamilla").value();
        Presence onServerB = new Presence("b-view-1", kamilla, "Kamilla Holm", "KH", "TMF Stab", List.of("PARTICIPANT"), 1, null);

        try (var page = b.getBean(PresenceService.class).join(f.id().value(), onServerB)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> a.getBean(PresenceService.class).present(f.id().value())
                    .stream().anyMatch(p -> p.viewKey().equals("b-view-1")));
            await().atMost(Duration.ofSeconds(30)).until(() -> onA.stream().anyMatch(e -> e instanceof PresenceChanged p
                    && p.present().stream().anyMatch(x -> x.viewKey().equals("b-view-1"))));
            b.getBean(PresenceService.class).focus(f.id().value(), "b-view-1", "purpose");
            await().atMost(Duration.ofSeconds(30)).until(() -> a.getBean(PresenceService.class).present(f.id().value())
                    .stream().anyMatch(p -> p.viewKey().equals("b-view-1") && "purpose".equals(p.section())));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> a.getBean(PresenceService.class).present(f.id().value()).isEmpty());
    }

    @Test
    void a_disagreement_raised_on_one_server_blocks_the_review_on_the_other() {
        ScopingFixture f = scoping("Uenighed");
        List<ScopingEvent> onA = page(a, f);
        assertThat(as("nanna", () -> a.getBean(ApprovalService.class).gate(f.id())).open()).isTrue();

        as("eva", () -> b.getBean(DisagreementService.class).raise(f.id(), new NewFlag("purpose", null, "Hvem ejer data",
                "Uklart", Set.of(f.analysis()))));

        await().atMost(Duration.ofSeconds(30)).until(() -> onA.stream().anyMatch(FlagsChanged.class::isInstance));
        await().atMost(Duration.ofSeconds(30)).until(() -> onA.stream().anyMatch(e -> e instanceof ReviewGateChanged g && !g.gate().open()));
        assertThatThrownBy(() -> run("nanna", () -> a.getBean(ApprovalService.class).sendToReview(f.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.messageKey())
                        .containsExactly("gate.flag"));
    }

    @Test
    void a_charter_approved_and_signed_on_one_server_verifies_on_the_other() {
        ScopingFixture f = scoping("Underskrevet");
        ReviewRound round = as("nanna", () -> a.getBean(ApprovalService.class).sendToReview(f.id()));
        run("lars", () -> a.getBean(ApprovalService.class).decide(f.id(), f.analysis(), round.fingerprint(), new Decision.Approve()));
        // The last approval, on server B, signs the charter there.
        ReviewRound approved = as("peter", () -> b.getBean(ApprovalService.class).decide(f.id(), f.cityDevelopment(), round.fingerprint(),
                new Decision.Approve()));
        assertThat(approved.approved()).isTrue();

        byte[] signedOnB = as("kamilla", () -> a.getBean(CharterService.class).charter(f.id(), approved.id(), CharterService.Format.PDF,
                Locale.of("da"))).bytes();
        Verification onA = as("kamilla", () -> a.getBean(CharterService.class).verify(signedOnB));
        assertThat(onA.matches()).as(onA.reason()).isTrue();
    }

    @Test
    void a_server_whose_listening_connection_is_cut_catches_up_with_every_change_and_none_twice() throws Exception {
        ScopingFixture f = scoping("Afbrudt");
        List<ScopingEvent> onB = page(b, f);
        FieldRef forum = FieldRef.joint("ways", "forum");
        PostgresLiveUpdates bLive = b.getBean(PostgresLiveUpdates.class);
        int listening = bLive.listenerBackendPid();
        assertThat(listening).as("B listens").isPositive();

        List<String> written = new ArrayList<>();
        long version = StoredValue.NEW;
        for (int i = 1; i <= 30; i++) {
            if (i == 10) cut(listening);
            String value = "Ændring " + i;
            final long expected = version;
            version = as("kamilla", () -> a.getBean(CanvasService.class).save(f.id(), forum, value, expected)).version();
            written.add(value);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> answers(onB, forum).size() >= written.size());
        assertThat(answers(onB, forum)).as("every change, in order, none twice").containsExactlyElementsOf(written);
        assertThat(bLive.listenerBackendPid()).as("B listens on a new connection").isPositive().isNotEqualTo(listening);
    }

    private static void cut(int backendPid) throws Exception {
        String url = postgres.springArguments().getFirst().substring("--spring.datasource.url=".length());
        try (Connection admin = DriverManager.getConnection(url, "sammen", "");
             var kill = admin.prepareStatement("select pg_terminate_backend(?)")) {
            kill.setInt(1, backendPid);
            kill.executeQuery();
        }
    }
}
