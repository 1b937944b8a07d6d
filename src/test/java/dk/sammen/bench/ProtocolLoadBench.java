package dk.sammen.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many people on one canvas, driven from a separate process over the real protocol: the production
 * jar runs on its own; this process signs N clients in through the login form, opens the sample
 * scoping's canvas in each (Vaadin's bootstrap and navigation requests), connects each to push
 * (Atmosphere over a websocket) and keeps them alive with heartbeats, as browser tabs do. One more
 * client, Kamilla, types into section 13 as the text field sends it (UIDL request with CSRF token,
 * sync id and client id). Measured: from her request leaving to each other client receiving the
 * value by push, and her own round trip. Nothing is rendered, so this is the server and the wire
 * without the browsers' own work (bench/browsers.sh measures that, at fewer clients).
 *
 * <p>Run with bench/protocol.sh (it builds the jar first).
 */
public final class ProtocolLoadBench {

    static final String FIELD_ID = "field-ways-forum";
    static final String SAMPLE_TITLE = "Cyklisters adfærd ved vejarbejde";
    static final String PASSWORD = "sammen-demo-2026";
    static final int WARM_UP = 20;

    private ProtocolLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream((args.length > 0 ? args[0] : "10,50,100,200").split(",")).map(Integer::parseInt).toList();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path jar = args.length > 2 ? Path.of(args[2]) : ProductionJar.findJar();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4)).build();
        StringBuilder md = new StringBuilder();
        try (ProductionJar app = ProductionJar.start(jar, List.of("-Xmx2g"))) {
            md.append("The production jar (`").append(jar.getFileName()).append("`, dev profile for the sample people) in its own JVM; ")
                    .append("this driver in another. N clients, each signed in through the login form as one of the sample scoping's members ")
                    .append("(several sessions per person), open its canvas, hold a push websocket and send heartbeats; Kamilla, one more client, ")
                    .append("types ").append(edits).append(" answers (after ").append(WARM_UP).append(" warm-up edits) into section 13, each ")
                    .append("after every client has received the one before. Edit-to-peer: from her UIDL request leaving to each client ")
                    .append("receiving the value by push (N samples per edit); last client: the slowest of the N per edit; own: her request's ")
                    .append("round trip (save, commit, fan-out to everyone, her answer). N = ").append(sizes.getFirst()).append(" is the baseline.\n\n")
                    .append("| N | edits | peer samples | peer median ms | p95 | p99 | max | p95 vs. baseline | last client p95 | own median ms | own p95 | edits/s | server CPU cores busy | driver CPU cores busy |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            BenchReport.Stats baseline = null;
            for (int n : sizes) {
                Run run = measure(http, app, n, edits);
                if (baseline == null) baseline = run.peer;
                System.out.println("N=" + n + " peer " + run.peer + " last " + run.last + " own " + run.own);
                md.append("| ").append(n).append(" | ").append(run.own.count()).append(" | ").append(run.peer.count()).append(" | ")
                        .append(run.peer.cells()).append(" | ").append(run.peer.ratioTo(baseline)).append(" | ")
                        .append(BenchReport.ms(run.last.p95())).append(" | ").append(BenchReport.ms(run.own.median())).append(" | ")
                        .append(BenchReport.ms(run.own.p95())).append(" | ").append(String.format(Locale.ROOT, "%.0f", run.editsPerSecond))
                        .append(" | ").append(String.format(Locale.ROOT, "%.2f", run.serverCores))
                        .append(" | ").append(String.format(Locale.ROOT, "%.2f", run.driverCores)).append(" |\n");
            }
            md.append("\nEvery client received every edit (checked). JDK HttpClient and WebSocket, ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" cores shared by server and driver, ").append(LocalDate.now()).append(".\n");
        }
        BenchReport.write("protocol", md.toString());
        System.exit(0);
    }

    record Run(BenchReport.Stats peer, BenchReport.Stats last, BenchReport.Stats own, double editsPerSecond, double serverCores,
               double driverCores) {
    }

    /** One edit in flight: which value, when it left, and who has received it. */
    private record Edit(String value, long sentNanos, CountDownLatch received, ConcurrentLinkedQueue<Double> latencies) {
    }

    private static Run measure(HttpClient http, ProductionJar app, int n, int edits) throws Exception {
        List<String> members = BrowserLatencyBench.MEMBERS;
        List<UidlClient> clients = new ArrayList<>();
        ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
        var current = new java.util.concurrent.atomic.AtomicReference<Edit>();
        try {
            UidlClient writer = new UidlClient(http, app.base);
            clients.add(writer);
            writer.signIn(members.getFirst(), PASSWORD);
            String route = sampleRoute(writer);
            int writerNode = writer.node(FIELD_ID);
            writer.connectPush((node, value) -> { });
            for (int i = 0; i < n; i++) {
                UidlClient peer = new UidlClient(http, app.base);
                clients.add(peer);
                peer.signIn(members.get(1 + i % (members.size() - 1)), PASSWORD);
                peer.open(route);
                int field = peer.node(FIELD_ID);
                peer.connectPush((node, value) -> {
                    Edit edit = current.get();
                    if (edit != null && node == field && value.equals(edit.value)) {
                        edit.latencies.add((System.nanoTime() - edit.sentNanos) / 1e6);
                        edit.received.countDown();
                    }
                });
            }
            heartbeats.scheduleAtFixedRate(() -> clients.forEach(c -> {
                try {
                    c.heartbeat();
                } catch (Exception e) {
                    System.err.println("heartbeat failed: " + e);
                }
            }), 0, 5, TimeUnit.SECONDS);

            List<Double> peer = new ArrayList<>();
            List<Double> last = new ArrayList<>();
            List<Double> own = new ArrayList<>();
            AtomicInteger missed = new AtomicInteger();
            long cpuBefore = cpuNanos(app.pid());
            long driverBefore = cpuNanos(ProcessHandle.current().pid());
            long began = System.nanoTime();
            for (int i = 0; i < WARM_UP + edits; i++) {
                if (i == WARM_UP) {
                    cpuBefore = cpuNanos(app.pid());
                    driverBefore = cpuNanos(ProcessHandle.current().pid());
                    began = System.nanoTime();
                }
                Edit edit = new Edit("Protokol " + n + "-" + i, System.nanoTime(), new CountDownLatch(n), new ConcurrentLinkedQueue<>());
                current.set(edit);
                writer.type(writerNode, edit.value);
                double ownMs = (System.nanoTime() - edit.sentNanos) / 1e6;
                if (!edit.received.await(30, TimeUnit.SECONDS)) missed.incrementAndGet();
                if (i >= WARM_UP) {
                    own.add(ownMs);
                    peer.addAll(edit.latencies);
                    last.add(edit.latencies.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            double cores = (cpuNanos(app.pid()) - cpuBefore) / 1e9 / seconds;
            double driverCores = (cpuNanos(ProcessHandle.current().pid()) - driverBefore) / 1e9 / seconds;
            if (missed.get() > 0) throw new IllegalStateException(missed.get() + " edits did not reach every client within 30 s");
            return new Run(BenchReport.Stats.of(peer), BenchReport.Stats.of(last), BenchReport.Stats.of(own), edits / seconds, cores, driverCores);
        } finally {
            heartbeats.shutdownNow();
            for (UidlClient c : clients) {
                try {
                    c.signOut();
                } catch (Exception e) {
                    System.err.println("sign-out failed: " + e);
                }
                c.close();
            }
        }
    }

    /** The sample scoping's canvas: the dev profile makes it first, but the title decides. */
    static String sampleRoute(UidlClient writer) throws Exception {
        for (int id = 1; id <= 10; id++) {
            writer.open("scoping/" + id);
            if (writer.pageText().contains(SAMPLE_TITLE)) return "scoping/" + id;
        }
        throw new IllegalStateException("the sample scoping \"" + SAMPLE_TITLE + "\" was not found");
    }

    /** CPU time the server process has used (user + system), from /proc. */
    private static long cpuNanos(long pid) throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }
}
