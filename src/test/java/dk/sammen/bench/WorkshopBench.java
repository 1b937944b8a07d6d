package dk.sammen.bench;

import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.sammen.browser.Chromium;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A workshop in real browsers against the production jar, on the sample scoping:
 * <ol>
 * <li><b>Follow</b>: Nanna runs a live session, four members follow; from her browser clicking
 * "next" (or "previous") to each follower's page showing the new section marked and scrolled to
 * the top, all on the same machine clock.</li>
 * <li><b>Main-thread time per incoming change</b>: one watching page, Chrome's own metrics
 * (Performance.getMetrics: task, script, layout, style) over a number of changes another member
 * saves, minus the same page's time over the same span with nothing arriving.</li>
 * <li><b>Typing at once</b>: B browsers, each member typing into their own joint field about
 * twice a second, every page watching all B fields; from a writer's browser sending the value to
 * each other page setting it into its field.</li>
 * </ol>
 * Run with bench/workshop.sh (it builds the jar first).
 */
public final class WorkshopBench {

    static final String SAMPLE_TITLE = "Cyklisters adfærd ved vejarbejde";
    static final List<String> FOLLOWERS = List.of("kamilla", "mette", "sofie", "lars");
    static final List<String> TYPISTS = List.of("kamilla", "mette", "sofie", "lars", "peter", "jens", "ahmed", "birgitte");
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** In a following page: when each section became the marked, scrolled-to one, on the machine clock. */
    static final String FOLLOW_CLOCK = """
            () => {
              window.__current = {};
              const now = () => performance.timeOrigin + performance.now();
              new MutationObserver(records => {
                for (const r of records) {
                  const s = r.target;
                  if (!s.classList || !s.classList.contains('session-current') || window.__current[s.id]) continue;
                  const check = () => {
                    const top = s.getBoundingClientRect().top;
                    if (top >= -2 && top < window.innerHeight / 2) window.__current[s.id] = now(); else requestAnimationFrame(check);
                  };
                  check();
                }
              }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
            }
            """;

    /** In a watching page: when the server's push set each value into any of these fields. */
    static final String VALUES_CLOCK = """
            selectors => {
              window.__seen = window.__seen || {};
              for (const sel of selectors) {
                const el = document.querySelector(sel);
                let proto = el, desc;
                while (proto && !(desc = Object.getOwnPropertyDescriptor(proto, 'value'))) proto = Object.getPrototypeOf(proto);
                Object.defineProperty(el, 'value', { configurable: true,
                  get() { return desc.get.call(this); },
                  set(v) { desc.set.call(this, v); window.__seen[v] = performance.timeOrigin + performance.now(); } });
              }
            }
            """;

    static final java.util.Set<String> TEXT_AREAS = java.util.Set.of("#field-background-problem", "#field-purpose-sharedPurpose",
            "#field-purpose-sharedGoals", "#field-form-why");
    /** How many values each page typed per second in the last typing run. */
    static double typedPerSecond;
    /** Arrivals not seen in the last typing run: a later value of the same field replaced it on the way (one push, or one request). */
    static int typingMissing;
    static int typingValues;

    private WorkshopBench() {
    }

