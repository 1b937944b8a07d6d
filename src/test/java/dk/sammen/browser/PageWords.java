package dk.sammen.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a page as its user does: every visible text and every accessible name (labels, helper
 * texts, aria-label, title, placeholder), in the light and the shadow DOM, and finds what a user
 * must never see there: a message key, the name of one of our enum constants, or a label in the
 * other language.
 */
final class PageWords {

    /** Everything a person reads or hears on the page now, one string per element. */
    private static final String READ = """
            () => {
              const out = [];
              const visible = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
                return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
              const walk = root => {
                for (const el of root.querySelectorAll('*')) {
                  if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName)) continue;
                  for (const a of ['aria-label', 'title', 'placeholder', 'label', 'helper-text', 'alt', 'accessible-name']) {
                    const v = el.getAttribute(a); if (v && visible(el)) out.push(v);
                  }
                  for (const n of el.childNodes) {
                    if (n.nodeType === 3 && n.textContent.trim() && visible(el)) out.push(n.textContent.trim());
                  }
                  if (el.shadowRoot) walk(el.shadowRoot);
                }
              };
              walk(document);
              out.push(document.title);
              return out;
            }""";

    private static final Pattern KEY_LIKE = Pattern.compile("\\b[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+\\b");
    private static final Pattern CONSTANT_LIKE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{4,}\\b");

    private static final Set<String> KEYS = load("messages.properties").stringPropertyNames();
    private static final Set<String> CONSTANTS = constants();

    private PageWords() {
    }

    static List<String> read(Page page) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) page.evaluate(READ);
        return texts;
    }

    /**
     * What is wrong with the page's words in {@code language} ("da" or "en"): message keys, enum
     * names, and labels of the other language (from {@code otherLanguageLabels}).
     */
    static List<String> problems(Page page, String language, List<String> otherLanguageLabels) {
        List<String> problems = new ArrayList<>();
        for (String text : read(page)) {
            Matcher key = KEY_LIKE.matcher(text);
            while (key.find()) {
                if (KEYS.contains(key.group()) || key.group().startsWith("canvas.")) problems.add("message key " + key.group() + " in: " + text);
            }
            Matcher constant = CONSTANT_LIKE.matcher(text);
            while (constant.find()) {
                if (CONSTANTS.contains(constant.group())) problems.add("enum name " + constant.group() + " in: " + text);
            }
            for (String label : otherLanguageLabels) {
                if (text.contains(label)) problems.add("the other language's \"" + label + "\" on a page in " + language + ": " + text);
            }
            if (text.contains("{0}") || text.contains("{1}")) problems.add("a placeholder in: " + text);
        }
        return problems;
    }

    /** Labels whose Danish and English texts differ and are long enough not to occur by chance in the other language. */
    static List<String> labels(String language, List<String> keys) {
        Properties mine = load(language.equals("da") ? "messages_da.properties" : "messages.properties");
        Properties other = load(language.equals("da") ? "messages.properties" : "messages_da.properties");
        List<String> labels = new ArrayList<>();
        for (String key : keys) {
            String text = mine.getProperty(key);
            if (text != null && text.length() >= 8 && !text.contains("{") && !text.equals(other.getProperty(key))) labels.add(text);
        }
        return labels;
    }

    /** The canvas's own labels (section titles) and a few of the page's buttons and headings. */
    static List<String> canvasLabelKeys() {
        List<String> keys = new ArrayList<>(load("messages.properties").stringPropertyNames().stream()
                .filter(k -> k.matches("canvas\\.[a-zA-Z]+\\.title")).sorted().toList());
        keys.addAll(List.of("review.send", "history.open", "comments.title", "flag.raise", "session.start", "activity.title"));
        return keys;
    }

    private static Set<String> constants() {
        Set<String> names = new TreeSet<>();
        Stream.of(dk.sammen.scoping.Stage.values(), dk.sammen.scoping.ScopingRole.values(), dk.sammen.scoping.PartnerType.values(),
                        dk.sammen.session.Agreement.values(), dk.sammen.session.SessionState.values(), dk.sammen.canvas.FieldType.values(),
                        dk.sammen.approval.RoundState.values(), dk.sammen.notification.NoticeKind.values(),
                        dk.sammen.disagreement.FlagNews.What.values(), dk.sammen.canvas.ChangeEntry.Action.values())
                .flatMap(Stream::of).map(Enum::name).forEach(names::add);
        return names;
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (var in = new InputStreamReader(PageWords.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
