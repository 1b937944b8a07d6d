package dk.sammen.bench;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.communication.UidlWriter;
import dk.sammen.Application;
import dk.sammen.canvas.CanvasEvents;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredValue;
import dk.sammen.canvas.ui.CanvasView;
import dk.sammen.directory.DirectoryService;
import dk.sammen.live.LiveUpdates;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import dk.sammen.security.ActingAs;
import dk.sammen.security.UserId;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * Fan-out on the server: many open canvas views (real {@link CanvasView}s in browser-less Vaadin
 * sessions of their own users) while one person keeps saving. Per edit it measures the time from
 * the commit to the last view updated and its changes serialised for the browser (the work push
 * does on the writer's thread); plus edits per second, CPU and heap per open view. One canvas
 * with a growing number of viewers (until the 95th percentile passes 250 ms: the knee), then many
 * canvases at once. Run with bench/fanout.sh or bench/run-all.sh.
 */
public final class FanOutBench {

    static final FieldRef FIELD = FieldRef.joint("ways", "forum");
    static final double KNEE_MS = 250;
    /** A size's edits stop early after this long, so a slow "before" cannot run for hours. */
    static final long BUDGET_NANOS = 90_000_000_000L;

    private final ConfigurableApplicationContext app;
    private final ScopingService scopings;
    private final CanvasService canvas;
    private final LiveUpdates live;
    private final List<UserId> benchUsers = new ArrayList<>();
    private final AtomicLong committedAt = new AtomicLong();

    private FanOutBench(ConfigurableApplicationContext app) {
        this.app = app;
        this.scopings = app.getBean(ScopingService.class);
        this.canvas = app.getBean(CanvasService.class);
        this.live = app.getBean(LiveUpdates.class);
    }

    public static void main(String[] args) {
        List<Integer> sizes = Arrays.stream((args.length > 0 ? args[0] : "2,50,100,200,400,800").split(",")).map(Integer::parseInt).toList();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String[] many = (args.length > 2 ? args[2] : "50x10").split("x");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("dev", "test")
                .properties("server.port=0", "logging.level.root=WARN", "spring.main.banner-mode=off").run();
        try {
            new FanOutBench(app).run(sizes, edits, Integer.parseInt(many[0]), Integer.parseInt(many[1]));
        } finally {
            app.close();
        }
        System.exit(0);
    }

    private void run(List<Integer> sizes, int edits, int canvases, int perCanvas) {
        StringBuilder md = new StringBuilder();
        md.append("### One canvas, more and more open views\n\n")
                .append("One person saves a text answer ").append(edits).append(" times (after 20 warm-up saves); every open view shows it. ")
                .append("Time from commit to the last view updated and serialised for push; the first row (2 views) is the baseline.\n\n")
                .append("| open views | edits | median ms | p95 ms | p99 ms | max ms | p95 vs. baseline | edits/s | CPU cores busy | heap per view |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        BenchReport.Stats baseline = null;
        Integer knee = null;
        int lastBelow = 0;
        for (int n : sizes) {
            Result r = oneCanvas(n, edits);
            if (baseline == null) baseline = r.stats;
            md.append(row(n, r, baseline));
            System.out.println("one canvas, " + n + " views: " + r);
            if (r.stats.p95() > KNEE_MS) {
                knee = n;
                break;
            }
            lastBelow = n;
        }
        md.append("\n").append(knee == null
                ? "No knee up to " + lastBelow + " open views: the 95th percentile stayed under " + (int) KNEE_MS + " ms.\n"
                : "Knee: the 95th percentile passed " + (int) KNEE_MS + " ms between " + lastBelow + " and " + knee + " open views.\n");

        Result filled = filledCanvas(50, edits);
        System.out.println("filled sample canvas, 50 views: " + filled);
        md.append("\n### The filled sample canvas\n\n")
                .append("The sample scoping (three parties, ten members, answers, table rows, two open disagreements) open in 50 windows ")
                .append("of its members: what a canvas in real use costs per view.\n\n")
                .append("| open views | edits | median ms | p95 ms | p99 ms | max ms | p95 vs. baseline | edits/s | CPU cores busy | heap per view |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n")
                .append(row(50, filled, baseline));

        Result m = manyCanvases(canvases, perCanvas, edits);
        System.out.println("many canvases: " + m);
        md.append("\n### Many canvases at once\n\n")
                .append(canvases).append(" scopings × ").append(perCanvas).append(" open views (").append(canvases * perCanvas)
                .append(" views); one person saves in a random scoping each time.\n\n")
                .append("| views | edits | median ms | p95 ms | p99 ms | max ms | p95 vs. baseline | edits/s | CPU cores busy | heap per view |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n")
                .append(row(canvases * perCanvas, m, baseline))
                .append("\nVaadin in production mode, as the jar runs (in development mode Vaadin also keeps a stack trace per component ")
                .append("for its developer tools: 2–3 MB more per view). One writer thread; the fan-out runs on it, as push does.\n")
                .append("\nJVM: ").append(Runtime.version()).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB, ")
                .append(ManagementFactory.getOperatingSystemMXBean().getAvailableProcessors()).append(" cores, ").append(LocalDate.now()).append(".\n");
        BenchReport.write("fanout", md.toString());
    }

    private static String row(int views, Result r, BenchReport.Stats baseline) {
        return "| " + views + " | " + r.stats.count() + " | " + r.stats.cells() + " | " + r.stats.ratioTo(baseline) + " | "
                + String.format(Locale.ROOT, "%.0f", r.editsPerSecond) + " | " + String.format(Locale.ROOT, "%.2f", r.cpuCores) + " | "
                + r.heapPerView / 1024 + " KiB |\n";
    }

    record Result(BenchReport.Stats stats, double editsPerSecond, double cpuCores, long heapPerView) {
    }

    private Result oneCanvas(int views, int edits) {
        return onCanvas(scopingWithViewers("Fan-out " + views, 0, views), views, edits);
    }

    /**
     * The sample scoping as the sample data fills it in (three parties, rows, answers, flags), open
     * in this many windows of its own ten members (several tabs each).
     */
    private Result filledCanvas(int views, int edits) {
        ScopingId sample = ActingAs.call("nanna", () -> scopings.myScopings()).stream()
                .filter(s -> s.title().equals("Cyklisters adfærd ved vejarbejde")).findFirst().orElseThrow().id();
        List<String> members = ActingAs.call("nanna", () -> scopings.details(sample)).members().stream()
                .map(m -> m.user().username()).toList();
        return onCanvas(sample, views, edits, i -> members.get(i % members.size()));
    }

    private Result onCanvas(ScopingId scoping, int views, int edits) {
        return onCanvas(scoping, views, edits, this::username);
    }

    private Result onCanvas(ScopingId scoping, int views, int edits, java.util.function.IntFunction<String> user) {
        try (var probe = live.subscribe(scoping.value(), this::noteCommit)) {
            SecuredBrowserlessApplicationContext<Authentication> browsers = browsers();
            try {
                java.util.Map<String, Long> histogramBefore = Boolean.getBoolean("histogram") ? histogram() : java.util.Map.of();
                long heapBefore = BenchReport.usedHeapAfterGc();
                List<BrowserlessUIContext> windows = open(browsers, scoping, 0, views, user);
                long heapPerView = (BenchReport.usedHeapAfterGc() - heapBefore) / views;
                if (Boolean.getBoolean("census")) census(windows.getFirst().getUI());
                if (Boolean.getBoolean("histogram")) printHistogramGrowth(histogramBefore, views);
                check(live.subscriberCount(scoping.value()) == views + 1, "every open view subscribed once");
                Editor editor = new Editor(scoping);
                for (int i = 0; i < 20; i++) editor.edit(windows);
                Measured measured = measure(edits, () -> editor.edit(windows));
                String last = editor.lastValue;
                for (BrowserlessUIContext w : windows) check(last.equals(shownIn(w)), "every view shows the last saved value");
                return measured.result(heapPerView);
            } finally {
                browsers.close();
                check(live.subscriberCount(scoping.value()) == 1, "closed views unsubscribed");
            }
        }
    }

    private Result manyCanvases(int canvases, int perCanvas, int edits) {
        SecuredBrowserlessApplicationContext<Authentication> browsers = browsers();
        List<Editor> editors = new ArrayList<>();
        List<List<BrowserlessUIContext>> windowsOf = new ArrayList<>();
        List<LiveUpdates.Subscription> probes = new ArrayList<>();
        try {
            List<ScopingId> ids = new ArrayList<>();
            for (int c = 0; c < canvases; c++) ids.add(scopingWithViewers("Many " + c, c * perCanvas, perCanvas));
            long heapBefore = BenchReport.usedHeapAfterGc();
            for (int c = 0; c < canvases; c++) {
                probes.add(live.subscribe(ids.get(c).value(), this::noteCommit));
                windowsOf.add(open(browsers, ids.get(c), c * perCanvas, perCanvas, this::username));
                editors.add(new Editor(ids.get(c)));
            }
            long heapPerView = (BenchReport.usedHeapAfterGc() - heapBefore) / ((long) canvases * perCanvas);
            Random random = new Random(7);
            for (int i = 0; i < 20; i++) {
                int c = random.nextInt(canvases);
                editors.get(c).edit(windowsOf.get(c));
            }
            Measured measured = measure(edits, () -> {
                int c = random.nextInt(canvases);
                return editors.get(c).edit(windowsOf.get(c));
            });
            for (int c = 0; c < canvases; c++) {
                String last = editors.get(c).lastValue;
                for (BrowserlessUIContext w : windowsOf.get(c)) check(last.equals(shownIn(w)), "every view shows its scoping's last value");
            }
            return measured.result(heapPerView);
        } finally {
            probes.forEach(LiveUpdates.Subscription::close);
            browsers.close();
        }
    }

    /** One person (kamilla) saving the same answer again and again, always from the version she last saved. */
    private final class Editor {
        final ScopingId scoping;
        long version = StoredValue.NEW;
        int count;
        String lastValue = "";

        Editor(ScopingId scoping) {
            this.scoping = scoping;
            this.version = ActingAs.call("kamilla", () -> canvas.content(scoping)).value(FIELD).map(StoredValue::version)
                    .orElse(StoredValue.NEW);
        }

        /** Saves once and returns milliseconds from commit to the last of the views updated. */
        double edit(List<BrowserlessUIContext> windows) {
            String value = "Styregruppen mødes – redigering " + (++count);
            StoredValue stored = ActingAs.call("kamilla", () -> canvas.save(scoping, FIELD, value, version));
            version = stored.version();
            lastValue = value;
            for (BrowserlessUIContext w : windows) deliver(w.getUI());
            return (System.nanoTime() - committedAt.get()) / 1e6;
        }
    }

    /**
     * What the server does for each view after a commit: runs the change queued with ui.access
     * (if the writer could not run it at once) and serialises the UI's changes as push would send them.
     */
    private static void deliver(UI ui) {
        VaadinSession session = ui.getSession();
        session.lock();
        try {
            session.getService().runPendingAccessTasks(session);
            var previous = CurrentInstance.setCurrent(ui);
            try {
                new UidlWriter().createUidl(ui, true);
            } finally {
                CurrentInstance.restoreInstances(previous);
            }
        } finally {
            session.unlock();
        }
    }

    private record Measured(BenchReport.Stats stats, long wallNanos, long cpuNanos) {
        Result result(long heapPerView) {
            return new Result(stats, stats.count() / (wallNanos / 1e9), cpuNanos / (double) wallNanos, heapPerView);
        }
    }

    private interface Edit {
        double run();
    }

    private static Measured measure(int edits, Edit edit) {
        List<Double> latencies = new ArrayList<>();
        long cpu = BenchReport.processCpuNanos();
        long start = System.nanoTime();
        while (latencies.size() < edits && System.nanoTime() - start < BUDGET_NANOS) latencies.add(edit.run());
        long wall = System.nanoTime() - start;
        return new Measured(BenchReport.Stats.of(latencies), wall, BenchReport.processCpuNanos() - cpu);
    }

    private void noteCommit(dk.sammen.live.ScopingEvent event) {
        // The probe subscribes before any view, so it hears the commit first.
        if (event instanceof CanvasEvents.AnswerChanged) committedAt.set(System.nanoTime());
    }

    private SecuredBrowserlessApplicationContext<Authentication> browsers() {
        return SpringBrowserlessApplicationContext.createSecured(app, CanvasView.class);
    }

    private List<BrowserlessUIContext> open(SecuredBrowserlessApplicationContext<Authentication> browsers, ScopingId scoping,
                                            int firstUser, int count, java.util.function.IntFunction<String> user) {
        List<BrowserlessUIContext> windows = new ArrayList<>();
        for (int i = firstUser; i < firstUser + count; i++) {
            BrowserlessUIContext window = browsers.newUser(UsernamePasswordAuthenticationToken.authenticated(user.apply(i), null,
                    AuthorityUtils.createAuthorityList("ROLE_USER"))).newWindow();
            window.navigate("scoping/" + scoping.value(), CanvasView.class);
            windows.add(window);
        }
        windows.forEach(w -> deliver(w.getUI()));
        return windows;
    }

    /** A fresh scoping (the test fixture's parties and people) with this many extra participants who each open it. */
    private ScopingId scopingWithViewers(String title, int firstUser, int viewers) {
        ensureUsers(firstUser + viewers);
        ScopingFixture fixture = ScopingFixture.create(scopings, app.getBean(DirectoryService.class), app.getBean(AccountService.class), title);
        ActingAs.run("nanna", () -> {
            for (int i = 0; i < viewers; i++) {
                scopings.invite(fixture.id(), benchUsers.get((firstUser + i) % benchUsers.size()), ScopingRole.PARTICIPANT, fixture.analysis());
            }
        });
        return fixture.id();
    }

    /** Accounts are shared between scopings (several canvases may have the same people), so at most a few hundred are made. */
    private void ensureUsers(int needed) {
        int wanted = Math.min(needed, 1000);
        AccountService accounts = app.getBean(AccountService.class);
        ActingAs.run("admin", () -> {
            while (benchUsers.size() < wanted) {
                int i = benchUsers.size();
                benchUsers.add(accounts.createAccount(new AccountService.NewAccount(String.format(Locale.ROOT, "bench-%04d", i), "Bench Person " + i,
                        "bench-password-2026", false, Locale.of("da"))));
            }
        });
    }

    private String username(int i) {
        return String.format(Locale.ROOT, "bench-%04d", i % benchUsers.size());
    }

    private static String shownIn(BrowserlessUIContext window) {
        return find(window.getUI(), "field-" + FIELD.key().replace('/', '-'))
                .map(c -> String.valueOf(((HasValue<?, ?>) c).getValue())).orElse("(missing)");
    }

    private static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) return Optional.of(root);
        return root.getChildren().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }

    /** With -Dcensus=true: which components an open canvas page is made of, most frequent first (for memory work). */
    private static void census(Component root) {
        java.util.Map<String, Integer> tags = new java.util.TreeMap<>();
        java.util.ArrayDeque<Component> todo = new java.util.ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            var c = todo.pop();
            var e = c.getElement();
            String parent = c.getParent().map(p -> p.getClass().getSimpleName()).orElse("-");
            tags.merge(c.getClass().getSimpleName() + (e.getAttribute("class") == null ? "" : "." + e.getAttribute("class")) + " in " + parent, 1, Integer::sum);
            c.getChildren().forEach(todo::push);
        }
        tags.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(40)
                .forEach(t -> System.out.println("census " + t.getValue() + " " + t.getKey()));
        System.out.println("census total " + tags.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** Bytes per class on the heap after a full collection (the JVM's own class histogram). */
    private static java.util.Map<String, Long> histogram() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
            java.util.Map<String, Long> bytes = new java.util.HashMap<>();
            for (String line : text.split("\n")) {
                String[] cols = line.trim().split("\\s+");
                if (cols.length >= 4 && cols[0].endsWith(":")) bytes.merge(cols[3], Long.parseLong(cols[2]), Long::sum);
            }
            return bytes;
        } catch (javax.management.JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /** With -Dhistogram=true: which classes the open views added to the heap, per view, largest first (for memory work). */
    private static void printHistogramGrowth(java.util.Map<String, Long> before, int views) {
        java.util.Map<String, Long> after = histogram();
        after.entrySet().stream().map(e -> java.util.Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(40)
                .forEach(e -> System.out.printf(Locale.ROOT, "histogram %8d B/view %s%n", e.getValue() / views, e.getKey()));
    }

    private static void check(boolean condition, String what) {
        if (!condition) throw new IllegalStateException("Fan-out check failed: " + what);
    }
}
