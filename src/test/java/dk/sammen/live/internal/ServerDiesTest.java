package dk.sammen.live.internal;

import static dk.sammen.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.sammen.ClusterServers;
import dk.sammen.ThrowawayPostgres;
import dk.sammen.approval.CompleteScoping;
import dk.sammen.canvas.CanvasEvents;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredValue;
import dk.sammen.directory.DirectoryService;
import dk.sammen.live.LiveUpdates;
import dk.sammen.live.Presence;
import dk.sammen.live.PresenceChanged;
import dk.sammen.live.PresenceService;
import dk.sammen.live.ScopingEvent;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A server of a cluster killed without warning (SIGKILL, in a process of its own): the other
 * server's people go on as before, and the dead server's people leave its presence bars within
 * 20 seconds, as their rows are no longer renewed.
 */
@Order(1) // starts its own application contexts: see junit-platform.properties
class ServerDiesTest {

    private static final String GONE_VIEW = "page-on-the-dying-server";

    @Test
    void the_people_of_a_killed_server_leave_the_presence_on_the_other_within_twenty_seconds() throws Exception {
        var bin = ThrowawayPostgres.binaries();
        Assumptions.assumeTrue(bin.isPresent(), "no PostgreSQL server binaries found (/usr/lib/postgresql/*/bin)");
        try (ThrowawayPostgres postgres = ThrowawayPostgres.start(bin.get());
             ConfigurableApplicationContext a = ClusterServers.start(postgres)) {
            ScopingFixture f = CompleteScoping.create(a.getBean(ScopingService.class), a.getBean(DirectoryService.class),
                    a.getBean(AccountService.class), a.getBean(CanvasService.class), "Server dør " + System.nanoTime());
            long scoping = f.id().value();
            long kamilla = ScopingFixture.user(a.getBean(AccountService.class), "kamilla").value();
            long mette = ScopingFixture.user(a.getBean(AccountService.class), "mette").value();
            PresenceService presence = a.getBean(PresenceService.class);
            List<ScopingEvent> pageOnA = new CopyOnWriteArrayList<>();
            a.getBean(LiveUpdates.class).subscribe(scoping, pageOnA::add);
            presence.join(scoping, new Presence("page-on-a", kamilla, "Kamilla Damgaard", "KD", "TMF Stab", List.of("PARTICIPANT"), 3, null));

            Process b = startServerThatDies(postgres, scoping, mette);
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> presence.present(scoping).stream().anyMatch(p -> p.viewKey().equals(GONE_VIEW)));

                b.destroyForcibly(); // SIGKILL: no shutdown hook, nothing tidied up
                assertThat(b.waitFor(30, TimeUnit.SECONDS)).isTrue();

                await().atMost(Duration.ofSeconds(20)).until(() -> presence.present(scoping).stream().noneMatch(p -> p.viewKey().equals(GONE_VIEW)));
                await().atMost(Duration.ofSeconds(10)).until(() -> !pageOnA.isEmpty() && pageOnA.getLast() instanceof PresenceChanged last
                        && last.present().stream().map(Presence::viewKey).toList().equals(List.of("page-on-a")));
                assertThat(presence.present(scoping)).extracting(Presence::viewKey).containsExactly("page-on-a");

                // A's people go on as before.
                as("kamilla", () -> a.getBean(CanvasService.class).save(f.id(), FieldRef.joint("ways", "forum"), "Videre uden B", StoredValue.NEW));
                assertThat(pageOnA).anyMatch(e -> e instanceof CanvasEvents.AnswerChanged c && c.value().value().equals("Videre uden B"));
            } finally {
                b.destroyForcibly();
            }
        }
    }

    private static Process startServerThatDies(ThrowawayPostgres postgres, long scoping, long user) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dsammen.test.scoping=" + scoping, "-Dsammen.test.user=" + user, ServerThatDies.class.getName()));
        command.addAll(ClusterServers.arguments(postgres));
        Path log = Files.createTempFile("sammen-server-b", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Files.writeString(log, line + "\n", StandardOpenOption.APPEND);
                    if (line.contains(ServerThatDies.READY)) ready.complete(true);
                }
            } catch (Exception ignored) {
                // the process was killed
            }
            ready.complete(false);
        });
        assertThat(ready.get(3, TimeUnit.MINUTES)).as("server B started; its log: " + log).isTrue();
        return process;
    }
}
