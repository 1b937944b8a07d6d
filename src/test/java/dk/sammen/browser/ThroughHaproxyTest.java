package dk.sammen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import dk.sammen.ClusterServers;
import dk.sammen.Haproxy;
import dk.sammen.ThrowawayPostgres;
import dk.sammen.directory.DirectoryService;
import dk.sammen.live.LiveUpdates;
import dk.sammen.live.PresenceService;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two servers behind HAProxy with the shipped configuration, two people in real browsers pinned
 * to different servers: what one types appears in the other's page, both ways, and each sees the
 * other present.
 */
@Order(1) // starts its own application contexts: see junit-platform.properties
class ThroughHaproxyTest {

    static final String FIELD = "#field-ways-forum";

    @Test
    void two_people_on_two_servers_see_each_others_edits_through_haproxy() throws Exception {
        var bin = ThrowawayPostgres.binaries();
        Assumptions.assumeTrue(bin.isPresent(), "no PostgreSQL server binaries found (/usr/lib/postgresql/*/bin)");
        Path haproxyExecutable = Haproxy.executable().orElse(null);
        Assumptions.assumeTrue(haproxyExecutable != null, "Debian's haproxy is not installed");
        try (ThrowawayPostgres postgres = ThrowawayPostgres.start(bin.get());
             ConfigurableApplicationContext one = ClusterServers.start(postgres);
             ConfigurableApplicationContext two = ClusterServers.start(postgres);
             Haproxy haproxy = Haproxy.start(haproxyExecutable, port(one), port(two));
             Chromium chromium = Chromium.launchOrSkip()) {
            ScopingFixture f = ScopingFixture.create(one.getBean(ScopingService.class), one.getBean(DirectoryService.class),
                    one.getBean(AccountService.class), "Gennem HAProxy " + System.nanoTime());
            long scoping = f.id().value();
            Page kamilla = chromium.signedIn(haproxy.base, "kamilla", new Browser.NewContextOptions().setLocale("da-DK"), pinnedTo("s1", haproxy));
            Page mette = chromium.signedIn(haproxy.base, "mette", new Browser.NewContextOptions().setLocale("da-DK"), pinnedTo("s2", haproxy));
            kamilla.navigate(haproxy.base + "/scoping/" + scoping);
            mette.navigate(haproxy.base + "/scoping/" + scoping);
            kamilla.locator(FIELD + " input").waitFor();
            mette.locator(FIELD + " input").waitFor();
            assertThat(one.getBean(LiveUpdates.class).subscriberCount(scoping)).as("Kamilla's page is on server 1").isEqualTo(1);
            assertThat(two.getBean(LiveUpdates.class).subscriberCount(scoping)).as("Mette's page is on server 2").isEqualTo(1);

            kamilla.locator(FIELD + " input").fill("Styregruppen mødes hver 14. dag");
            kamilla.locator(FIELD + " input").press("Tab");
            mette.waitForFunction("sel => document.querySelector(sel).value === 'Styregruppen mødes hver 14. dag'", FIELD);

            mette.locator(FIELD + " input").fill("Hver uge, om tirsdagen");
            mette.locator(FIELD + " input").press("Tab");
            kamilla.waitForFunction("sel => document.querySelector(sel).value === 'Hver uge, om tirsdagen'", FIELD);

            // Each sees the other in the presence bar, though their pages are on different servers.
            assertThat(one.getBean(PresenceService.class).present(scoping)).extracting(p -> p.name())
                    .containsExactlyInAnyOrder("Kamilla Damgaard", "Mette Jensen");
            kamilla.waitForFunction("() => [...document.querySelectorAll('vaadin-avatar-group.presence')]"
                    + ".some(g => (g.items || []).some(i => (i.name || '').includes('Mette Jensen')))");
            mette.waitForFunction("() => [...document.querySelectorAll('vaadin-avatar-group.presence')]"
                    + ".some(g => (g.items || []).some(i => (i.name || '').includes('Kamilla Damgaard')))");
            assertThat(haproxy.log().lines().filter(l -> l.contains(" 101 ") && l.contains("/VAADIN/push")))
                    .as("the pages' push went through HAProxy as websockets").hasSizeGreaterThanOrEqualTo(2);
            kamilla.context().close();
            mette.context().close();
        }
    }

    private static List<Cookie> pinnedTo(String server, Haproxy haproxy) {
        return List.of(new Cookie(Haproxy.COOKIE, server).setUrl(haproxy.base));
    }

    private static int port(ConfigurableApplicationContext server) {
        return ((WebServerApplicationContext) server).getWebServer().getPort();
    }
}
