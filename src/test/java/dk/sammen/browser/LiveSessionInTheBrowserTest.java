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

    /** True once the element's top is in the upper part of the viewport and the keyboard's place is at the given element. */
    static final String AT_PLACE = """
            ([box, focus]) => { const s = document.getElementById(box); if (!s) return false;
                    const top = s.getBoundingClientRect().top;
                    return top >= -2 && top < window.innerHeight / 2 && document.activeElement?.id === focus; }""";

    /**
     * The canvas read as its users read it, in Danish and in English: no message key, no name of
     * ours, no word of the other language; every link in its contents and in the review gate stays
     * on the page (the address stays the page's own) and goes to its section.
     */
    @Test
    void the_canvas_reads_in_its_own_language_and_its_section_links_stay_on_the_page() {
        ScopingFixture fixture = ScopingFixture.create(scopings, directory, accounts, "Læsning " + System.nanoTime());
        String base = "http://localhost:" + port;
        String path = "/scoping/" + fixture.id().value();
        for (String language : List.of("da", "en")) {
            Page kamilla = chromium.signedIn(base, "kamilla");
            kamilla.navigate(base + path);
            kamilla.locator("#section-exit").waitFor();
            Chromium.chooseLanguage(kamilla, language.equals("da") ? "Dansk" : "English");
            kamilla.locator("#section-exit").waitFor();
            List<String> otherLabels = PageWords.labels(language.equals("da") ? "en" : "da", PageWords.canvasLabelKeys());
            assertThat(PageWords.problems(kamilla, language, otherLabels)).as("the canvas in " + language).isEmpty();

            // Every entry of the contents: the same page, scrolled to the section, the keyboard at its heading.
            List<String> sections = kamilla.locator("nav.canvas-toc a").all().stream().map(a -> a.getAttribute("href")).toList();
            assertThat(sections).hasSize(17);
            for (int i = 0; i < sections.size(); i++) {
                String key = sections.get(i).substring(sections.get(i).indexOf("at=section-") + "at=section-".length());
                kamilla.locator("nav.canvas-toc a").nth(i).click();
                kamilla.waitForFunction(AT_PLACE, List.of("section-" + key, "heading-" + key));
                assertThat(kamilla.evaluate("() => location.pathname")).as("still the canvas after " + key).isEqualTo(path);
                assertThat(kamilla.locator("#section-exit").count()).isEqualTo(1);
            }

            // What is missing before review: each item leads to its section on this page.
            kamilla.locator("#review-missing").scrollIntoViewIfNeeded();
            if (kamilla.locator("#review-missing a").count() == 0) kamilla.locator("#review-missing vaadin-details-summary").click();
            kamilla.locator("#review-missing a").first().waitFor();
            assertThat(PageWords.problems(kamilla, language, otherLabels)).as("the open gate in " + language).isEmpty();
            int links = kamilla.locator("#review-missing a").count();
            for (int i = 0; i < Math.min(links, 4); i++) {
                var link = kamilla.locator("#review-missing a").nth(i);
                link.scrollIntoViewIfNeeded();
                String key = link.getAttribute("href").replaceAll(".*at=section-", "");
                link.click();
                kamilla.waitForFunction(AT_PLACE, List.of("section-" + key, "heading-" + key));
                assertThat(kamilla.evaluate("() => location.pathname")).isEqualTo(path);
            }

            // A section's history, as a dialog.
            kamilla.locator("#history-purpose").click();
            kamilla.waitForFunction(AccessibilityTest.DIALOG_OPEN);
            assertThat(PageWords.problems(kamilla, language, otherLabels)).as("the history dialog in " + language).isEmpty();
            kamilla.keyboard().press("Escape");
            Chromium.chooseLanguage(kamilla, "Dansk"); // as she had it: the other tests read her pages in Danish
            kamilla.context().close();
        }
    }

    /**
     * Three parties answer "Er vi enige?" within a few milliseconds of each other, twenty times:
     * every answer arrives and the check is revealed each time; the first time, Kamilla's
     * half-made answer survives another party's answer.
     */
    @Test
    void three_parties_answering_at_once_are_all_counted_and_a_half_made_answer_survives() {
        ScopingFixture fixture = ScopingFixture.create(scopings, directory, accounts, "Samtidig " + System.nanoTime());
        dk.sammen.TestUsers.run("nanna", () -> {
            var roads = ScopingFixture.department(directory.departments(), "VA");
            var party = scopings.addParty(fixture.id(), roads.id(), dk.sammen.scoping.PartnerType.SAME_MUNICIPALITY);
            scopings.invite(fixture.id(), ScopingFixture.user(accounts, "sofie"), dk.sammen.scoping.ScopingRole.PARTICIPANT, party);
        });
        String base = "http://localhost:" + port;
        String canvas = base + "/scoping/" + fixture.id().value();
        Page nanna = chromium.signedIn(base, "nanna");
        List<Page> parties = List.of(chromium.signedIn(base, "kamilla"), chromium.signedIn(base, "mette"), chromium.signedIn(base, "sofie"));
        nanna.navigate(canvas);
        nanna.locator("#section-exit").waitFor();
        nanna.locator("#session-start").click();
        nanna.locator("#session-start-confirm").click();
        nanna.locator("#session-now").waitFor();
        for (Page page : parties) {
            page.navigate(canvas);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deltag i sessionen")).click();
            page.locator("#session-now").waitFor();
        }
        Page kamilla = parties.get(0);
        String[] choices = {"Enig", "Usikker", "Uenig"};
        for (int round = 0; round < 20; round++) {
            nanna.locator("#session-ask").click();
            for (int p = 0; p < parties.size(); p++) {
                Page page = parties.get(p);
                page.locator("#agreement-send").waitFor();
                page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(choices[(round + p) % 3]).setExact(true)).check();
                page.locator("#agreement-check vaadin-text-field input").fill("Runde " + round + " fra " + p);
                page.locator("#agreement-check vaadin-text-field input").blur(); // the reason is sent when the field is left
            }
            if (round == 0) {
                // Kamilla is still writing when Mette's party answers: her choice and her text stay.
                kamilla.locator("#agreement-check vaadin-text-field input").fill("Halvt skrevet");
                parties.get(1).locator("#agreement-send").click();
                kamilla.waitForFunction("() => document.getElementById('agreement-count')?.textContent.startsWith('1 af 3')");
                assertThat(kamilla.locator("#agreement-check vaadin-text-field input").inputValue()).isEqualTo("Halvt skrevet");
                assertThat(kamilla.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(choices[0]).setExact(true)).isChecked()).isTrue();
                kamilla.locator("#agreement-check vaadin-text-field input").fill("Runde 0 fra 0");
                kamilla.locator("#agreement-send").click();
                parties.get(2).locator("#agreement-send").click();
            } else {
                // All three within a few milliseconds: the clicks go out one right after the other.
                for (Page page : parties) page.evaluate("() => document.getElementById('agreement-send').click()");
            }
            nanna.waitForFunction("n => document.querySelectorAll('#agreement-answers li').length === 3"
                    + " && [0, 1, 2].every(p => document.getElementById('agreement-answers').textContent.includes('Runde ' + n + ' fra ' + p))",
                    round);
        }
        assertThat(PageWords.problems(nanna, "da", PageWords.labels("en", PageWords.canvasLabelKeys()))).as("the session bar").isEmpty();
    }
}
