package dk.sammen.browser;

import com.microsoft.playwright.Page;

/**
 * A person who uses only the keyboard: Tab and Shift+Tab to move, Enter and Space to act, arrows
 * in grids and lists. Finds things by the name a screen reader would say for the focused element.
 */
final class KeyboardOnly {

    /** The focused element's name: a field's label, a grid cell's text, otherwise its label or text. */
    static final String FOCUSED_NAME = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              if (!a) return '';
              if (a._content) return a._content.textContent.trim();
              const field = a.closest('vaadin-text-field, vaadin-text-area, vaadin-select, vaadin-date-picker, vaadin-combo-box,'
                + ' vaadin-email-field, vaadin-password-field, vaadin-number-field, vaadin-big-decimal-field');
              if (field && field.label) return field.label;
              return (a.getAttribute('aria-label') || a.innerText || a.textContent || '').trim();
            }""";

    private final Page page;
    private int presses;

    KeyboardOnly(Page page) {
        this.page = page;
    }

    /** Presses Tab until the focused element has this name; the number of presses it took. */
    int tabTo(String name) {
        for (int i = 1; i <= 300; i++) {
            press("Tab");
            if (name.equals(focused())) return i;
        }
        throw new AssertionError("Tab never reached \"" + name + "\" (last: \"" + focused() + "\")");
    }

    /** Presses the key until the focused element has this name (arrows in a grid, say). */
    void pressUntil(String key, String name) {
        for (int i = 0; i < 50; i++) {
            if (name.equals(focused())) return;
            press(key);
        }
        throw new AssertionError(key + " never reached \"" + name + "\" (last: \"" + focused() + "\")");
    }

    void press(String key) {
        page.keyboard().press(key);
        presses++;
    }

    void type(String text) {
        page.keyboard().type(text);
    }

    String focused() {
        return String.valueOf(page.evaluate(FOCUSED_NAME));
    }

    int presses() {
        return presses;
    }
}
