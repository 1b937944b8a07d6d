package dk.sammen.bench;

import com.microsoft.playwright.Page;
import dk.sammen.browser.Chromium;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Edit-to-peer latency and the own-action round trip in real browsers against the production
 * jar: K Chromium contexts signed in as different members of the sample scoping; one types into
 * a section, the others observe the change arriving through push. All times are taken inside the
 * browsers on the same machine clock: when the typist's browser sent the change, when each other
 * browser set it into the field, and when the typist's browser had applied the server's answer.
 * Run with bench/browsers.sh (it builds the jar first).
 */
public final class BrowserLatencyBench {

    static final String FIELD = "#field-ways-forum";
    /** The ten members of the sample scoping "Cyklisters adfærd ved vejarbejde"; the first one types. */
    static final List<String> MEMBERS = List.of("kamilla", "mette", "sofie", "lars", "peter", "jens", "eva", "nanna", "ahmed", "birgitte");
    static final int WARM_UP = 10;

    /** Records, in every page, when messages left and arrived (and were applied), on the page's clock. */
    static final String NETWORK_CLOCK = """
            (() => {
              const now = () => performance.timeOrigin + performance.now();
              const net = { sent: [], received: [] };
              const keep = list => { if (list.length > 400) list.splice(0, list.length - 400); };
              window.__net = net;
              const Native = window.WebSocket;
              const nativeSend = Native.prototype.send;
              Native.prototype.send = function (data) { net.sent.push({ t: now(), d: String(data) }); keep(net.sent); return nativeSend.call(this, data); };
              window.WebSocket = class extends Native {
                constructor(...args) {
                  super(...args);
                  this.addEventListener('message', e => { const t = now(); const d = String(e.data);
                    setTimeout(() => { net.received.push({ t, applied: now(), d }); keep(net.received); }, 0); });
                }
              };
              const xhrSend = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.send = function (body) {
                net.sent.push({ t: now(), d: String(body || '') }); keep(net.sent);
                this.addEventListener('load', () => { const t = now(); const d = String(this.responseText || '');
                  setTimeout(() => { net.received.push({ t, applied: now(), d }); keep(net.received); }, 0); });
                return xhrSend.call(this, body);
              };
            })();
            """;

    /** In an observing page: note when the server's push set each value into the field. */
    static final String VALUE_CLOCK = """
            sel => {
              const el = document.querySelector(sel);
              window.__seen = {};
              let proto = el, desc;
              while (proto && !(desc = Object.getOwnPropertyDescriptor(proto, 'value'))) proto = Object.getPrototypeOf(proto);
              Object.defineProperty(el, 'value', { configurable: true,
                get() { return desc.get.call(this); },
                set(v) { desc.set.call(this, v); window.__seen[v] = performance.timeOrigin + performance.now(); } });
              return !!desc;
            }
            """;

    /** In the typing page: when the change left, and when the next answer from the server had been applied. */
    static final String SENT_AND_ANSWERED = """
            v => {
              const sent = window.__net.sent.find(e => e.d.includes(v));
              if (!sent) return null;
              const answer = window.__net.received.find(e => e.t >= sent.t && e.d.includes('syncId'));
              return answer ? [sent.t, answer.applied] : null;
            }
            """;

