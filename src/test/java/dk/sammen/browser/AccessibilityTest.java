package dk.sammen.browser;

import static dk.sammen.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import dk.sammen.approval.ApprovalService;
import dk.sammen.approval.CompleteScoping;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.directory.DirectoryService;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * axe-core (the WCAG 2.1 A and AA rules) in Chromium on Sammen's pages, as a person in the sample
 * data sees them: no serious and no critical finding. All findings are written to
 * {@code target/accessibility.md}.
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
    /** Nanna's pages: she facilitates the sample scopings (one in draft with open disagreements, one approved). */
    static final List<String> PAGES = List.of("", "scoping/1", "scoping/2", "evaluator", "notices", "verify", "account/notifications",
            "account/password");
    static final List<String> ADMIN_PARTS = List.of("departments", "people", "import", "settings", "mail", "log");
    /** What is wrong with the words of each page and dialog visited: message keys, our names, the other language (PageWords). */
    static final List<String> WORDS = new ArrayList<>();
    static final List<String> ENGLISH_LABELS = PageWords.labels("en", PageWords.canvasLabelKeys());
    static Chromium chromium;
    @LocalServerPort int port;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;
    @Autowired CanvasService canvas;
    @Autowired ApprovalService approval;
    @Autowired DisagreementService disagreements;

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
        scan(visitor, base + "/accessibility-statement", "accessibility statement", findings);
        // Nanna facilitates the sample scopings: one in draft with open disagreements, one approved with its review panel.
        Page nanna = chromium.signedIn(base, "nanna");
        for (String path : PAGES) {
            scan(nanna, base + "/" + path, path.isEmpty() ? "dashboard" : path, findings);
        }
        // The draft canvas with every folded part open (comments, disagreements, what the review misses) ...
        ready(nanna, base + "/scoping/1");
        nanna.evaluate("() => document.querySelectorAll('vaadin-details').forEach(d => d.opened = true)");
        analyse(nanna, "scoping/1, all unfolded", findings);
        // ... a field's history ...
        nanna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Historik")).first().click();
        nanna.waitForFunction(DIALOG_OPEN);
        analyse(nanna, "scoping/1, history", findings);
        nanna.keyboard().press("Escape");
        nanna.waitForFunction("() => !(" + DIALOG_OPEN + ")()");
        // ... and the dialog that raises a disagreement.
        nanna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Markér en uenighed")).first().click();
        nanna.waitForFunction(DIALOG_OPEN);
        analyse(nanna, "scoping/1, raise a disagreement", findings);
        nanna.keyboard().press("Escape");
        nanna.waitForFunction("() => !(" + DIALOG_OPEN + ")()");
        // A live session: the agenda dialog, the session bar with an agreement check (as a party member answers it), the minutes.
        nanna.locator("#session-start").click();
        nanna.waitForFunction(DIALOG_OPEN);
        analyse(nanna, "scoping/1, start a live session", findings);
        nanna.locator("#session-start-confirm").click();
        nanna.locator("#session-now").waitFor();
        nanna.locator("#session-ask").click();
        nanna.locator("#agreement-check").waitFor();
        analyse(nanna, "scoping/1, live session (facilitator)", findings);
        Page kamilla = chromium.signedIn(base, "kamilla");
        ready(kamilla, base + "/scoping/1");
        kamilla.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deltag i sessionen")).click();
        kamilla.locator("#agreement-send").waitFor();
        analyse(kamilla, "scoping/1, live session (participant answering)", findings);
        kamilla.context().close();
        nanna.locator("#agreement-reveal").click();
        // The bar is drawn anew with the answers; clicking "end" before that would click the button being replaced.
        nanna.locator("#agreement-answers").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED)); // empty: nobody answered
        nanna.locator("#session-end").click();
        nanna.waitForURL(url -> url.contains("/minutes/"));
        nanna.locator("#minutes-pdf").waitFor();
        analyse(nanna, "minutes of a live session", findings);
        // The administration, tab by tab.
        Page admin = chromium.signedIn(base, "admin");
        for (String part : ADMIN_PARTS) scan(admin, base + "/admin/" + part, "admin/" + part, findings);
        admin.context().close();
        // The same pages in English: the words only (axe's rules do not depend on the language).
        Page english = chromium.signedIn(base, "nanna");
        try {
            ready(english, base + "/");
            Chromium.chooseLanguage(english, "English");
            for (String path : PAGES) {
                ready(english, base + "/" + path);
                PageWords.problems(english, "en", PageWords.labels("da", PageWords.canvasLabelKeys())).forEach(p -> WORDS.add(path + " (en): " + p));
            }
        } finally {
            Chromium.chooseLanguage(english, "Dansk"); // the other tests of this class read Nanna's pages in Danish
            english.context().close();
        }
        assertThat(WORDS).as("words a user must never see").isEmpty();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "accessibility.md"), "# axe-core findings (WCAG 2.1 A and AA)\n\n"
                + (findings.isEmpty() ? "none\n" : String.join("\n", findings) + "\n"));
        assertThat(findings).filteredOn(f -> BLOCKING.stream().anyMatch(level -> f.contains("| " + level + " |"))).isEmpty();
        visitor.context().close();
        nanna.context().close();
    }

    /**
     * WCAG 1.4.10: at 320 CSS pixels wide (a phone, or 1280 px zoomed to 400 %) no page scrolls
     * sideways; wide tables scroll inside themselves. Screenshots go to target/reflow/.
     */
    @Test
    void every_page_reflows_at_320_css_pixels() throws IOException {
        String base = "http://localhost:" + port;
        Path shots = Path.of("target", "reflow");
        Files.createDirectories(shots);
        Browser.NewContextOptions phone = new Browser.NewContextOptions().setLocale("da-DK").setViewportSize(320, 640);
        Page nanna = chromium.signedIn(base, "nanna", phone);
        List<String> tooWide = new ArrayList<>();
        for (String path : PAGES) {
            String name = path.isEmpty() ? "dashboard" : path.replace('/', '-');
            ready(nanna, base + "/" + path);
            int width = ((Number) nanna.evaluate("() => document.documentElement.scrollWidth")).intValue();
            if (width > 320) tooWide.add(name + ": the page is " + width + " px wide");
            for (Object element : (List<?>) nanna.evaluate(OUTSIDE_THE_SCREEN)) tooWide.add(name + ": " + element);
            nanna.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve(name + ".png")).setFullPage(true));
        }
        // The menu, the language and sign-out are folded behind the menu button, and all there when it is opened.
        ready(nanna, base + "/");
        nanna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
        Locator signOut = nanna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud"));
        signOut.waitFor();
        // The drawer slides in; measured once it is in place.
        nanna.waitForFunction("() => document.querySelector('.main-nav').getBoundingClientRect().left >= 0");
        var box = signOut.boundingBox();
        assertThat(box.x + box.width).isLessThanOrEqualTo(320);
        assertThat(nanna.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tjek en aftale")).isVisible()).isTrue();
        nanna.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("menu-opened.png")));
        nanna.context().close();
        Page admin = chromium.signedIn(base, "admin", phone);
        for (String part : ADMIN_PARTS) {
            ready(admin, base + "/admin/" + part);
            for (Object element : (List<?>) admin.evaluate(OUTSIDE_THE_SCREEN)) tooWide.add("admin/" + part + ": " + element);
            admin.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("admin-" + part + ".png")));
        }
        admin.context().close();
        assertThat(tooWide).isEmpty();
    }

    /**
     * Elements drawn beyond the screen's sides (a clipped top bar scrolls nothing, but hides its
     * buttons), leaving out what scrolls sideways by design (tables, grids) and the closed drawer.
     */
    static final String OUTSIDE_THE_SCREEN = """
            () => {
              const width = document.documentElement.clientWidth;
              const scrollsItself = el => {
                for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                  const o = getComputedStyle(p).overflowX;
                  if (o === 'auto' || o === 'scroll' || p.localName === 'vaadin-grid') return true;
                }
                return false;
              };
              const out = [];
              for (const el of document.querySelectorAll('body *')) {
                if (el.closest('[slot=drawer], copilot-main, vaadin-dev-tools, .skip-link')) continue;
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || (r.right <= width + 1 && r.left >= -1) || scrollsItself(el)) continue;
                out.push(el.localName + (el.classList.length ? '.' + el.classList[0] : '') + ' from ' + Math.round(r.left) + ' to ' + Math.round(r.right) + ' px ("' + (el.textContent || '').trim().slice(0, 30) + '")');
              }
              return out.slice(0, 5);
            }""";

    /**
     * WCAG 2.1.1: the whole path to an agreement works with the keyboard alone. Kamilla signs in,
     * opens a scoping from the dashboard, edits a field and raises a disagreement; Lars, a leader,
     * approves another scoping's version. No mouse, no clicks: Tab, arrows, Enter and typing.
     */
    @Test
    void with_the_keyboard_alone_a_person_signs_in_edits_raises_a_disagreement_and_a_leader_approves() {
        String base = "http://localhost:" + port;
        String draftTitle = "Kun med tastaturet " + System.nanoTime();
        String reviewTitle = "Godkendes med tastaturet " + System.nanoTime();
        ScopingFixture draft = CompleteScoping.create(scopings, directory, accounts, canvas, draftTitle);
        ScopingFixture inReview = CompleteScoping.create(scopings, directory, accounts, canvas, reviewTitle);
        as("nanna", () -> approval.sendToReview(inReview.id()));

        Page kamilla = chromium.newContext("da-DK").newPage();
        KeyboardOnly keys = new KeyboardOnly(kamilla);
        signIn(kamilla, keys, base, "kamilla");
        open(kamilla, keys, draftTitle);
        // Opening a page within Sammen puts the focus at its content (the menu is behind, not in the way).
        assertThat(kamilla.evaluate("() => document.activeElement.id")).isEqualTo("main-content");
        int toField = keys.tabTo("Problemstilling eller potentiale");
        keys.press("Control+A");
        keys.type("Cyklister kører uden om afspærringer, især om morgenen.");
        keys.press("Tab");
        eventually(() -> as("kamilla", () -> canvas.content(draft.id())).text(FieldRef.joint("background", "problem"))
                .equals("Cyklister kører uden om afspærringer, især om morgenen."));
        keys.tabTo("Markér en uenighed");
        keys.press("Enter");
        kamilla.waitForFunction(DIALOG_OPEN);
        keys.tabTo("Kort titel");
        keys.type("Hvem ejer nulpunktet?");
        keys.tabTo("Hvad uenigheden handler om");
        keys.type("Vejdrift og analyseteamet måler forskelligt.");
        keys.tabTo("Markér");
        keys.press("Enter");
        eventually(() -> as("kamilla", () -> disagreements.flags(draft.id())).stream()
                .anyMatch(flag -> flag.title().equals("Hvem ejer nulpunktet?")));
        kamilla.context().close();

        Page lars = chromium.newContext("da-DK").newPage();
        KeyboardOnly leader = new KeyboardOnly(lars);
        signIn(lars, leader, base, "lars");
        open(lars, leader, reviewTitle);
        leader.tabTo("Godkend");
        leader.press("Enter");
        eventually(() -> as("lars", () -> approval.rounds(inReview.id())).getFirst().approvals().stream()
                .anyMatch(a -> a.standing() && a.party().equals(inReview.analysis())));
        lars.context().close();
        System.out.println("Keyboard only: " + toField + " presses of Tab from the page's content to the first field edited"
                + " (" + keys.presses() + " keys in Kamilla's whole journey, " + leader.presses() + " in Lars's)");
    }

    private static void signIn(Page page, KeyboardOnly keys, String base, String username) {
        page.navigate(base + "/login");
        ready(page, base + "/login");
        keys.tabTo("Brugernavn");
        keys.type(username);
        keys.tabTo("Adgangskode");
        keys.type("sammen-demo-2026");
        keys.press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        page.waitForFunction(VAADIN_IDLE);
    }

    /** From the dashboard: Tab to the list's header, once more into its rows, down to the title, Enter. */
    private static void open(Page page, KeyboardOnly keys, String title) {
        page.locator("vaadin-grid").first().waitFor();
        keys.tabTo("Titel");
        keys.press("Tab");
        keys.pressUntil("ArrowDown", title);
        keys.press("Enter");
        page.waitForURL(url -> url.contains("/scoping/"));
        page.waitForFunction(VAADIN_IDLE);
    }

    /** Until the server has done what the keys asked for (a save is a round trip after the key). */
    private static void eventually(java.util.function.BooleanSupplier done) {
        for (int i = 0; i < 300 && !done.getAsBoolean(); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        assertThat(done.getAsBoolean()).isTrue();
    }

    /** Until Vaadin has nothing left to do on the page (what TestBench calls waiting for Vaadin). */
    static final String VAADIN_IDLE = "() => window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
            + ".every(c => !c.isActive || !c.isActive())";

    static final String DIALOG_OPEN = "() => [...document.querySelectorAll('vaadin-dialog')].some(d => d.opened)";

    private static void ready(Page page, String url) {
        page.navigate(url);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("main").first().waitFor();
        page.waitForFunction(VAADIN_IDLE);
        // Vaadin's development-mode notice is not part of the page a user gets.
        page.addStyleTag(new Page.AddStyleTagOptions().setContent("copilot-main, vaadin-dev-tools { display: none !important; }"));
    }

    private static void scan(Page page, String url, String name, List<String> findings) {
        ready(page, url);
        analyse(page, name, findings);
    }

    private static void analyse(Page page, String name, List<String> findings) {
        PageWords.problems(page, "da", ENGLISH_LABELS).forEach(p -> WORDS.add(name + ": " + p));
        // Every page links to the accessibility statement (in the menu's drawer when signed in).
        if (!page.url().contains("accessibility-statement") && page.locator("a.statement-link").count() == 0) findings.add("- " + name + " | serious | no link to the accessibility statement |");
        // Vaadin's development tools (not part of the production page) are left out.
        for (Rule rule : new AxeBuilder(page).exclude("copilot-main").withTags(WCAG_21_AA).analyze().getViolations()) {
            findings.add("- " + name + " | " + rule.getImpact() + " | " + rule.getId() + " | " + rule.getNodes().size() + " element(s): "
                    + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList()
                    + (BLOCKING.contains(rule.getImpact()) ? " " + rule.getNodes().getFirst().getFailureSummary().replace('\n', ' ')
                    + " " + rule.getNodes().getFirst().getHtml() : ""));
        }
    }
}
