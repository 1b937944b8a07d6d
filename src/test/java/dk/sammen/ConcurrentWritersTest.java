package dk.sammen;

import static dk.sammen.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sammen.approval.ApprovalService;
import dk.sammen.approval.CompleteScoping;
import dk.sammen.approval.Decision;
import dk.sammen.approval.ReviewRound;
import dk.sammen.base.StaleVersionException;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.ChangeEntry;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredValue;
import dk.sammen.canvas.TableRef;
import dk.sammen.directory.DirectoryService;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.scoping.Stage;
import dk.sammen.security.AccountService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many writers at once through the services (the short CI version of the concurrency benchmark):
 * every write is either stored or reported to its writer as a conflict, the history accounts for
 * every stored write, and a version is approved exactly once.
 */
@SammenTest
class ConcurrentWritersTest {

    static final int WRITERS = 20;
    static final int WRITES_EACH = 10;
    static final String[] PEOPLE = {"kamilla", "mette"};

    @Autowired CanvasService canvas;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;
    @Autowired ApprovalService approval;
    @Autowired javax.sql.DataSource dataSource;

    @Test
    void writers_on_one_field_and_one_table_lose_nothing_silently() throws Exception {
        // 20 writers on 10 connections: they wait for the busy pool instead of taking it for an outage.
        assertThat(dataSource).isInstanceOf(dk.sammen.base.PatientConnectionPool.Patient.class);
        ScopingFixture f = ScopingFixture.create(scopings, directory, accounts, "Samtidige " + System.nanoTime());
        FieldRef field = FieldRef.joint("ways", "forum");
        TableRef table = new TableRef("risks", "risks");
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        ConcurrentLinkedQueue<String> storedValues = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        // CI writes a fixed number; the benchmark (bench/run-all.sh) writes for -Dsammen.writers.seconds=60.
        int seconds = Integer.getInteger("sammen.writers.seconds", 0);
        long began = System.nanoTime();
        long until = began + seconds * 1_000_000_000L;
        AtomicInteger rows = new AtomicInteger();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                start.await();
                String who = PEOPLE[writer % 2];
                for (int i = 0; seconds > 0 ? System.nanoTime() < until : i < WRITES_EACH; i++) {
                    String value = "writer " + writer + " write " + i;
                    long seen = as(who, () -> canvas.content(f.id())).value(field).map(StoredValue::version).orElse(StoredValue.NEW);
                    try {
                        as(who, () -> canvas.save(f.id(), field, value, seen));
                        stored.incrementAndGet();
                        storedValues.add(value);
                    } catch (StaleVersionException conflict) {
                        conflicts.incrementAndGet(); // told, with the newer value: not silent
                    }
                    as(who, () -> canvas.addRow(f.id(), table, Map.of("risk", value)));
                    rows.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> d : done) d.get(seconds + 120L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - began) / 1e9;
        pool.shutdown();

        assertThat(stored.get() + conflicts.get()).isEqualTo(rows.get());
        List<ChangeEntry> history = as("eva", () -> canvas.sectionHistory(f.id(), "ways"));
        assertThat(history).filteredOn(c -> c.target().equals(field.key())).hasSize(stored.get());
        assertThat(history.stream().map(ChangeEntry::after).toList()).containsExactlyInAnyOrderElementsOf(storedValues);
        assertThat(as("eva", () -> canvas.content(f.id())).text(field)).isEqualTo(history.getFirst().after());
        assertThat(as("eva", () -> canvas.content(f.id())).rows(table)).hasSize(rows.get());
        dk.sammen.bench.BenchReport.write("concurrent-writers", String.format(java.util.Locale.ROOT,
                "%d writers for %.0f s on the same field (each from the version it last saw) and the same table: "
                + "**%d writes to the field: %d stored, %d reported to their writer as conflicts (with the newer value), 0 silent losses**; "
                + "the history holds exactly the %d stored writes; **%d rows added, all %d stored**.%n",
                WRITERS, elapsed, rows.get(), stored.get(), conflicts.get(), stored.get(), rows.get(), rows.get()));
    }

    @Test
    void two_leaders_approving_at_the_same_moment_approve_the_version_exactly_once() throws Exception {
        ScopingFixture f = CompleteScoping.create(scopings, directory, accounts, canvas, "Samtidig godkendelse " + System.nanoTime());
        ReviewRound round = as("nanna", () -> approval.sendToReview(f.id()));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> lars = pool.submit(() -> {
            start.await();
            return as("lars", () -> approval.decide(f.id(), f.analysis(), round.fingerprint(), new Decision.Approve()));
        });
        Future<?> peter = pool.submit(() -> {
            start.await();
            return as("peter", () -> approval.decide(f.id(), f.cityDevelopment(), round.fingerprint(), new Decision.Approve()));
        });
        start.countDown();
        lars.get(1, TimeUnit.MINUTES);
        peter.get(1, TimeUnit.MINUTES);
        pool.shutdown();
        assertThat(as("nanna", () -> scopings.details(f.id())).stage()).isEqualTo(Stage.APPROVED);
        List<ReviewRound> rounds = as("nanna", () -> approval.rounds(f.id()));
        assertThat(rounds).filteredOn(ReviewRound::approved).singleElement()
                .satisfies(r -> assertThat(r.approvals()).filteredOn(a -> a.standing()).hasSize(2));
        dk.sammen.bench.BenchReport.write("concurrent-approval", "Two leaders approving the same version at the same moment: "
                + "**the version is approved exactly once**, with both approvals standing.\n");
    }
}
