package dk.sammen.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Debian's Chromium driven by Playwright for Java, with the flags this network needs (no
 * background traffic, no sandbox as root). Playwright's own browser download is never used.
 */
public final class Chromium implements AutoCloseable {

    static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage");

    private final Playwright playwright;
    final Browser browser;

    private Chromium(Path executable) {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable).setHeadless(true)
                .setArgs(FLAGS));
    }

    public static Optional<Path> executable() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Debian's Chromium, or the calling test class is skipped where it is not installed. */
    public static Chromium launchOrSkip() {
        var executable = executable();
        org.junit.jupiter.api.Assumptions.assumeTrue(executable.isPresent(),
                "Debian's Chromium is not installed (see src/test/scripts/ensure-test-tools.sh)");
        return launch(executable.get());
    }

    public static Chromium launch(Path executable) {
        return new Chromium(executable);
    }

    /** A fresh browser profile (its own cookies), signed in as the given sample user. */
    public Page signedIn(String baseUrl, String username) {
        return signedIn(baseUrl, username, new Browser.NewContextOptions().setLocale("da-DK"));
    }

    /** As {@link #signedIn(String, String)}, in a browser window of the given options (a phone's width, say). */
    public Page signedIn(String baseUrl, String username, Browser.NewContextOptions options) {
        return signedIn(baseUrl, username, options, List.of());
    }

    /** As {@link #signedIn(String, String)}, with cookies the browser has before it first asks (one that pins it to a server, say). */
    public Page signedIn(String baseUrl, String username, Browser.NewContextOptions options, List<Cookie> cookies) {
        BrowserContext context = browser.newContext(options);
        if (!cookies.isEmpty()) context.addCookies(cookies);
        Page page = context.newPage();
        page.navigate(baseUrl + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("sammen-demo-2026");
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /**
     * Chooses the page's language as a person does, in the top bar ("Dansk" or "English", each
     * named in itself); it is kept as the person's choice and the page is shown again in it.
     */
    public static void chooseLanguage(Page page, String name) {
        String lang = name.equals("English") ? "en" : "da";
        if (lang.equals(page.evaluate("() => document.documentElement.lang"))) return;
        page.locator("#language").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION, new Page.GetByRoleOptions().setName(name)).click();
        page.waitForFunction("lang => document.documentElement.lang === lang && document.querySelector('#language')", lang);
    }

    /** A fresh browser profile with its own cookies, not signed in. */
    public BrowserContext newContext(String locale) {
        return browser.newContext(new Browser.NewContextOptions().setLocale(locale));
    }

    public String version() {
        return browser.version();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