    public static void main(String[] args) throws Exception {
        int moves = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int typists = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        Path jar = args.length > 4 ? Path.of(args[4]) : ProductionJar.findJar();
        List<String> parts = List.of((args.length > 5 ? args[5] : "follow,main,typing").split(","));
        StringBuilder md = new StringBuilder();
        try (ProductionJar app = ProductionJar.start(jar, List.of());
             Chromium chromium = Chromium.launch(Chromium.executable().orElseThrow(() ->
                     new IllegalStateException("Debian's Chromium is missing: run src/test/scripts/ensure-test-tools.sh")))) {
            String canvas = sampleCanvas(chromium, app.base);
            if (parts.contains("follow")) {
            BenchReport.Stats follow = follow(chromium, app.base, canvas, moves);
            System.out.println("follow " + follow);
            md.append("**Follow the facilitator** (5 browsers: Nanna leads a live session on the sample scoping, ")
                    .append(FOLLOWERS.size()).append(" members follow; ").append(moves).append(" moves, next and back; from her click to each ")
                    .append("follower's page showing the section marked and scrolled to the top): ").append(follow.count())
                    .append(" samples, median ").append(BenchReport.ms(follow.median())).append(" ms, **p95 ").append(BenchReport.ms(follow.p95()))
                    .append(" ms**, p99 ").append(BenchReport.ms(follow.p99())).append(" ms, max ").append(BenchReport.ms(follow.max())).append(" ms.\n\n");
            }
            if (parts.contains("main")) {

            Map<String, Double> perChange = mainThread(chromium, app.base, canvas, changes);
            System.out.println("main thread per change " + perChange);
            md.append("**Main-thread time of a watching browser per incoming change** (one page watching, Mette saving ").append(changes)
                    .append(" values into section 13 one after the other; Chrome's Performance.getMetrics, minus the same page idle for as long): ")
                    .append(String.format(Locale.ROOT, "**task %.1f ms**, script %.1f ms, layout %.1f ms, style %.1f ms per change.",
                            perChange.get("TaskDuration"), perChange.get("ScriptDuration"), perChange.get("LayoutDuration"),
                            perChange.get("RecalcStyleDuration")))
                    .append(String.format(Locale.ROOT, " (the rest of the task time, painting and the browser's own work: %.1f ms)",
                            perChange.get("TaskOtherDuration")))
                    .append(" Median of three rounds (task time per change in each: ").append(String.join(" / ", mainThreadRounds))
                    .append(" ms). Page: ").append(perChange.get("Nodes").intValue()).append(" DOM nodes.\n\n");
            }
            if (parts.contains("typing")) {

            BenchReport.Stats typing = typing(chromium, app.base, canvas, typists, seconds);
            System.out.println("typing " + typing);
            md.append("**").append(typists).append(" browsers typing at once** (each member in their own joint field, the driver typing into the pages in turn, for ")
                    .append(seconds).append(" s; every page watching all ").append(typists).append(" fields; ").append(String.format(Locale.ROOT, "%.1f", typedPerSecond))
                    .append(" saves a second per page; from the writer's page leaving the field to ")
                    .append("each other page setting the value): ").append(typing.count()).append(" samples, median ")
                    .append(BenchReport.ms(typing.median())).append(" ms, **p95 ").append(BenchReport.ms(typing.p95())).append(" ms**, p99 ")
                    .append(BenchReport.ms(typing.p99())).append(" ms, max ").append(BenchReport.ms(typing.max())).append(" ms. ")
                    .append(typingValues).append(" values typed; ").append(typingMissing).append(" of their ").append(typingValues * (typists - 1))
                    .append(" arrivals never showed because a later value of the same field replaced them on the way; every page ended with every ")
                    .append("writer's last value.\n\n");
            }
            md.append("Chromium ").append(chromium.version()).append(", ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores shared by the server and every browser, ").append(LocalDate.now()).append(".\n");
        }
        BenchReport.write("workshop", md.toString());
        System.exit(0);
    }

    static String sampleCanvas(Chromium chromium, String base) {
        Page page = chromium.signedIn(base, "nanna");
        page.getByText(SAMPLE_TITLE).first().click();
        page.waitForURL(url -> url.contains("/scoping/"));
        String url = page.url();
        page.context().close();
        return url;
    }

    static Page open(Chromium chromium, String base, String canvas, String who) {
        Page page = chromium.signedIn(base, who);
        page.navigate(canvas);
        page.locator("#section-exit").waitFor();
        return page;
    }

    static BenchReport.Stats follow(Chromium chromium, String base, String canvas, int moves) {
        Page nanna = open(chromium, base, canvas, "nanna");
        nanna.locator("#session-start").click();
        nanna.locator("#session-start-confirm").click();
        nanna.locator("#session-next").waitFor();
        List<Page> followers = new ArrayList<>();
        for (String who : FOLLOWERS) {
            Page page = open(chromium, base, canvas, who);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deltag i sessionen")).click();
            page.locator("#session-now").waitFor();
            page.evaluate(FOLLOW_CLOCK);
            followers.add(page);
        }
        // The proposed agenda is every section, in the canvas's order.
        int items = ((Number) nanna.evaluate("() => document.querySelectorAll('section.canvas-section').length")).intValue();
        List<Double> samples = new ArrayList<>();
        int at = 0;
        for (int m = 0; m < moves; m++) {
            boolean forward = (m / (items - 1)) % 2 == 0;
            at += forward ? 1 : -1;
            String section = (String) nanna.evaluate("i => document.querySelectorAll('section.canvas-section')[i].id", at);
            for (Page f : followers) f.evaluate("id => delete window.__current[id]", section);
            double clicked = ((Number) nanna.evaluate("b => { const t = performance.timeOrigin + performance.now(); "
                    + "document.getElementById(b).click(); return t; }", forward ? "session-next" : "session-previous")).doubleValue();
            for (Page f : followers) {
                f.waitForFunction("id => window.__current[id] !== undefined", section, new Page.WaitForFunctionOptions().setTimeout(10_000));
                samples.add(((Number) f.evaluate("id => window.__current[id]", section)).doubleValue() - clicked);
            }
            nanna.waitForFunction("id => document.getElementById(id).classList.contains('session-current')", section);
        }
        nanna.locator("#session-end").click();
        nanna.waitForURL(url -> url.contains("/minutes/"));
        nanna.context().close();
        followers.forEach(f -> f.context().close());
        return BenchReport.Stats.of(samples);
    }

