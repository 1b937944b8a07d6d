package dk.sammen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.sammen.directory.DirectoryService;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A live session in three real browsers: nanna facilitates, kamilla (analysis team) and mette
 * (city development) join; their pages scroll to each section nanna moves to, and their
 * agreement answers stay hidden from each other until nanna reveals them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"dev", "test"})
@org.junit.jupiter.api.Order(1) // starts its own application context: see junit-platform.properties
class LiveSessionInTheBrowserTest {

    static Chromium chromium;

    @LocalServerPort int port;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.launchOrSkip();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) chromium.close();
    }

    /** True once the section is marked current and its top is at the top of the viewport (below the session bar's margin). */
    static final String SCROLLED_TO = """
            id => { const s = document.getElementById(id); if (!s || !s.classList.contains('session-current')) return false;
                    const top = s.getBoundingClientRect().top; return top >= -2 && top < window.innerHeight / 2; }""";

    /** Her own page shows the move before she acts again (her next click must not hit the bar being drawn anew). */
    static void movedTo(Page page, String section) {
        page.waitForFunction("id => document.getElementById(id).classList.contains('session-current')", section);
    }

    @Test
    void followers_scroll_with_the_facilitator_and_agreement_answers_stay_hidden_until_revealed() {
        ScopingFixture fixture = ScopingFixture.create(scopings, directory, accounts, "Workshop " + System.nanoTime());
        String base = "http://localhost:" + port;
        String canvas = base + "/scoping/" + fixture.id().value();
        Page nanna = chromium.signedIn(base, "nanna");
        Page kamilla = chromium.signedIn(base, "kamilla");
        Page mette = chromium.signedIn(base, "mette");
        for (Page page : List.of(nanna, kamilla, mette)) {
            page.navigate(canvas);
            page.locator("#section-exit").waitFor();
        }

        nanna.locator("#session-start").click();
        nanna.locator("#session-start-confirm").click();
        nanna.locator("#session-now").waitFor();
        for (Page page : List.of(kamilla, mette)) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deltag i sessionen")).click();
            page.locator("#session-now").waitFor();
        }

        // Nanna moves on twice: both followers' pages scroll to the section, far down the canvas the second time.
        nanna.locator("#session-next").click();
        movedTo(nanna, "section-parties");
        for (Page page : List.of(kamilla, mette)) page.waitForFunction(SCROLLED_TO, "section-parties");
        nanna.locator("#session-jump input").click();
        nanna.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("10. Ejerskab over \"sandheden\" eller over data")).click();
        movedTo(nanna, "section-data");
        for (Page page : List.of(kamilla, mette)) page.waitForFunction(SCROLLED_TO, "section-data");
        assertThat(kamilla.locator("#session-now").textContent()).contains("10. Ejerskab");
        // The time box counts down in the browser.
        assertThat(mette.locator("#session-clock").textContent()).matches("\\d+:\\d\\d");

        // Mette stops following; Nanna moves on; Mette's page stays where it was but shows where the meeting is.
        mette.locator("#session-follow").click();
        mette.waitForFunction("() => document.getElementById('session-follow').getAttribute('aria-pressed') === 'false'");
        String dataTop = "() => document.getElementById('section-data').getBoundingClientRect().top";
        double before = ((Number) mette.evaluate(dataTop)).doubleValue();
        nanna.locator("#session-next").click();
        movedTo(nanna, "section-mandate");
        kamilla.waitForFunction(SCROLLED_TO, "section-mandate");
        mette.waitForFunction("() => document.getElementById('section-mandate').classList.contains('session-current')");
        assertThat(((Number) mette.evaluate(dataTop)).doubleValue()).as("Mette still looks at section 10").isCloseTo(before,
                org.assertj.core.data.Offset.offset(40.0));

        // "Er vi enige?": Kamilla disagrees with a reason; Mette sees only that one party answered.
        nanna.locator("#session-ask").click();
        nanna.locator("#agreement-reveal").waitFor();
        kamilla.locator("#agreement-send").waitFor();
        kamilla.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Uenig")).check();
        kamilla.locator("#agreement-check vaadin-text-field input").fill("Mandatet er for bredt");
        kamilla.locator("#agreement-send").click();
        mette.waitForFunction("() => document.getElementById('agreement-count')?.textContent.includes('1 af 2')");
        assertThat(mette.locator("#session-bar").textContent()).doesNotContain("Mandatet er for bredt");

        nanna.locator("#agreement-reveal").click();
        mette.locator("#agreement-answers").waitFor();
        assertThat(mette.locator("#agreement-answers").textContent()).contains("Kamilla Damgaard").contains("Uenig – Mandatet er for bredt");
        kamilla.locator("#agreement-answers").waitFor();
    }
}
