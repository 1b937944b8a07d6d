package dk.sammen.notification.ui;

import static dk.sammen.TestUsers.as;
import static dk.sammen.TestUsers.run;
import static dk.sammen.Windows.in;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import dk.sammen.SammenTest;
import dk.sammen.directory.DirectoryService;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.disagreement.NewFlag;
import dk.sammen.notification.NotificationService;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.scoping.ui.DashboardView;
import dk.sammen.security.AccountService;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/** The unread count in the top bar follows the person's notices live, and the notices page reads them. */
@SammenTest
class UnreadCountTest {

    @Autowired ApplicationContext context;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;
    @Autowired DisagreementService disagreements;
    @Autowired NotificationService notifications;

    SecuredBrowserlessApplicationContext<Authentication> app;

    @AfterEach
    void close() {
        if (app != null) app.close();
    }

    @Test
    void another_persons_action_changes_the_count_at_once_and_reading_clears_it() {
        ScopingFixture f = ScopingFixture.create(scopings, directory, accounts, "Ulæst " + System.nanoTime());
        run("kamilla", notifications::markAllRead);
        app = SpringBrowserlessApplicationContext.createSecured(context, "dk.sammen");
        BrowserlessUIContext kamilla = app.newUser("kamilla", "USER").newWindow();
        kamilla.navigate(DashboardView.class);
        Anchor count = kamilla.find(Anchor.class).id("unread-count");
        assertThat(count.getText()).isEqualTo("0");
        assertThat(count.getElement().getAttribute("aria-label")).isEqualTo("Ingen ulæste beskeder");

        // Eva, elsewhere, flags a disagreement that involves Kamilla's party.
        run("eva", () -> disagreements.raise(f.id(), new NewFlag("purpose", null, "Formålet", "Uklart", Set.of(f.analysis()))));
        assertThat(in(kamilla, count::getText)).isEqualTo("1");
        assertThat(count.getElement().getAttribute("aria-label")).isEqualTo("1 ulæste beskeder");

        // Kamilla reads it on the notices page: the count in the top bar goes back to 0.
        NoticesView page = kamilla.navigate(NoticesView.class);
        Anchor newCount = kamilla.find(Anchor.class).id("unread-count");
        kamilla.test(kamilla.find(Button.class).id("notices-all-read")).click();
        assertThat(in(kamilla, newCount::getText)).isEqualTo("0");
        assertThat(as("kamilla", notifications::unreadCount)).isZero();
        assertThat(page.list.getChildren().count()).isPositive();
    }
}
