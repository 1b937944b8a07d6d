package dk.sammen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dk.sammen.bench.BenchReport;
import dk.sammen.directory.DirectoryService;
import dk.sammen.live.LiveUpdates;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browser loses the network for 10 s while someone else edits, then comes back: it catches up
 * by itself with what happened meanwhile, the server still has exactly one subscription per open
 * page, and both can go on editing. Figures to target/bench/faults-offline.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"dev", "test"})
@Order(1) // starts its own application context: see junit-platform.properties
class BrowserOfflineTest {

    static final String FIELD = "#field-ways-forum";
    static Chromium chromium;

    @LocalServerPort int port;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;
    @Autowired LiveUpdates live;

    @BeforeAll
    static void startBrowser() {
        var executable = Chromium.executable();
        Assumptions.assumeTrue(executable.isPresent(), "Debian's Chromium is not installed (see src/test/scripts/ensure-chromium.sh)");
        chromium = Chromium.launch(executable.get());
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) chromium.close();
    }

    @Test
    void a_browser_that_was_offline_catches_up_without_duplicate_subscriptions() throws Exception {
        int offlineSeconds = Integer.getInteger("sammen.offline.seconds", 10);
        ScopingFixture fixture = ScopingFixture.create(scopings, directory, accounts, "Offline " + System.nanoTime());
        long id = fixture.id().value();
        String base = "http://localhost:" + port;
        Page a = chromium.signedIn(base, "kamilla");
        Page b = chromium.signedIn(base, "mette");
        a.navigate(base + "/scoping/" + id);
        b.navigate(base + "/scoping/" + id);
        a.locator(FIELD + " input").waitFor();
        b.locator(FIELD + " input").waitFor();
        assertThat(live.subscriberCount(id)).isEqualTo(2);
        b.evaluate("() => window.__sameDocument = true");

        b.context().setOffline(true);
        long offlineAt = System.nanoTime();
        a.locator(FIELD + " input").fill("Skrevet mens Mette var offline");
        a.locator(FIELD + " input").blur();
        a.waitForFunction("sel => document.querySelector(sel).title !== ''", FIELD);
        Thread.sleep(Math.max(0, offlineSeconds * 1000L - (System.nanoTime() - offlineAt) / 1_000_000));
        assertThat(b.locator(FIELD + " input").inputValue()).as("no news while offline").isEmpty();

        b.context().setOffline(false);
        long online = System.nanoTime();
        b.waitForFunction("sel => document.querySelector(sel).value === 'Skrevet mens Mette var offline'", FIELD,
                new Page.WaitForFunctionOptions().setTimeout(30_000).setPollingInterval(20));
        double caughtUp = (System.nanoTime() - online) / 1e6;
        boolean sameDocument = Boolean.TRUE.equals(b.evaluate("() => window.__sameDocument === true"));
        int subscribers = live.subscriberCount(id);

        // And both go on: Mette's next change reaches Kamilla.
        b.locator(FIELD + " input").fill("Mette er tilbage");
        b.locator(FIELD + " input").blur();
        a.waitForFunction("sel => document.querySelector(sel).value === 'Mette er tilbage'", FIELD,
                new Page.WaitForFunctionOptions().setTimeout(10_000));

        BenchReport.write("faults-offline", String.format(Locale.ROOT, """
                Mette's browser offline for %d s (Playwright's offline mode) while Kamilla edits, then online again:

                | what | measured | goal |
                |---|---|---|
                | online → Kamilla's edit shown in Mette's page | %s ms | resynchronises by itself |
                | page reloaded to catch up | %s | no |
                | live subscriptions on the server for the scoping (2 pages open) | %d | 2 |
                | Mette's next edit reaches Kamilla | yes | yes |
                """, offlineSeconds, BenchReport.ms(caughtUp), sameDocument ? "no" : "yes", subscribers));
        assertThat(subscribers).as("no duplicate subscriptions after the reconnect").isEqualTo(2);
        a.context().close();
        b.context().close();
    }
}
