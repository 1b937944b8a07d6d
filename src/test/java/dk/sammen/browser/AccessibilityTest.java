package dk.sammen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * axe-core (the WCAG 2.1 A and AA rules) in Chromium on Sammen's pages, as a person in the sample
 * data sees them: no serious and no critical finding. All findings are written to
 * {@code target/accessibility.md}. The administration page is not in the list yet: its tab bar (a
 * Vaadin TabSheet) makes its scroller focusable inside the tab list when the tabs overflow, which
 * axe reports as critical (aria-required-children); open in issue 13.
 */
// A context of its own (the property only makes its configuration differ): sharing the browser test's context would
// have that context used again after other test classes started applications of their own, which re-point Spring
// Security's global context holder (see junit-platform.properties); its signed-in browsers then appeared signed out.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sammen.test.context=accessibility")
@ActiveProfiles({"dev", "test"})
@org.junit.jupiter.api.Order(1) // starts its own application context: see junit-platform.properties
class AccessibilityTest {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Set<String> BLOCKING = Set.of("serious", "critical");
    static Chromium chromium;
    @LocalServerPort int port;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.launchOrSkip();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) chromium.close();
    }

    @Test
    void no_page_has_a_serious_or_critical_finding() throws IOException {
        String base = "http://localhost:" + port;
        List<String> findings = new ArrayList<>();
        Page visitor = chromium.newContext("da-DK").newPage();
        scan(visitor, base + "/login", "sign-in", findings);
        // Nanna facilitates the sample scopings: one in draft with open disagreements, one approved with its review panel.
        Page nanna = chromium.signedIn(base, "nanna");
        for (String path : List.of("", "scoping/1", "scoping/2", "evaluator", "notices", "verify", "account/notifications", "account/password")) {
            scan(nanna, base + "/" + path, path.isEmpty() ? "dashboard" : path, findings);
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "accessibility.md"), "# axe-core findings (WCAG 2.1 A and AA)\n\n"
                + (findings.isEmpty() ? "none\n" : String.join("\n", findings) + "\n"));
        assertThat(findings).filteredOn(f -> BLOCKING.stream().anyMatch(level -> f.contains("| " + level + " |"))).isEmpty();
        visitor.context().close();
        nanna.context().close();
    }

    private static void scan(Page page, String url, String name, List<String> findings) {
        page.navigate(url);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("main").first().waitFor();
        // Until Vaadin has nothing left to do on the page (what TestBench calls waiting for Vaadin).
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                + ".every(c => !c.isActive || !c.isActive())");
        // Vaadin's development tools (not part of the production page) are left out.
        for (Rule rule : new AxeBuilder(page).exclude("copilot-main").withTags(WCAG_21_AA).analyze().getViolations()) {
            findings.add("- " + name + " | " + rule.getImpact() + " | " + rule.getId() + " | " + rule.getNodes().size() + " element(s): "
                    + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
        }
    }
}