    private BrowserLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> ks = Arrays.stream((args.length > 0 ? args[0] : "2,5,10").split(",")).map(Integer::parseInt).toList();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path jar = args.length > 2 ? Path.of(args[2]) : ProductionJar.findJar();
        StringBuilder md = new StringBuilder();
        try (ProductionJar app = ProductionJar.start(jar, List.of());
             Chromium chromium = Chromium.launch(Chromium.executable().orElseThrow(() ->
                     new IllegalStateException("Debian's Chromium is missing: run src/test/scripts/ensure-test-tools.sh")))) {
            String base = app.base;
            md.append("The production jar (`").append(jar.getFileName()).append("`, dev profile for the sample people) and K Chromium contexts, each ")
                    .append("signed in as another member of the sample scoping; Kamilla types ").append(edits)
                    .append(" answers (after ").append(WARM_UP).append(" warm-up edits) into section 13 and leaves the field each time. ")
                    .append("Edit-to-peer: from her browser sending the change to each other browser setting it into the field (K − 1 samples per edit). ")
                    .append("Own round trip: from sending to her browser having applied the server's answer. K = 2 is the baseline.\n\n")
                    .append("| K | edits | peer samples | peer median ms | p95 | p99 | max | p95 vs. K=2 | own median ms | own p95 | own p99 | own max | own p95 vs. K=2 |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            BenchReport.Stats peerBase = null;
            BenchReport.Stats ownBase = null;
            for (int k : ks) {
                Run run = measure(chromium, base, k, edits);
                if (peerBase == null) {
                    peerBase = run.peer;
                    ownBase = run.own;
                }
                System.out.println("K=" + k + " peer " + run.peer + " own " + run.own);
                md.append("| ").append(k).append(" | ").append(run.own.count()).append(" | ").append(run.peer.count()).append(" | ")
                        .append(run.peer.cells()).append(" | ").append(run.peer.ratioTo(peerBase)).append(" | ")
                        .append(run.own.cells()).append(" | ").append(run.own.ratioTo(ownBase)).append(" |\n");
            }
            md.append("\nChromium ").append(chromium.version()).append(", ").append(LocalDate.now()).append(".\n");
        }
        BenchReport.write("browsers", md.toString());
        System.exit(0);
    }

    record Run(BenchReport.Stats peer, BenchReport.Stats own) {
    }

    private static Run measure(Chromium chromium, String base, int k, int edits) {
        List<Page> pages = new ArrayList<>();
        try {
            for (String member : MEMBERS.subList(0, k)) {
                Page page = chromium.signedIn(base, member);
                page.context().addInitScript(NETWORK_CLOCK);
                pages.add(page);
            }
            Page first = pages.getFirst();
            first.getByText("Cyklisters adfærd ved vejarbejde").first().click(); // a row of the dashboard's grid opens it
            first.waitForURL(url -> url.contains("/scoping/"));
            String scoping = first.url();
            for (Page page : pages) {
                page.navigate(scoping);
                page.locator(FIELD + " input").waitFor();
            }
            Page typist = pages.getFirst();
            List<Page> observers = pages.subList(1, pages.size());
            for (Page observer : observers) {
                if (!Boolean.TRUE.equals(observer.evaluate(VALUE_CLOCK, FIELD))) throw new IllegalStateException("no value property to observe");
            }
            List<Double> peer = new ArrayList<>();
            List<Double> own = new ArrayList<>();
            for (int i = -WARM_UP; i < edits; i++) {
                String value = "K" + k + " edit " + i + " " + System.nanoTime();
                typist.locator(FIELD + " input").fill(value);
                typist.locator(FIELD + " input").blur();
                List<Double> arrivals = new ArrayList<>();
                for (Page observer : observers) {
                    observer.waitForFunction("v => window.__seen[v] !== undefined", value, new Page.WaitForFunctionOptions().setTimeout(10_000));
                    arrivals.add(((Number) observer.evaluate("v => window.__seen[v]", value)).doubleValue());
                }
                typist.waitForFunction(SENT_AND_ANSWERED, value, new Page.WaitForFunctionOptions().setTimeout(10_000));
                @SuppressWarnings("unchecked")
                List<Number> times = (List<Number>) typist.evaluate(SENT_AND_ANSWERED, value);
                double sent = times.get(0).doubleValue();
                if (i < 0) continue;
                own.add(times.get(1).doubleValue() - sent);
                arrivals.forEach(arrived -> peer.add(arrived - sent));
            }
            return new Run(BenchReport.Stats.of(peer), BenchReport.Stats.of(own));
        } finally {
            pages.forEach(p -> p.context().close());
        }
    }
}