    static final List<String> MAIN_THREAD_METRICS = List.of("TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration",
            "TaskOtherDuration");

    /**
     * Three rounds on one watching page, after it has settled: the page idle for as long as the
     * changes will take, then the changes; each round's busy time minus its idle time, per change.
     * Returns the median round (by task time).
     */
    static Map<String, Double> mainThread(Chromium chromium, String base, String canvas, int changes) throws InterruptedException {
        Page watcher = open(chromium, base, canvas, "kamilla");
        Page writer = open(chromium, base, canvas, "mette");
        CDPSession cdp = watcher.context().newCDPSession(watcher);
        cdp.send("Performance.enable");
        watcher.evaluate(VALUES_CLOCK, List.of("#field-ways-forum"));
        // To see what a part of the page costs, e.g. -Dbench.watcherCss=".activity-feed{display:none}"
        String css = System.getProperty("bench.watcherCss", "");
        if (!css.isEmpty()) watcher.addStyleTag(new Page.AddStyleTagOptions().setContent(css));
        Thread.sleep(3000); // the page has settled (fonts, first paint of what is in view)
        List<Map<String, Double>> rounds = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Map<String, Double> idleBefore = metrics(cdp);
            long start = System.nanoTime();
            Thread.sleep(changes * 150L + 300);
            double idleSeconds = (System.nanoTime() - start) / 1e9;
            Map<String, Double> idleAfter = metrics(cdp);
            Map<String, Double> before = metrics(cdp);
            java.nio.file.Path trace = java.nio.file.Path.of("target", "bench", "workshop-trace.json");
            boolean tracing = Boolean.getBoolean("bench.trace") && round == 0;
            if (tracing) watcher.context().browser().startTracing(watcher, new com.microsoft.playwright.Browser.StartTracingOptions()
                    .setPath(trace).setCategories(List.of("devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "v8")));
            start = System.nanoTime();
            // The watching page is not polled while it works (a wait-for-function would run in its frames): each change
            // gets 150 ms, and afterwards one look checks that every value arrived.
            List<String> sentValues = new ArrayList<>();
            for (int i = 0; i < changes; i++) {
                String value = "Ændring " + round + "-" + i + " " + System.nanoTime();
                sentValues.add(value);
                writer.locator("#field-ways-forum input").fill(value);
                writer.locator("#field-ways-forum input").blur();
                Thread.sleep(150);
            }
            Thread.sleep(300); // let the last change's work finish
            double busySeconds = (System.nanoTime() - start) / 1e9;
            Map<String, Double> after = metrics(cdp);
            if (tracing) {
                watcher.context().browser().stopTracing();
                summariseTrace(trace, changes);
            }
            Object arrived = watcher.evaluate("vs => vs.filter(v => window.__seen[v] !== undefined).length", sentValues);
            if (((Number) arrived).intValue() != changes) throw new IllegalStateException("only " + arrived + " of " + changes + " changes arrived");
            Map<String, Double> perChange = new HashMap<>();
            for (String name : MAIN_THREAD_METRICS) {
                double idle = (idleAfter.get(name) - idleBefore.get(name)) / idleSeconds * busySeconds;
                perChange.put(name, Math.max(0, (after.get(name) - before.get(name) - idle)) * 1000 / changes);
            }
            perChange.put("Nodes", after.get("Nodes"));
            System.out.println("round " + round + " " + perChange);
            rounds.add(perChange);
        }
        watcher.context().close();
        writer.context().close();
        rounds.sort(java.util.Comparator.comparingDouble(r -> r.get("TaskDuration")));
        mainThreadRounds = rounds.stream().map(r -> String.format(Locale.ROOT, "%.1f", r.get("TaskDuration"))).toList();
        return rounds.get(1);
    }

    /** Each round's task time per change in the last main-thread run, lowest first. */
    static List<String> mainThreadRounds = List.of();

    /** The renderer main thread's time by event name (nested events counted in their own name too), per change. */
    static void summariseTrace(java.nio.file.Path trace, int changes) {
        try {
            JsonNode events = JSON.readTree(java.nio.file.Files.readString(trace)).get("traceEvents");
            Map<Long, String> threadNames = new HashMap<>();
            for (JsonNode e : events) {
                if ("thread_name".equals(e.path("name").asString(""))) threadNames.put(e.path("tid").asLong(), e.path("args").path("name").asString(""));
            }
            Map<String, Double> byName = new java.util.TreeMap<>();
            for (JsonNode e : events) {
                if (!"X".equals(e.path("ph").asString("")) || !"CrRendererMain".equals(threadNames.get(e.path("tid").asLong()))) continue;
                byName.merge(e.path("name").asString(""), e.path("dur").asDouble() / 1000.0 / changes, Double::sum);
            }
            byName.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(30)
                    .forEach(en -> System.out.printf(Locale.ROOT, "trace %-40s %6.2f ms per change%n", en.getKey(), en.getValue()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, Double> metrics(CDPSession cdp) {
        JsonNode result = JSON.readTree(cdp.send("Performance.getMetrics").toString());
        Map<String, Double> values = new HashMap<>();
        for (JsonNode metric : result.get("metrics")) values.put(metric.get("name").asString(), metric.get("value").asDouble());
        return values;
    }

    static BenchReport.Stats typing(Chromium chromium, String base, String canvas, int count, int seconds) throws InterruptedException {
        List<Page> pages = new ArrayList<>();
        List<String> fields = ProtocolLoadBench.WORKSHOP_FIELDS.subList(0, count).stream().map(f -> "#" + f).toList();
        for (int i = 0; i < count; i++) {
            Page page = chromium.signedIn(base, TYPISTS.get(i));
            page.context().addInitScript(BrowserLatencyBench.NETWORK_CLOCK);
            page.navigate(canvas);
            page.locator("#section-exit").waitFor();
            page.evaluate(VALUES_CLOCK, fields);
            pages.add(page);
        }
        // One driver types into the pages in turn, each page once per round, the round spread over half a second:
        // about two saves a second per page if the browsers keep up (the rate reached is reported).
        // (Typing by a timer inside each page made the saturated pages' clients hold their values back and send
        // only the latest, which measures the driver, not Sammen.)
        for (Page page : pages) page.evaluate("() => { window.__typed = []; window.__left = {}; }");
        Map<String, Integer> writerOf = new HashMap<>();
        List<String> values = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        long began = 0;
        int round = 0;
        while (System.nanoTime() < end) {
            long roundStart = System.nanoTime();
            for (int i = 0; i < count; i++) {
                String value = "B" + i + "-" + round + " skriver";
                String input = fields.get(i) + (TEXT_AREAS.contains(fields.get(i)) ? " textarea" : " input");
                pages.get(i).locator(input).fill(value);
                pages.get(i).evaluate("v => { window.__typed.push(v); window.__left[v] = performance.timeOrigin + performance.now(); }", value);
                pages.get(i).locator(input).blur();
                if (System.nanoTime() > warmEnd) {
                    if (began == 0) began = System.nanoTime();
                    values.add(value);
                    writerOf.put(value, i);
                }
                long due = roundStart + (i + 1) * 500_000_000L / count;
                long wait = (due - System.nanoTime()) / 1_000_000;
                if (wait > 0) Thread.sleep(wait);
            }
            round++;
        }
        double typingSeconds = (System.nanoTime() - began) / 1e9;
        typedPerSecond = values.size() / typingSeconds / count;
        Thread.sleep(3000);
        // Nothing lost: every page shows every writer's last value.
        for (int w = 0; w < count; w++) {
            String last = (String) pages.get(w).evaluate("() => window.__typed[window.__typed.length - 1]");
            for (Page page : pages) {
                String shown = (String) page.evaluate("sel => document.querySelector(sel).value", fields.get(w));
                if (!last.equals(shown)) throw new IllegalStateException("a page shows \"" + shown + "\" instead of " + last);
            }
        }
        Thread.sleep(3000);
        List<Double> samples = new ArrayList<>();
        int missing = 0;
        int notSent = 0;
        for (String value : values) {
            int writer = writerOf.get(value);
            // From the moment the writer's page left the field with the value (as the issue measured it).
            Object sent = pages.get(writer).evaluate("v => window.__left[v]", value);
            if (!(sent instanceof Number at)) {
                notSent++;
                continue;
            }
            for (int p = 0; p < count; p++) {
                if (p == writer) continue;
                Object seen = pages.get(p).evaluate("v => window.__seen[v]", value);
                if (seen instanceof Number arrived) samples.add(arrived.doubleValue() - at.doubleValue());
                else missing++;
            }
        }
        System.out.println(values.size() + " values typed, " + notSent + " without a time");
        typingMissing = missing;
        typingValues = values.size();
        pages.forEach(p -> p.context().close());
        return BenchReport.Stats.of(samples);
    }
}
