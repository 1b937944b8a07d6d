package dk.sammen.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.sammen.notification.NotificationService;
import dk.sammen.notification.Topic;
import java.util.Arrays;

/**
 * Where the unsubscribe link of a mail leads: says what stops, and stops it only when the person
 * presses the button (opening the link alone changes nothing). Needs no sign-in.
 */
@Route(value = UnsubscribeView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class UnsubscribeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "unsubscribe";
    final Paragraph what = new Paragraph();
    final Button confirm = new Button();
    final Paragraph done = new Paragraph();
    private final NotificationService notifications;

    UnsubscribeView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("page");
        confirm.setText(getTranslation("unsubscribe.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("unsubscribe.title")), what, confirm, done,
                new Paragraph(new Anchor("account/notifications", getTranslation("unsubscribe.preferences"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        String token = params.getSingleParameter("token").orElse("");
        String topic = params.getSingleParameter("topic").orElse("");
        boolean known = Arrays.stream(Topic.values()).anyMatch(t -> t.name().equals(topic));
        what.setText(known ? getTranslation("unsubscribe.topic", getTranslation(Topic.valueOf(topic).messageKey()))
                : getTranslation("unsubscribe.digest"));
        confirm.addClickListener(e -> {
            boolean stopped = notifications.unsubscribe(token, topic);
            done.setText(getTranslation(stopped ? "unsubscribe.done" : "unsubscribe.unknown"));
            confirm.setEnabled(!stopped);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unsubscribe.title") + " – " + getTranslation("app.name");
    }
}
