package dk.sammen.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.sammen.base.Formats;
import dk.sammen.notification.Notice;
import dk.sammen.notification.NotificationService;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The signed-in person's notices, newest first, unread ones marked. Each can be marked read, or all
 * at once; following a notice's link marks it read too.
 */
@Route("notices")
@Menu(title = "nav.notices", order = 3)
@PermitAll
public class NoticesView extends Main implements HasDynamicTitle {

    final UnorderedList list = new UnorderedList();
    final Button allRead = new Button();
    final Paragraph empty = new Paragraph();
    private final NotificationService notifications;

    NoticesView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("page");
        allRead.setText(getTranslation("notices.allRead"));
        allRead.setId("notices-all-read");
        allRead.addClickListener(e -> {
            notifications.markAllRead();
            load();
        });
        empty.setText(getTranslation("notices.empty"));
        Div actions = new Div(allRead, new Anchor("account/notifications", getTranslation("notices.preferences")));
        actions.addClassName("inline-form");
        list.setId("notices");
        add(new H1(getTranslation("notices.title")), actions, empty, list);
        load();
    }

    void load() {
        var locale = UI.getCurrent().getLocale();
        List<Notice> mine = notifications.myNotices();
        list.removeAll();
        for (Notice n : mine) {
            ListItem item = new ListItem();
            Span when = new Span(Formats.dateTime(n.createdAt(), locale) + ": ");
            Anchor text = new Anchor(n.link(), getTranslation(n.messageKey(), n.args().toArray()));
            text.getElement().addEventListener("click", e -> notifications.markRead(n.id()));
            item.add(when, text);
            if (!n.read()) {
                item.addClassName("unseen");
                Span unread = new Span(getTranslation("notices.unreadMark"));
                unread.addClassName("unread-mark");
                Button read = new Button(getTranslation("notices.markRead"), e -> {
                    notifications.markRead(n.id());
                    load();
                });
                read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                read.getElement().setAttribute("aria-label", getTranslation("notices.markReadNamed", text.getText()));
                item.add(unread, read);
            }
            list.add(item);
        }
        empty.setVisible(mine.isEmpty());
        allRead.setEnabled(mine.stream().anyMatch(n -> !n.read()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notices.title") + " – " + getTranslation("app.name");
    }
}
