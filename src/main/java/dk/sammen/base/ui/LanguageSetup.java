package dk.sammen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dk.sammen.base.Translations;
import dk.sammen.base.UserPreferences;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Every new page opens in the language the user chose, and tells the browser which language it is in. */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    private final UserPreferences preferences;

    LanguageSetup(UserPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            preferences.language().ifPresent(ui::setLocale);
            applyDocumentLanguage(ui);
        });
    }

    static void applyDocumentLanguage(UI ui) {
        Locale locale = Translations.supported(ui.getLocale());
        ui.setLocale(locale);
        // Screen readers pick their voice from <html lang>.
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }
}
