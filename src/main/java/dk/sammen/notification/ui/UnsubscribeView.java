package dk.sammen.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import dk.sammen.base.AccessibilityStatement;
import dk.sammen.base.ui.StatementLink;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.sammen.base.Translations;
import dk.sammen.notification.NotificationService;
import dk.sammen.notification.Topic;
import java.util.Locale;

/**
 * Where the unsubscribe link of a mail leads: says what stops, and stops it only when the person
 * presses the button (opening the link alone changes nothing). Needs no sign-in.
 */
@Route(value = UnsubscribeView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class UnsubscribeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "unsubscribe";
    final H1 title = new H1();
    final Paragraph what = new Paragraph();
    final Button confirm = new Button();
    final Paragraph done = new Paragraph();
    final Anchor preferences = new Anchor("account/notifications", "");
    private String token = "";
    private String topic = "";

    UnsubscribeView(NotificationService notifications, AccessibilityStatement statement) {
        addClassName("page");
        confirm.addClickListener(e -> {
            boolean stopped = notifications.unsubscribe(token, topic);
            done.setText(getTranslation(stopped ? "unsubscribe.done" : "unsubscribe.unknown"));
            confirm.setEnabled(!stopped);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.getElement().setAttribute("role", "status");
        add(title, what, confirm, done, new Paragraph(preferences), StatementLink.to(statement));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        token = params.getSingleParameter("token").orElse("");
        topic = params.getSingleParameter("topic").orElse("");
        // The page speaks the language of the mail it was opened from, whatever the browser says.
        params.getSingleParameter("lang").filter(l -> l.equals("da") || l.equals("en"))
                .ifPresent(l -> UI.getCurrent().setLocale(Translations.supported(Locale.of(l))));
        // The router keeps this page when only the query changes: start afresh.
        confirm.setEnabled(true);
        done.setText("");
        title.setText(getTranslation("unsubscribe.title"));
        confirm.setText(getTranslation("unsubscribe.confirm"));
        preferences.setText(getTranslation("unsubscribe.preferences"));
        what.setText(Topic.named(topic).map(t -> getTranslation("unsubscribe.topic", getTranslation(t.messageKey())))
                .orElseGet(() -> getTranslation("unsubscribe.digest")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unsubscribe.title") + " – " + getTranslation("app.name");
    }
}
