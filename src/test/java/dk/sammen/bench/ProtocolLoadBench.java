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
import java.util.Map;
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

    /** Clients per JDK HttpClient: each HttpClient reads all its connections on one selector thread, a browser has its own. */
    static final int CLIENTS_PER_HTTP = Integer.getInteger("bench.clientsPerHttpClient", 50);
    /** The server's heap: 2 GB as before; 4 GB when many canvases are open at once (about 1 MB per open page). */
    static String serverHeap(boolean mixed) {
        return System.getProperty("bench.serverHeap", mixed ? "4g" : "2g");
    }
    static final int MIXED_SECONDS = Integer.getInteger("bench.mixedSeconds", 40);

    public static void main(String[] args) throws Exception {
        List<String> specs = Arrays.asList((args.length > 0 ? args[0] : "10,50,100,200").split(","));
        List<Integer> sizes = specs.stream().filter(x -> !x.contains("x") && !x.startsWith("w")).map(Integer::parseInt).toList();
        // "w10+40": a workshop on the sample canvas, 10 writers each in their own field and 40 watchers.
        List<int[]> workshops = specs.stream().filter(x -> x.startsWith("w")).map(x -> new int[] {
                Integer.parseInt(x.substring(1).split("\\+")[0]), Integer.parseInt(x.split("\\+")[1])}).toList();
        List<int[]> mixed = specs.stream().filter(x -> x.contains("x")).map(x -> new int[] {Integer.parseInt(x.split("x")[0]),
                Integer.parseInt(x.split("x")[1])}).toList();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path jar = args.length > 2 ? Path.of(args[2]) : ProductionJar.findJar();
        Https http = new Https();
        StringBuilder md = new StringBuilder();
        StringBuilder workshopMd = new StringBuilder();
        int loadScopings = mixed.stream().mapToInt(m -> m[1]).max().orElse(0);
        List<String> arguments = loadScopings == 0 ? List.of("--spring.profiles.active=dev")
                : List.of("--spring.profiles.active=dev", "--sammen.sample-data.load-scopings=" + loadScopings);
        String heap = serverHeap(loadScopings > 0);
        try (ProductionJar app = ProductionJar.start(jar, List.of("-Xmx" + heap), arguments,
                loadScopings == 0 ? "Sample data created" : "Load scopings created")) {
            md.append("The production jar (`").append(jar.getFileName()).append("`, dev profile for the sample people) in its own JVM; ")
                    .append("this driver in another. N clients, each signed in through the login form as one of the sample scoping's members ")
                    .append("(several sessions per person), open its canvas, hold a push websocket and send heartbeats; Kamilla, one more client, ")
                    .append("types ").append(edits).append(" answers (after ").append(WARM_UP).append(" warm-up edits) into section 13, each ")
                    .append("after every client has received the one before. Edit-to-peer: from her UIDL request leaving to each client ")
                    .append("receiving the value by push (N samples per edit); last client: the slowest of the N per edit; own: her request's ")
                    .append("round trip (save, commit, fan-out to everyone, her answer). N = ").append(sizes.isEmpty() ? "" : sizes.getFirst()).append(" is the baseline. ")
                    .append("Server heap ").append(heap).append("; one JDK HttpClient per ").append(CLIENTS_PER_HTTP)
                    .append(" clients (each reads its connections on one selector thread).\n\n")
                    .append("| N | edits | peer samples | peer median ms | p95 | p99 | max | p95 vs. baseline | last client p95 | own median ms | own p95 | edits/s | server CPU cores busy | driver CPU cores busy |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            BenchReport.Stats baseline = null;
            for (int[] w : workshops) {
                Mixed run = measureWorkshop(http, app, w[0], w[1]);
                System.out.println("workshop " + w[0] + "+" + w[1] + " peer " + run.peer + " edits/s " + run.editsPerSecond);
                workshopMd.append("**Workshop: ").append(w[0]).append(" writers + ").append(w[1]).append(" watchers** on the sample canvas, each writer ")
                        .append("saving its own joint field twice a second (staggered), every client watching every field, for ")
                        .append(MIXED_SECONDS).append(" s after a 5 s warm-up: ").append(run.peer.count())
                        .append(" write-to-peer samples, median ").append(BenchReport.ms(run.peer.median())).append(" ms, **p95 ")
                        .append(BenchReport.ms(run.peer.p95())).append(" ms, p99 ").append(BenchReport.ms(run.peer.p99()))
                        .append(" ms**, max ").append(BenchReport.ms(run.peer.max())).append(" ms; ")
                        .append(String.format(Locale.ROOT, "%.0f edits/s, %.0f pushes/s; server CPU %.2f cores, driver %.2f", run.editsPerSecond,
                                run.pushesPerSecond, run.serverCores, run.driverCores)).append(". ").append(arrivalsNote).append(".\n\n");
            }
            if (sizes.isEmpty()) md.setLength(0);
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
            if (!sizes.isEmpty()) md.append("\nEvery client received every edit (checked).");
            md.append(" JDK HttpClient and WebSocket, ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores shared by server and driver, ").append(LocalDate.now()).append(".\n");
            for (int[] m : mixed) {
                Mixed run = measureMixed(http, app, m[0], m[1]);
                System.out.println("mixed " + m[0] + "x" + m[1] + " peer " + run.peer + " edits/s " + run.editsPerSecond);
                md.append("\n**").append(m[0]).append(" clients over ").append(m[1]).append(" canvases** (").append(m[0] / m[1])
                        .append(" per canvas: Kamilla writing and ").append(m[0] / m[1] - 1).append(" members watching), every writer saving ")
                        .append("every 2 s, staggered, for ").append(MIXED_SECONDS).append(" s after a 5 s warm-up: ")
                        .append(run.peer.count()).append(" edit-to-peer samples, median ").append(BenchReport.ms(run.peer.median()))
                        .append(" ms, p95 ").append(BenchReport.ms(run.peer.p95())).append(" ms, p99 ").append(BenchReport.ms(run.peer.p99()))
                        .append(" ms, max ").append(BenchReport.ms(run.peer.max())).append(" ms; ")
                        .append(String.format(Locale.ROOT, "%.0f edits/s, %.0f pushes/s; server CPU %.2f cores, driver %.2f", run.editsPerSecond,
                                run.pushesPerSecond, run.serverCores, run.driverCores)).append(". Every client received every edit (checked).\n");
            }
        }
        BenchReport.write("protocol", md.append(workshopMd.isEmpty() ? "" : "\n" + workshopMd).toString());
        System.exit(0);
    }

    record Run(BenchReport.Stats peer, BenchReport.Stats last, BenchReport.Stats own, double editsPerSecond, double serverCores,
               double driverCores) {
    }

    /** One edit in flight: which value, when it left, and who has received it. */
    private record Edit(String value, long sentNanos, CountDownLatch received, ConcurrentLinkedQueue<Double> latencies) {
    }

    private static Run measure(Https http, ProductionJar app, int n, int edits) throws Exception {
        List<String> members = BrowserLatencyBench.MEMBERS;
        List<UidlClient> clients = new ArrayList<>();
        ScheduledExecutorService heartbeats = Executors.newScheduledThreadPool(4);
        var current = new java.util.concurrent.atomic.AtomicReference<Edit>();
        try {
            UidlClient writer = new UidlClient(http.next(), app.base);
            clients.add(writer);
            writer.signIn(members.getFirst(), PASSWORD);
            String route = sampleRoute(writer);
            int writerNode = writer.node(FIELD_ID);
            writer.connectPush((node, value) -> { });
            for (int i = 0; i < n; i++) {
                UidlClient peer = new UidlClient(http.next(), app.base);
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
            heartbeat(heartbeats, clients);

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
            signOutAll(clients);
        }
    }

    /** Signs every client out (the server drops their sessions and pages) and closes its push channel. */
    static void signOutAll(List<UidlClient> clients) {
        for (UidlClient c : clients) {
            try {
                c.signOut();
            } catch (Exception e) {
                System.err.println("sign-out failed: " + e);
            }
            c.close();
        }
    }

    /** Each page sends its own heartbeat every 5 s, as browsers do, spread over the interval. */
    static void heartbeat(ScheduledExecutorService heartbeats, List<UidlClient> clients) {
        for (int c = 0; c < clients.size(); c++) {
            UidlClient client = clients.get(c);
            heartbeats.scheduleAtFixedRate(() -> {
                try {
                    client.heartbeat();
                } catch (Exception e) {
                    System.err.println("heartbeat failed: " + e);
                }
            }, 5000L * c / clients.size(), 5000, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * A page's heartbeat from the moment it is open, as a browser sends it: setting up thousands of
     * pages takes minutes, and Vaadin closes a page that missed three heartbeats.
     */
    private static void heartbeatFromNow(ScheduledExecutorService heartbeats, UidlClient client) {
        heartbeats.scheduleAtFixedRate(() -> {
            try {
                client.heartbeat();
            } catch (Exception e) {
                System.err.println("heartbeat failed: " + e);
            }
        }, 5000, 5000, TimeUnit.MILLISECONDS);
    }

    /** HttpClients handed out in turn, one per {@link #CLIENTS_PER_HTTP} clients. */
    static final class Https {
        private final List<HttpClient> made = new ArrayList<>();
        private int handedOut;

        synchronized HttpClient next() {
            if (handedOut++ % CLIENTS_PER_HTTP == 0 || made.isEmpty()) {
                made.add(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                        .executor(Executors.newFixedThreadPool(2)).build());
            }
            return made.getLast();
        }

        /** Starts handing out from a fresh HttpClient (each measurement its own). */
        synchronized void reset() {
            handedOut = 0;
        }
    }

    record Mixed(BenchReport.Stats peer, double editsPerSecond, double pushesPerSecond, double serverCores, double driverCores) {
    }

    /**
     * Many canvases at once: {@code clients / canvases} clients on each of the load scopings, one
     * of them (Kamilla) saving every 2 s, the writers staggered; open loop, as real people type.
     */
    private static Mixed measureMixed(Https http, ProductionJar app, int clients, int canvases) throws Exception {
        List<String> watchers = List.of("mette", "ahmed", "lars", "peter", "eva");
        int perCanvas = clients / canvases;
        Map<Integer, String> routes = loadRoutes(http, app, canvases);
        List<UidlClient> all = java.util.Collections.synchronizedList(new ArrayList<>());
        List<UidlClient> writers = new ArrayList<>();
        List<Integer> writerNodes = new ArrayList<>();
        Map<String, Long> sent = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, AtomicInteger> received = new java.util.concurrent.ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger twice = new AtomicInteger();
        ScheduledExecutorService heartbeats = Executors.newScheduledThreadPool(4);
        ScheduledExecutorService typing = Executors.newScheduledThreadPool(32);
        java.util.concurrent.ExecutorService setUp = Executors.newFixedThreadPool(8);
        long[] warmEnd = new long[1];
        try {
            List<java.util.concurrent.Future<?>> opened = new ArrayList<>();
            for (int c = 1; c <= canvases; c++) {
                String route = routes.get(c);
                UidlClient writer = new UidlClient(http.next(), app.base);
                all.add(writer);
                writers.add(writer);
                opened.add(setUp.submit(() -> {
                    writer.signIn("kamilla", PASSWORD);
                    writer.open(route);
                    writer.connectPush((node, value) -> { });
                    heartbeatFromNow(heartbeats, writer);
                    return null;
                }));
                for (int w = 0; w < perCanvas - 1; w++) {
                    UidlClient peer = new UidlClient(http.next(), app.base);
                    all.add(peer);
                    String who = watchers.get(w % watchers.size());
                    opened.add(setUp.submit(() -> {
                        peer.signIn(who, PASSWORD);
                        peer.open(route);
                        int field = peer.node(FIELD_ID);
                        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
                        peer.connectPush((node, value) -> {
                            if (node != field || !value.startsWith("Last ")) return;
                            if (!seen.add(value)) twice.incrementAndGet();
                            Long at = sent.get(value);
                            if (at != null && at > warmEnd[0]) latencies.add((System.nanoTime() - at) / 1e6);
                            received.computeIfAbsent(value, v -> new AtomicInteger()).incrementAndGet();
                        });
                        heartbeatFromNow(heartbeats, peer);
                        return null;
                    }));
                }
            }
            for (var f : opened) f.get(10, TimeUnit.MINUTES);
            for (UidlClient writer : writers) writerNodes.add(writer.node(FIELD_ID));

            AtomicInteger edits = new AtomicInteger();
            long start = System.nanoTime();
            warmEnd[0] = start + TimeUnit.SECONDS.toNanos(5);
            for (int c = 0; c < canvases; c++) {
                UidlClient writer = writers.get(c);
                int node = writerNodes.get(c);
                int canvas = c + 1;
                typeEvery(typing, writer, node, k -> "Last " + canvas + "-" + k, 2000L * c / canvases, 2000, sent, edits);
            }
            OpenLoop loop = OpenLoop.measure(app, edits, typing);
            double seconds = loop.seconds();
            double cores = loop.cores();
            double driverCores = loop.driverCores();
            int measuredEdits = loop.edits();
            long deadline = System.currentTimeMillis() + 30_000;
            int expected = perCanvas - 1;
            while (System.currentTimeMillis() < deadline && sent.keySet().stream().anyMatch(v -> received.getOrDefault(v, new AtomicInteger()).get() < expected)) {
                Thread.sleep(100);
            }
            long missing = sent.keySet().stream().filter(v -> received.getOrDefault(v, new AtomicInteger()).get() < expected).count();
            if (missing > 0) throw new IllegalStateException(missing + " edits did not reach every client of their canvas within 30 s");
            if (twice.get() > 0) throw new IllegalStateException(twice.get() + " values reached a client twice");
            return new Mixed(BenchReport.Stats.of(new ArrayList<>(latencies)), measuredEdits / seconds, measuredEdits * expected / seconds,
                    cores, driverCores);
        } finally {
            typing.shutdownNow();
            heartbeats.shutdownNow();
            setUp.shutdownNow();
            for (UidlClient c : all) c.close();
        }
    }

    /**
     * An open-loop writer, as a person types: saves {@code value(k)} every {@code periodMillis},
     * whatever the answers take; notes when each value left. Returns the number of the last value sent.
     */
    static AtomicInteger typeEvery(ScheduledExecutorService typing, UidlClient writer, int node, java.util.function.IntFunction<String> value,
                                   long delayMillis, long periodMillis, Map<String, Long> sent, AtomicInteger edits) {
        AtomicInteger k = new AtomicInteger();
        typing.scheduleAtFixedRate(() -> {
            String v = value.apply(k.incrementAndGet());
            sent.put(v, System.nanoTime());
            try {
                writer.type(node, v);
                edits.incrementAndGet();
            } catch (Exception e) {
                System.err.println("save failed: " + e);
            }
        }, delayMillis, periodMillis, TimeUnit.MILLISECONDS);
        return k;
    }

    /** The measured stretch of an open-loop run: after a 5 s warm-up, {@link #MIXED_SECONDS} of edits and CPU; then the writers stop. */
    record OpenLoop(double seconds, double cores, double driverCores, int edits) {
        static OpenLoop measure(ProductionJar app, AtomicInteger edits, ScheduledExecutorService typing) throws Exception {
            Thread.sleep(5000);
            int editsAtWarm = edits.get();
            long cpuBefore = cpuNanos(app.pid());
            long driverBefore = cpuNanos(ProcessHandle.current().pid());
            long began = System.nanoTime();
            Thread.sleep(MIXED_SECONDS * 1000L);
            double seconds = (System.nanoTime() - began) / 1e9;
            OpenLoop loop = new OpenLoop(seconds, (cpuNanos(app.pid()) - cpuBefore) / 1e9 / seconds,
                    (cpuNanos(ProcessHandle.current().pid()) - driverBefore) / 1e9 / seconds, edits.get() - editsAtWarm);
            typing.shutdown();
            typing.awaitTermination(60, TimeUnit.SECONDS);
            return loop;
        }
    }

    /** What the last workshop run says about values that arrived one by one. */
    static String arrivalsNote = "";
    static final java.util.regex.Pattern WORKSHOP_VALUE = java.util.regex.Pattern.compile("W(\\d+)-(\\d+) .*");

    /** The sample canvas's joint text fields a workshop's writers type into, one each. */
    static final List<String> WORKSHOP_FIELDS = List.of("field-background-problem", "field-purpose-sharedPurpose",
            "field-purpose-sharedGoals", "field-form-why", "field-roles-projectLeads", "field-roles-reportsTo", "field-ways-rhythm",
            "field-ways-forum", "field-anchoring-receiver", "field-exit-successCriteria", "field-exit-stopCriteria", "field-exit-afterExit");
    /** The sample scoping's members who may edit its canvas (the evaluator only watches). */
    static final List<String> EDITORS = List.of("kamilla", "mette", "sofie", "lars", "peter", "jens", "nanna", "ahmed", "birgitte");

    /**
     * A workshop: {@code writers} people each typing into their own joint field of the sample canvas,
     * saving twice a second (open loop, staggered), and {@code watchers} more pages; every page
     * (writers' included) receives every other writer's values, and each arrival is one sample.
     */
    private static Mixed measureWorkshop(Https http, ProductionJar app, int writers, int watchers) throws Exception {
        if (writers > WORKSHOP_FIELDS.size()) throw new IllegalArgumentException("at most " + WORKSHOP_FIELDS.size() + " writers");
        List<String> everyone = List.of("kamilla", "mette", "sofie", "lars", "peter", "jens", "eva", "nanna", "ahmed", "birgitte");
        List<UidlClient> all = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> sent = new java.util.concurrent.ConcurrentHashMap<>();
        // Per page, per writer: the latest value number it has shown. A page that gets two values of one field in
        // one push shows only the later (Vaadin sends a property's last value), which is what a person sees too.
        int pages = writers + watchers;
        java.util.concurrent.atomic.AtomicIntegerArray latest = new java.util.concurrent.atomic.AtomicIntegerArray(pages * writers);
        AtomicInteger arrivals = new AtomicInteger();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger twice = new AtomicInteger();
        ScheduledExecutorService heartbeats = Executors.newScheduledThreadPool(2);
        ScheduledExecutorService typing = Executors.newScheduledThreadPool(Math.max(2, writers));
        long[] warmEnd = {Long.MAX_VALUE};
        String route;
        try (UidlClient finder = new UidlClient(http.next(), app.base)) {
            finder.signIn("kamilla", PASSWORD);
            route = sampleRoute(finder);
        }
        try {
            List<UidlClient> writing = new ArrayList<>();
            for (int i = 0; i < writers + watchers; i++) {
                UidlClient client = new UidlClient(http.next(), app.base);
                all.add(client);
                client.signIn(i < writers ? EDITORS.get(i % EDITORS.size()) : everyone.get(i % everyone.size()), PASSWORD);
                client.open(route);
                java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
                String own = i < writers ? "W" + i + "-" : "none";
                int page = i;
                client.connectPush((node, value) -> {
                    java.util.regex.Matcher m = WORKSHOP_VALUE.matcher(value);
                    if (!m.matches() || value.startsWith(own)) return;
                    if (!seen.add(value)) twice.incrementAndGet();
                    Long at = sent.get(value);
                    if (at != null && at > warmEnd[0]) latencies.add((System.nanoTime() - at) / 1e6);
                    arrivals.incrementAndGet();
                    latest.accumulateAndGet(page * writers + Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Math::max);
                });
                heartbeatFromNow(heartbeats, client);
                if (i < writers) writing.add(client);
            }
            AtomicInteger edits = new AtomicInteger();
            AtomicInteger[] lastSent = new AtomicInteger[writers];
            long start = System.nanoTime();
            warmEnd[0] = start + TimeUnit.SECONDS.toNanos(5);
            for (int w = 0; w < writers; w++) {
                UidlClient writer = writing.get(w);
                int node = writer.node(WORKSHOP_FIELDS.get(w));
                int number = w;
                lastSent[w] = typeEvery(typing, writer, node, k -> "W" + number + "-" + k + " skriver i workshoppen",
                        500L * w / writers, 500, sent, edits);
            }
            OpenLoop loop = OpenLoop.measure(app, edits, typing);
            double seconds = loop.seconds();
            double cores = loop.cores();
            double driverCores = loop.driverCores();
            int measuredEdits = loop.edits();
            int expected = writers + watchers - 1;
            java.util.function.IntSupplier behind = () -> {
                int count = 0;
                for (int p = 0; p < pages; p++) {
                    for (int w = 0; w < writers; w++) if (p != w && latest.get(p * writers + w) < lastSent[w].get()) count++;
                }
                return count;
            };
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && behind.getAsInt() > 0) Thread.sleep(100);
            if (behind.getAsInt() > 0) throw new IllegalStateException(behind.getAsInt() + " pages did not show a writer's last value within 30 s");
            int total = edits.get() * expected;
            arrivalsNote = String.format(Locale.ROOT, "%d of %d values arrived one by one; the rest were replaced by a later value of the same "
                    + "field in the same push (Vaadin sends a property's last value), and every page showed every writer's last value (checked)",
                    arrivals.get(), total);
            if (twice.get() > 0) throw new IllegalStateException(twice.get() + " values reached a page twice");
            return new Mixed(BenchReport.Stats.of(new ArrayList<>(latencies)), measuredEdits / seconds, measuredEdits * expected / seconds,
                    cores, driverCores);
        } finally {
            typing.shutdownNow();
            heartbeats.shutdownNow();
            for (UidlClient c : all) c.close();
        }
    }

    /** The load scopings' canvases by number ("Belastning 7" → its route). */
    private static Map<Integer, String> loadRoutes(Https http, ProductionJar app, int canvases) throws Exception {
        Map<Integer, String> routes = new java.util.HashMap<>();
        try (UidlClient finder = new UidlClient(http.next(), app.base)) {
            finder.signIn("kamilla", PASSWORD);
            java.util.regex.Pattern title = java.util.regex.Pattern.compile("Belastning (\\d+)");
            for (int id = 1; id <= canvases + 20 && routes.size() < canvases; id++) {
                finder.open("scoping/" + id);
                java.util.regex.Matcher m = title.matcher(finder.pageText());
                if (m.find()) routes.put(Integer.parseInt(m.group(1)), "scoping/" + id);
            }
        }
        if (routes.size() < canvases) throw new IllegalStateException("only " + routes.size() + " load scopings found");
        return routes;
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
