package dk.sammen.notification.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.sammen.notification.Delivery;
import dk.sammen.notification.NotificationService;
import dk.sammen.notification.Topic;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;

/** How the signed-in person hears of each topic: an e-mail at once, a daily digest, or only in the app. Saved at once. */
@Route("account/notifications")
@PermitAll
public class NotificationPreferencesView extends Main implements HasDynamicTitle {

    final Map<Topic, RadioButtonGroup<Delivery>> choices = new EnumMap<>(Topic.class);
    final Paragraph saved = new Paragraph();

    NotificationPreferencesView(NotificationService notifications) {
        addClassName("page");
        add(new H1(getTranslation("notifications.title")), new Paragraph(getTranslation("notifications.intro")));
        saved.getElement().setAttribute("role", "status");
        Map<Topic, Delivery> current = notifications.preferences();
        for (Topic topic : Topic.values()) {
            RadioButtonGroup<Delivery> group = new RadioButtonGroup<>(getTranslation(topic.messageKey()));
            group.setId("delivery-" + topic.name());
            group.setItems(Delivery.values());
            group.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
            group.setValue(current.get(topic));
            group.addValueChangeListener(e -> {
                if (e.getValue() == null) return;
                notifications.choose(topic, e.getValue());
                saved.setText(getTranslation("notifications.saved", getTranslation(topic.messageKey()), getTranslation(e.getValue().messageKey())));
            });
            choices.put(topic, group);
            add(group);
        }
        add(saved);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " – " + getTranslation("app.name");
    }
}
