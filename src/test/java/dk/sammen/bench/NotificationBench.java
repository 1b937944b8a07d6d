package dk.sammen.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.sammen.Application;
import dk.sammen.InTestSmtp;
import dk.sammen.MovableClock;
import dk.sammen.approval.CompleteScoping;
import dk.sammen.canvas.CanvasService;
import dk.sammen.directory.DirectoryService;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.disagreement.NewFlag;
import dk.sammen.notification.internal.MorningRound;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import dk.sammen.security.ActingAs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Notifications end to end: disagreements raised in a scoping with two parties, each telling five
 * people (notice + mail at once) through a real SMTP server; the same while that server is down;
 * and the morning round that then reminds every party of its missing positions.
 * Arguments: flags (200, so 1 000 notices), outage seconds (60).
 */
public final class NotificationBench {

    private static final int TOLD_PER_FLAG = 5; // Kamilla, Lars, Mette, Peter (both parties) and Nanna (facilitator)

    public static void main(String[] args) throws Exception {
        int flags = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int outageSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        ServerSetup setup = new ServerSetup(InTestSmtp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail smtp = new GreenMail(setup);
        smtp.start();
        Path data = Files.createTempDirectory("sammen-notification-bench");
        StringBuilder md = new StringBuilder();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class, MovableClock.Config.class)
                .profiles("dev", "test").run("--server.port=0", "--sammen.data-dir=" + data, "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off", "--sammen.mail.send=true", "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + setup.getPort(), "--sammen.mail.poll-millis=200", "--sammen.mail.retry-first=PT1S",
                        "--sammen.mail.retry-max=PT5S", "--sammen.mail.max-attempts=1000")) {
            MovableClock clock = app.getBean(MovableClock.class);
            clock.set(LocalDate.of(2027, 3, 3).atTime(9, 0)); // a Wednesday
            ScopingFixture f = CompleteScoping.create(app.getBean(ScopingService.class), app.getBean(DirectoryService.class),
                    app.getBean(AccountService.class), app.getBean(CanvasService.class), "Bench " + System.nanoTime());
            awaitQuiet(smtp);
            smtp.purgeEmailFromAllMailboxes();

            DisagreementService disagreements = app.getBean(DisagreementService.class);
            long t0 = System.nanoTime();
            raise(disagreements, f, "Uenighed", flags);
            double enqueueSeconds = (System.nanoTime() - t0) / 1e9;
            int expected = flags * TOLD_PER_FLAG;
            awaitDelivered(smtp, expected, 600);
            double deliveredSeconds = (System.nanoTime() - t0) / 1e9;
            section(md, String.format(Locale.ROOT, """
                    ### %d notices (%d flags raised, each telling %d people at once)

                    | what | measured |
                    |---|---|
                    | flags raised, notices and mails written (in the flags' own transactions) | %s s (%s notices/s) |
                    | first flag raised → all %d mails received by the SMTP server | %s s (%s mails/s) |
                    | mails received twice | %d |

                    """, expected, flags, TOLD_PER_FLAG, BenchReport.ms(enqueueSeconds), BenchReport.ms(expected / enqueueSeconds), expected,
                    BenchReport.ms(deliveredSeconds), BenchReport.ms(expected / deliveredSeconds), duplicates(smtp)));

            // The SMTP server goes away while people keep raising flags; a new one on the same port plays "back".
            smtp.stop();
            int outageFlags = Math.max(1, flags / 10);
            raise(disagreements, f, "Under nedbrud", outageFlags);
            Thread.sleep(outageSeconds * 1000L);
            GreenMail back = new GreenMail(setup);
            back.start();
            long t1 = System.nanoTime();
            awaitDelivered(back, outageFlags * TOLD_PER_FLAG, 600);
            double recovered = (System.nanoTime() - t1) / 1e9;
            Thread.sleep(3000);
            section(md, String.format(Locale.ROOT, """
                    ### SMTP server down for %d s while %d flags are raised (%d notices)

                    | what | measured |
                    |---|---|
                    | server back → all delivered (retry backoff capped at 5 s here; 30 min by default) | %s s |
                    | delivered after it was back (3 s later) | %d of %d, %d twice |

                    """, outageSeconds, outageFlags, outageFlags * TOLD_PER_FLAG, BenchReport.ms(recovered),
                    back.getReceivedMessages().length, outageFlags * TOLD_PER_FLAG, duplicates(back)));

            // Three working days later every flag's parties are reminded of their missing positions.
            back.purgeEmailFromAllMailboxes();
            clock.set(LocalDate.of(2027, 3, 8).atTime(9, 0));
            MorningRound round = app.getBean(MorningRound.class);
            long t2 = System.nanoTime();
            boolean ran = round.runIfDue().isPresent();
            double roundSeconds = (System.nanoTime() - t2) / 1e9;
            int reminders = (flags + outageFlags) * 4; // two members of each of the two parties
            awaitDelivered(back, reminders, 600);
            double remindersDelivered = (System.nanoTime() - t2) / 1e9;
            section(md, String.format(Locale.ROOT, """
                    ### Morning round: %d flags without positions, people in %s scopings

                    | what | measured |
                    |---|---|
                    | round ran | %s |
                    | round (what waits, as each member; reminders written) | %s s |
                    | round start → %d reminder mails received | %s s |

                    """, flags + outageFlags, "the sample's and the bench's", ran, BenchReport.ms(roundSeconds), reminders,
                    BenchReport.ms(remindersDelivered)));
            back.stop();
        }
        BenchReport.write("notifications", md.toString());
    }

    private static void raise(DisagreementService disagreements, ScopingFixture f, String title, int count) {
        for (int i = 0; i < count; i++) {
            int n = i;
            ActingAs.run("eva", () -> disagreements.raise(f.id(), new NewFlag("purpose", null, title + " " + n, "Beskrivelse",
                    Set.of(f.analysis(), f.cityDevelopment()))));
        }
    }

    private static void section(StringBuilder md, String markdown) {
        System.out.println(markdown);
        md.append(markdown);
    }

    private static void awaitDelivered(GreenMail smtp, int count, int seconds) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (smtp.getReceivedMessages().length < count) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("only " + smtp.getReceivedMessages().length + " of " + count + " delivered");
            }
            Thread.sleep(20);
        }
    }

    /** Waits until the mails of the set-up (invitations) stop arriving. */
    private static void awaitQuiet(GreenMail smtp) throws InterruptedException {
        int last = -1;
        while (smtp.getReceivedMessages().length != last) {
            last = smtp.getReceivedMessages().length;
            Thread.sleep(1500);
        }
    }

    private static long duplicates(GreenMail smtp) {
        return Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0] + "|" + m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.groupingBy(s -> s, Collectors.counting())).values().stream().filter(c -> c > 1).count();
    }

    private NotificationBench() {
    }
}
