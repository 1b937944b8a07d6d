package dk.sammen.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import dk.sammen.base.ui.TopBarItem;
import dk.sammen.live.LiveUpdates;
import dk.sammen.notification.NotificationService;
import dk.sammen.security.CurrentUser;

/**
 * The unread count in the top bar, a link to the notices. It follows the person's notices live: a
 * notice made by someone else's action, or read on another page, changes it at once.
 */
@org.springframework.stereotype.Component
class UnreadCount implements TopBarItem {

    private final NotificationService notifications;
    private final LiveUpdates live;
    private final CurrentUser currentUser;

    UnreadCount(NotificationService notifications, LiveUpdates live, CurrentUser currentUser) {
        this.notifications = notifications;
        this.live = live;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        return new Badge();
    }

    /** One page's count. */
    class Badge extends Anchor {

        private LiveUpdates.Subscription subscription;

        Badge() {
            super("notices", "");
            setId("unread-count");
            addClassName("unread-count");
            show(notifications.unreadCount());
        }

        void show(long unread) {
            setText(unread > 99 ? "99+" : String.valueOf(unread));
            // The number alone says little to a screen reader; the name says what it counts.
            getElement().setAttribute("aria-label", getTranslation(unread == 0 ? "notices.unread.none" : "notices.unread", unread));
            getElement().setAttribute("title", getTranslation(unread == 0 ? "notices.unread.none" : "notices.unread", unread));
            getElement().getClassList().set("has-unread", unread > 0);
        }

        @Override
        protected void onAttach(AttachEvent event) {
            UI ui = event.getUI();
            currentUser.get().ifPresent(me -> subscription = live.subscribePersonal(me.id().value(),
                    changed -> ui.access(() -> show(notifications.unreadCount()))));
        }

        @Override
        protected void onDetach(DetachEvent event) {
            if (subscription != null) subscription.close();
            subscription = null;
        }
    }
}
