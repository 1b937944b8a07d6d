package dk.sammen.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dk.sammen.Application;
import dk.sammen.browser.Chromium;
import dk.sammen.directory.DirectoryService;
import dk.sammen.directory.ImportPreview;
import dk.sammen.directory.PeopleImport;
import dk.sammen.mail.MailOutbox;
import dk.sammen.mail.OutgoingMail;
import dk.sammen.security.ActingAs;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a new organisation waits for: importing 5 000 people from a CSV file (preview, import, the
 * same file again), searching among them, signing in through an OpenID Connect provider in a
 * real browser (against the password form as baseline), and the outbox: 1 000 mails through a
 * real SMTP server, and the delivery of mails written while that server was down.
 * Arguments: people (5000), sign-ins (20), mails (1000), outage seconds (60).
 */
public final class OnboardingBench {

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int signIns = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int mails = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int outageSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int appPort = freePort();
        ServerSetup smtpSetup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail smtp = new GreenMail(smtpSetup);
        smtp.start();
        MockOAuth2Server oidc = new MockOAuth2Server();
        oidc.start(freePort());
        Path data = Files.createTempDirectory("sammen-onboarding-bench");
        StringBuilder md = new StringBuilder();
        // Command-line arguments: they outrank application.properties (builder properties would not).
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("dev", "test").run(
                "--server.port=" + appPort, "--sammen.data-dir=" + data, "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--sammen.base-url=http://localhost:" + appPort, "--sammen.mail.send=true", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpSetup.getPort(), "--sammen.mail.poll-millis=200", "--sammen.mail.retry-first=PT1S",
                "--sammen.mail.retry-max=PT5S", "--sammen.mail.max-attempts=1000",
                "--sammen.oidc.issuer-uri=" + oidc.issuerUrl("default"), "--sammen.oidc.client-id=sammen",
                "--sammen.oidc.client-secret=bench", "--sammen.oidc.department-claim=department")) {
            md.append(section(importFigures(app, people)));
            // The import's invitations go out first, so the mail figures below start from an empty outbox.
            long t0 = System.nanoTime();
            awaitDelivered(smtp, people, 1800);
            md.append(section(String.format(Locale.ROOT, "The import's %d invitations reached the SMTP server %s s after the import.%n%n",
                    people, BenchReport.ms((System.nanoTime() - t0) / 1e9))));
            md.append(section(signInFigures(app, oidc, appPort, signIns)));
            md.append(section(mailFigures(app, smtp, mails)));
            md.append(section(outageFigures(app, smtp, smtpSetup, mails / 10, outageSeconds)));
        } finally {
            oidc.shutdown();
        }
        BenchReport.write("onboarding", md.toString());
    }

    /** Printed as soon as it is measured, so a later failure keeps what was measured. */
    private static String section(String markdown) {
        System.out.println(markdown);
        return markdown;
    }

    private static String importFigures(ConfigurableApplicationContext app, int count) {
        PeopleImport importer = app.getBean(PeopleImport.class);
        DirectoryService directory = app.getBean(DirectoryService.class);
        StringBuilder csv = new StringBuilder("navn;e-mail;afdeling;afdelingskort;stilling\n");
        String[] departments = {"Byudvikling", "Vejdrift og Anlæg", "Miljø og Klima", "Kultur og Fritid", "Sundhed og Omsorg"};
        for (int i = 0; i < count; i++) {
            csv.append("Person Ærø Søndergård ").append(i).append(";person").append(i).append("@kommune.dk;")
                    .append(departments[i % departments.length]).append(";;Konsulent\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        return ActingAs.call("admin", () -> {
            long t0 = System.nanoTime();
            ImportPreview preview = importer.preview(file);
            double previewMs = (System.nanoTime() - t0) / 1e6;
            check(preview.canImport(), "the generated file previews clean");
            t0 = System.nanoTime();
            importer.importFile(file, "bench.csv");
            double importMs = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            ImportPreview again = importer.importFile(file, "bench.csv");
            double againMs = (System.nanoTime() - t0) / 1e6;
            check(again.updatedPeople() == count, "the second import updates every row");
            check(directory.findPeople("person4999@kommune.dk", true).size() == (count >= 5000 ? 1 : 0), "no duplicates");
            List<Double> searches = new ArrayList<>();
            for (String text : List.of("søndergård 12", "person42", "miljø", "ærø", "konsulent", "xyz")) {
                for (int i = 0; i < 10; i++) {
                    long s = System.nanoTime();
                    int found = directory.findPeople(text, false).size();
                    searches.add((System.nanoTime() - s) / 1e6);
                    check(found <= 50, "a search returns at most 50");
                }
            }
            BenchReport.Stats search = BenchReport.Stats.of(searches);
            return String.format(Locale.ROOT, """
                    ### Import and search (%d people, %d KiB CSV, H2 embedded)

                    | step | time |
                    |---|---|
                    | preview (read, check every row) | %s ms |
                    | import (all or nothing, with an invitation each) | %s ms (%s people/s) |
                    | the same file again (updates, no duplicates) | %s ms |
                    | directory search as a facilitator types (60 searches) | median %s ms, p95 %s ms |

                    """, count, file.length / 1024, BenchReport.ms(previewMs), BenchReport.ms(importMs),
                    BenchReport.ms(count / (importMs / 1000)), BenchReport.ms(againMs), BenchReport.ms(search.median()), BenchReport.ms(search.p95()));
        });
    }

    private static String signInFigures(ConfigurableApplicationContext app, MockOAuth2Server oidc, int port, int count) throws Exception {
        String base = "http://localhost:" + port;
        List<Double> sso = new ArrayList<>();
        List<Double> form = new ArrayList<>();
        try (Chromium chromium = Chromium.launch(Chromium.executable().orElseThrow())) {
            for (int i = 0; i < count + 2; i++) {
                oidc.enqueueCallback(new DefaultOAuth2TokenCallback("default", "bench-" + (i % 5), "JWT", List.of("sammen"),
                        Map.of("preferred_username", "sso.bench" + (i % 5), "email", "sso.bench" + (i % 5) + "@kommune.dk",
                                "name", "SSO Bench " + i, "department", "BU"), 3600));
                double ms = timed(chromium, base, page -> page.locator("#sso-sign-in").click());
                if (i >= 2) sso.add(ms); // the first two warm up
                double f = timed(chromium, base, page -> {
                    page.locator("input[name=username]").fill("kamilla");
                    page.locator("input[name=password]").fill("sammen-demo-2026");
                    page.locator("input[name=password]").press("Enter");
                });
                if (i >= 2) form.add(f);
            }
        }
        BenchReport.Stats s = BenchReport.Stats.of(sso);
        BenchReport.Stats f = BenchReport.Stats.of(form);
        return String.format(Locale.ROOT, """
                ### Sign-in in Chromium, click to dashboard shown (%d each, after 2 warm-ups)

                | route | median | p95 | p99 | max | p95 vs. password form |
                |---|---|---|---|---|---|
                | password form (baseline) | %s | × 1.0 |
                | OpenID Connect (redirects to the provider and back, token check, account update) | %s | %s |

                """, count, f.cells(), s.cells(), s.ratioTo(f));
    }

    private interface Step {
        void run(Page page);
    }

    private static double timed(Chromium chromium, String base, Step signIn) {
        BrowserContext context = chromium.newContext("da-DK");
        try {
            Page page = context.newPage();
            page.navigate(base + "/login");
            page.locator("input[name=username]").waitFor();
            long t0 = System.nanoTime();
            signIn.run(page);
            page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mine scopinger")).waitFor();
            return (System.nanoTime() - t0) / 1e6;
        } finally {
            context.close();
        }
    }

    private static String mailFigures(ConfigurableApplicationContext app, GreenMail smtp, int count) throws Exception {
        int before = smtp.getReceivedMessages().length;
        long t0 = System.nanoTime();
        enqueue(app, "bulk", count);
        double enqueueMs = (System.nanoTime() - t0) / 1e6;
        awaitDelivered(smtp, before + count, 600);
        double totalMs = (System.nanoTime() - t0) / 1e6;
        check(duplicates(smtp) == 0, "no mail twice");
        return String.format(Locale.ROOT, """
                ### Outbox to a real SMTP server (GreenMail), %d mails

                | what | measured |
                |---|---|
                | enqueue %d mails (one transaction each) | %s ms |
                | enqueued → all delivered | %s ms (%s mails/s) |
                | delivered twice | %d |

                """, count, count, BenchReport.ms(enqueueMs), BenchReport.ms(totalMs), BenchReport.ms(count / (totalMs / 1000)), duplicates(smtp));
    }

    private static String outageFigures(ConfigurableApplicationContext app, GreenMail smtp, ServerSetup setup, int count, int seconds)
            throws Exception {
        // The server the application sends to stops; a new GreenMail on the same port plays "the server is back".
        smtp.stop();
        enqueue(app, "outage", count);
        Thread.sleep(seconds * 1000L);
        long waiting = ActingAs.call("admin", () -> app.getBean(MailOutbox.class).recent(500)).stream()
                .filter(m -> m.subject().startsWith("outage") && m.state() == dk.sammen.mail.QueuedMail.State.WAITING).count();
        GreenMail back = new GreenMail(setup);
        back.start();
        long t0 = System.nanoTime();
        awaitDelivered(back, count, 600);
        double recoveredMs = (System.nanoTime() - t0) / 1e6;
        Thread.sleep(3000);
        int received = back.getReceivedMessages().length;
        back.stop();
        return String.format(Locale.ROOT, """
                ### SMTP server down for %d s while %d mails are written

                | what | measured |
                |---|---|
                | mails waiting in the outbox at the end of the outage | %d of %d |
                | server back → all delivered (retry backoff capped at 5 s here; 30 min by default) | %s ms |
                | delivered after it was back (3 s later) | %d (none lost, none twice) |

                """, seconds, count, waiting, count, BenchReport.ms(recoveredMs), received);
    }

    private static void enqueue(ConfigurableApplicationContext app, String subject, int count) {
        MailOutbox outbox = app.getBean(MailOutbox.class);
        TransactionTemplate tx = app.getBean(TransactionTemplate.class);
        for (int i = 0; i < count; i++) {
            int n = i;
            tx.executeWithoutResult(s -> outbox.enqueue(new OutgoingMail("modtager" + n + "@kommune.dk", subject + " " + n,
                    "Tekst " + n, "<p>Tekst " + n + "</p>", Locale.of("da"))));
        }
    }

    private static void awaitDelivered(GreenMail smtp, int count, int seconds) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (smtp.getReceivedMessages().length < count) {
            if (System.nanoTime() > until) throw new IllegalStateException("only " + smtp.getReceivedMessages().length + " of " + count + " delivered");
            Thread.sleep(20);
        }
    }

    private static long duplicates(GreenMail smtp) {
        Map<String, Long> bySubject = Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0] + "|" + m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.groupingBy(s -> s, HashMap::new, Collectors.counting()));
        return bySubject.values().stream().filter(c -> c > 1).count();
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) throw new IllegalStateException("check failed: " + what);
    }

    private OnboardingBench() {
    }
}
