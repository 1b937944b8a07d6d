package dk.sammen.notification;

import static dk.sammen.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sammen.Application;
import dk.sammen.MovableClock;
import dk.sammen.ThrowawayPostgres;
import dk.sammen.approval.CompleteScoping;
import dk.sammen.canvas.CanvasService;
import dk.sammen.directory.DirectoryService;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.disagreement.Flag;
import dk.sammen.disagreement.NewFlag;
import dk.sammen.mail.MailOutbox;
import dk.sammen.mail.QueuedMail;
import dk.sammen.notification.internal.MorningRound;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two servers on one PostgreSQL database run the morning round at the same moment: every reminder
 * is sent once (ShedLock keeps the second server out; the day and each reminder's key are recorded).
 */
@Order(1) // starts its own application contexts: see junit-platform.properties
class MorningRoundOnTwoServersTest {

    @Test
    void two_servers_at_the_same_moment_send_each_reminder_once() throws Exception {
        var bin = ThrowawayPostgres.binaries();
        Assumptions.assumeTrue(bin.isPresent(), "no PostgreSQL server binaries found (/usr/lib/postgresql/*/bin)");
        try (ThrowawayPostgres postgres = ThrowawayPostgres.start(bin.get());
             var one = server(postgres);
             var two = server(postgres)) {
            clocks(one, two, LocalDate.of(2027, 3, 24));
            var scopings = one.getBean(ScopingService.class);
            ScopingFixture f = CompleteScoping.create(scopings, one.getBean(DirectoryService.class), one.getBean(AccountService.class),
                    one.getBean(CanvasService.class), "To servere " + System.nanoTime());
            String flagTitle = "Hvem ejer data " + System.nanoTime();
            Flag flag = as("eva", () -> one.getBean(DisagreementService.class).raise(f.id(), new NewFlag("data", null, flagTitle,
                    "Uklart", Set.of(f.analysis()))));

            // Thursday 1 April 2027, three working days later (Easter between): both servers start the round together.
            clocks(one, two, LocalDate.of(2027, 4, 1));
            List<Optional<LocalDate>> ran = together(one.getBean(MorningRound.class), two.getBean(MorningRound.class));
            assertThat(ran).filteredOn(Optional::isPresent).as("one server ran the round").hasSize(1);
            assertThat(together(one.getBean(MorningRound.class), two.getBean(MorningRound.class))).allMatch(Optional::isEmpty);

            NotificationService notifications = two.getBean(NotificationService.class);
            for (String member : List.of("kamilla", "lars")) {
                assertThat(as(member, notifications::myNotices)).filteredOn(n -> n.kind() == NoticeKind.POSITION_MISSING)
                        .filteredOn(n -> n.args().contains(flagTitle)).hasSize(1);
            }
            List<QueuedMail> mails = as("admin", () -> one.getBean(MailOutbox.class).recent(500)).stream()
                    .filter(m -> m.subject().equals("Jeres holdning mangler: " + flagTitle)).toList();
            assertThat(mails).extracting(QueuedMail::recipient)
                    .containsExactlyInAnyOrder("kamilla@sammen.example", "lars@sammen.example");
            assertThat(flag.id()).isPositive();
        }
    }

    private static ConfigurableApplicationContext server(ThrowawayPostgres postgres) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--sammen.notifications.schedule=false"));
        arguments.addAll(postgres.springArguments());
        return new SpringApplicationBuilder(Application.class, MovableClock.Config.class).profiles("dev", "postgres")
                .run(arguments.toArray(String[]::new));
    }

    private static void clocks(ConfigurableApplicationContext one, ConfigurableApplicationContext two, LocalDate day) {
        LocalDateTime nine = day.atTime(9, 0);
        one.getBean(MovableClock.class).set(nine);
        two.getBean(MovableClock.class).set(nine);
    }

    private static List<Optional<LocalDate>> together(MorningRound a, MorningRound b) {
        CountDownLatch start = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> await(start, a));
        var second = CompletableFuture.supplyAsync(() -> await(start, b));
        start.countDown();
        return List.of(first.join(), second.join());
    }

    private static Optional<LocalDate> await(CountDownLatch start, MorningRound round) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return round.runIfDue();
    }
}
