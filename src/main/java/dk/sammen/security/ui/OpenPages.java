package dk.sammen.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dk.sammen.security.AccountEvents.AccountDeactivated;
import dk.sammen.security.CurrentUser;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every open page, by the person it belongs to, so that a person who is deactivated loses their
 * open pages at once: each goes to the sign-in page, which ends the session (see {@link LoginView}).
 * Their pages leave presence as they close.
 */
@Component
class OpenPages implements VaadinServiceInitListener {

    private final Map<String, Set<UI>> pages = new ConcurrentHashMap<>();
    private final CurrentUser currentUser;

    OpenPages(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            var auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) return;
            String username = auth.getName();
            pages.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(ui);
            ui.addDetachListener(detached -> pages.computeIfPresent(username, (u, set) -> {
                set.remove(ui);
                return set.isEmpty() ? null : set;
            }));
            // A page opened from a session whose person was deactivated meanwhile goes to sign-in, not to an error.
            ui.addBeforeEnterListener(enter -> {
                if (enter.getNavigationTarget() != LoginView.class && currentUser.get().isEmpty()) enter.forwardTo(LoginView.class);
            });
        });
    }

    @TransactionalEventListener
    void deactivated(AccountDeactivated event) {
        for (UI ui : pages.getOrDefault(event.username(), Set.of())) {
            ui.access(() -> ui.getPage().setLocation("login"));
        }
    }

    int openPagesOf(String username) {
        return pages.getOrDefault(username, Set.of()).size();
    }
}
