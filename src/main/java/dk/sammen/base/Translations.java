package dk.sammen.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The one source of every user-visible string: {@code messages.properties} (English) and
 * {@code messages_da.properties} (Danish, in the seed material's own wording).
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale DANISH = Locale.of("da", "DK");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    public Translations() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        // A missing key shows as the key itself instead of breaking the page; a test checks none is missing.
        messages.setUseCodeAsDefaultMessage(true);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DANISH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params, key, supported(locale));
    }

    /** Danish for Danish, English for everything else. */
    public static Locale supported(Locale locale) {
        return "da".equals(locale.getLanguage()) ? DANISH : ENGLISH;
    }

    public static Locale fromTag(String tag) {
        return supported(Locale.forLanguageTag(tag));
    }
}
