package dk.sammen.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import dk.sammen.base.Formats;
import dk.sammen.notification.NotificationService;
import dk.sammen.notification.WaitingItem;
import dk.sammen.scoping.ui.DashboardExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** "Venter på dig" on the dashboard: what waits for the person, each a link to the place; nothing when nothing waits. */
@org.springframework.stereotype.Component
class WaitingForYou implements DashboardExtension {

    private final NotificationService notifications;

    WaitingForYou(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Optional<Component> aboveScopings() {
        List<WaitingItem> items = notifications.waitingForMe();
        if (items.isEmpty()) return Optional.empty();
        var locale = UI.getCurrent().getLocale();
        UnorderedList list = new UnorderedList();
        for (WaitingItem item : items) {
            List<Object> args = new ArrayList<>(item.args());
            if (item.kind() == WaitingItem.Kind.DATE) args.set(1, UI.getCurrent().getTranslation("notifications.date." + item.args().get(1)));
            args.add(item.due() == null ? "" : Formats.date(item.due(), locale));
            list.add(new ListItem(new Anchor(item.link(), UI.getCurrent().getTranslation(item.messageKey(), args.toArray()))));
        }
        H2 heading = new H2(UI.getCurrent().getTranslation("waiting.title"));
        heading.setId("waiting-title");
        Section section = new Section(heading, list);
        section.setId("waiting");
        section.getElement().setAttribute("aria-labelledby", "waiting-title");
        section.addClassName("waiting");
        return Optional.of(section);
    }
}
