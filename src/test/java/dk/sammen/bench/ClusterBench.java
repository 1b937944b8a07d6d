package dk.sammen.bench;

import dk.sammen.Haproxy;
import dk.sammen.ThrowawayPostgres;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two servers of a cluster on this machine: a throw-away PostgreSQL, two production jars with
 * {@code sammen.cluster=true}, Debian's HAProxy with the shipped configuration in front. Protocol
 * clients (sign-in form, UIDL, push websocket, heartbeats) go through HAProxy, pinned half to each
 * server by its cookie; Kamilla, on server 1, types into section 13 of the sample canvas.
 * Measured: edit-to-peer for peers on her server and on the other, edits/s, and how long server 2
 * takes to catch up when its listening connection is cut (pg_terminate_backend).
 *
 * <p>Run with bench/cluster.sh.
 */
public final class ClusterBench {

    static final int WARM_UP = 20;
    static final int CUTS = 5;
    private static final Pattern NODE = Pattern.compile("changes as node (\\S+)");

    private ClusterBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream((args.length > 0 ? args[0] : "20,100,200").split(",")).map(Integer::parseInt).toList();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path jar = args.length > 2 ? Path.of(args[2]) : ProductionJar.findJar();
        Path haproxyExecutable = Haproxy.executable().orElseThrow(() -> new IllegalStateException("Debian's haproxy is not installed"));
        Path pgBin = ThrowawayPostgres.binaries().orElseThrow(() -> new IllegalStateException("no PostgreSQL server binaries"));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4)).build();
        StringBuilder md = new StringBuilder();
        try (ThrowawayPostgres postgres = ThrowawayPostgres.start(pgBin)) {
            List<String> cluster = new ArrayList<>(List.of("--spring.profiles.active=dev,postgres", "--sammen.cluster=true",
                    "--sammen.notifications.schedule=false", "--sammen.signing.keystore=" + Files.createTempDirectory("sammen-cluster")
                    .resolve("charter-signing.p12")));
            cluster.addAll(postgres.springArguments());
            try (ProductionJar one = ProductionJar.start(jar, List.of("-Xmx1g"), cluster, "Sample data created");
                 ProductionJar two = ProductionJar.start(jar, List.of("-Xmx1g"), cluster, "changes as node");
                 Haproxy haproxy = Haproxy.start(haproxyExecutable, port(one), port(two))) {
                System.out.println("Logs: " + one.log + ", " + two.log + ", " + haproxy.logFile());
                md.append("A throw-away PostgreSQL, two production jars (`").append(jar.getFileName())
                        .append("`, `sammen.cluster=true`, each in its own JVM with -Xmx1g) and Debian's HAProxy with `docs/deploy/haproxy.cfg`, ")
                        .append("all on this machine, with the driver. N protocol clients through HAProxy, pinned by its cookie half to each server, ")
                        .append("open the sample canvas; Kamilla (on server 1) types ").append(edits).append(" answers after ").append(WARM_UP)
                        .append(" warm-up edits, each after every client received the one before. Edit-to-peer: from her request leaving to a ")
                        .append("client receiving the value by push.\n\n")
                        .append("| N | edits | same server: peers | median ms | p95 | p99 | other server: peers | median ms | p95 | p99 | other/same p95 | edits/s |\n")
                        .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
                for (int n : sizes) {
                    Run run = measure(http, haproxy, n, edits, null);
                    System.out.println("N=" + n + " same " + run.same + " other " + run.other + " edits/s " + run.editsPerSecond);
                    md.append("| ").append(n).append(" | ").append(edits).append(" | ").append(run.same.count()).append(" | ")
                            .append(cells(run.same)).append(" | ").append(run.other.count()).append(" | ").append(cells(run.other)).append(" | ")
                            .append(String.format(Locale.ROOT, "%.1f×", run.other.p95() / run.same.p95())).append(" | ")
                            .append(String.format(Locale.ROOT, "%.0f", run.editsPerSecond)).append(" |\n");
                }
                String node2 = node(two.log);
                List<Double> recoveries = new ArrayList<>();
                measure(http, haproxy, 20, CUTS, new Cut(postgres, node2, recoveries));
                BenchReport.Stats recovered = BenchReport.Stats.of(recoveries);
                System.out.println("recovery after a cut listener " + recovered);
                md.append("\nListening connection of server 2 cut (`pg_terminate_backend`) ").append(CUTS).append(" times, 20 clients: ")
                        .append("from the cut to every client on server 2 having the edit Kamilla saved right after it (reconnect, catch-up by ")
                        .append("revision, push): median ").append(BenchReport.ms(recovered.median())).append(" ms, max ")
                        .append(BenchReport.ms(recovered.max())).append(" ms. Every client received every edit exactly once (checked).\n\n")
                        .append(Runtime.getRuntime().availableProcessors()).append(" cores shared by PostgreSQL, both servers, HAProxy and the driver, ")
                        .append(LocalDate.now()).append(".\n");
            }
        }
        BenchReport.write("cluster", md.toString());
        System.exit(0);
    }

    private static String cells(BenchReport.Stats s) {
        return BenchReport.ms(s.median()) + " | " + BenchReport.ms(s.p95()) + " | " + BenchReport.ms(s.p99());
    }

    private static int port(ProductionJar jar) {
        return Integer.parseInt(jar.base.substring(jar.base.lastIndexOf(':') + 1));
    }

    private static String node(Path log) throws Exception {
        Matcher m = NODE.matcher(Files.readString(log));
        if (!m.find()) throw new IllegalStateException("server 2 did not say which node it is: " + log);
        return m.group(1);
    }

    record Run(BenchReport.Stats same, BenchReport.Stats other, double editsPerSecond) {
    }

    /** Cuts server 2's listening connection before each edit and notes how long until server 2's clients had it. */
    record Cut(ThrowawayPostgres postgres, String node, List<Double> recoveries) {
        void now() throws Exception {
            String url = postgres.springArguments().getFirst().substring("--spring.datasource.url=".length());
            try (Connection admin = DriverManager.getConnection(url, "sammen", "")) {
                int pid = 0;
                for (int tries = 0; pid == 0 && tries < 100; tries++) {
                    try (PreparedStatement find = admin.prepareStatement("select pid from pg_stat_activity where application_name = ?")) {
                        find.setString(1, "sammen-listener " + node);
                        try (ResultSet rs = find.executeQuery()) {
                            if (rs.next()) pid = rs.getInt(1);
                        }
                    }
                    if (pid == 0) Thread.sleep(100); // still connecting again after the cut before
                }
                try (PreparedStatement kill = admin.prepareStatement("select pg_terminate_backend(?)")) {
                    kill.setInt(1, pid);
                    kill.executeQuery();
                }
            }
        }
    }

    private record Edit(String value, long sentNanos, CountDownLatch received, ConcurrentLinkedQueue<Double> same,
                        ConcurrentLinkedQueue<Double> other) {
    }

    private static Run measure(HttpClient http, Haproxy haproxy, int n, int edits, Cut cut) throws Exception {
        List<String> members = BrowserLatencyBench.MEMBERS;
        List<UidlClient> clients = new ArrayList<>();
        ScheduledExecutorService heartbeats = Executors.newScheduledThreadPool(4);
        AtomicReference<Edit> current = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger twice = new java.util.concurrent.atomic.AtomicInteger();
        try {
            UidlClient writer = new UidlClient(http, haproxy.base);
            clients.add(writer);
            writer.cookie(Haproxy.COOKIE, "s1");
            writer.signIn(members.getFirst(), ProtocolLoadBench.PASSWORD);
            String route = ProtocolLoadBench.sampleRoute(writer);
            int writerNode = writer.node(ProtocolLoadBench.FIELD_ID);
            writer.connectPush((node, value) -> { });
            for (int i = 0; i < n; i++) {
                boolean sameServer = i % 2 == 0;
                UidlClient peer = new UidlClient(http, haproxy.base);
                clients.add(peer);
                peer.cookie(Haproxy.COOKIE, sameServer ? "s1" : "s2");
                peer.signIn(members.get(1 + i % (members.size() - 1)), ProtocolLoadBench.PASSWORD);
                peer.open(route);
                int field = peer.node(ProtocolLoadBench.FIELD_ID);
                java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
                peer.connectPush((node, value) -> {
                    if (node == field && !seen.add(value)) twice.incrementAndGet();
                    Edit edit = current.get();
                    if (edit != null && node == field && value.equals(edit.value)) {
                        (sameServer ? edit.same : edit.other).add((System.nanoTime() - edit.sentNanos) / 1e6);
                        edit.received.countDown();
                    }
                });
            }
            ProtocolLoadBench.heartbeat(heartbeats, clients);

            List<Double> same = new ArrayList<>();
            List<Double> other = new ArrayList<>();
            int warmUp = cut == null ? WARM_UP : 5;
            long began = System.nanoTime();
            for (int i = 0; i < warmUp + edits; i++) {
                if (i == warmUp) began = System.nanoTime();
                long cutAt = 0;
                if (cut != null && i >= warmUp) {
                    cutAt = System.nanoTime();
                    cut.now();
                }
                Edit edit = new Edit("Klynge " + n + "-" + i + (cut != null ? "-cut" : ""), System.nanoTime(), new CountDownLatch(n),
                        new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
                current.set(edit);
                writer.type(writerNode, edit.value);
                if (!edit.received.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("edit " + i + " did not reach every client within 60 s");
                }
                if (cut != null && i >= warmUp) {
                    cut.recoveries.add((System.nanoTime() - cutAt) / 1e6);
                    Thread.sleep(1000);
                } else if (i >= warmUp) {
                    same.addAll(edit.same);
                    other.addAll(edit.other);
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            if (twice.get() > 0) throw new IllegalStateException(twice.get() + " values reached a client twice");
            return cut != null ? null : new Run(BenchReport.Stats.of(same), BenchReport.Stats.of(other), edits / seconds);
        } finally {
            heartbeats.shutdownNow();
            ProtocolLoadBench.signOutAll(clients);
        }
    }
}
