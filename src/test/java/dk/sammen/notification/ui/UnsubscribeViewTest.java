package dk.sammen.notification.ui;

import static dk.sammen.TestUsers.as;
import static dk.sammen.TestUsers.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import dk.sammen.SammenTest;
import dk.sammen.notification.Delivery;
import dk.sammen.notification.NotificationService;
import dk.sammen.notification.Topic;
import dk.sammen.notification.internal.SubscriberRepository;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.security.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The page the unsubscribe link of a mail opens: nothing changes until the button, and no sign-in is needed. */
@SammenTest
class UnsubscribeViewTest extends SpringBrowserlessTest {

    @Autowired SubscriberRepository subscribers;
    @Autowired AccountService accounts;
    @Autowired NotificationService notifications;

    /** As from the link in a mail: the page with its query. */
    private UnsubscribeView open(String token, String topic) {
        com.vaadin.flow.component.UI.getCurrent().navigate("unsubscribe",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("token", token, "topic", topic, "lang", "da")));
        return (UnsubscribeView) getCurrentView();
    }

    @Test
    @WithAnonymousUser
    void the_link_shows_what_stops_and_the_button_stops_it() {
        // Kamilla got mails already (the sample scoping's invitation), so she has a token.
        long kamilla = ScopingFixture.user(accounts, "kamilla").value();
        String token = subscribers.findByUserIdIn(java.util.Set.of(kamilla)).getFirst().token();
        run("kamilla", () -> notifications.choose(Topic.DATES, Delivery.IMMEDIATE));

        UnsubscribeView view = open(token, "DATES");
        assertThat(view.what.getText()).isEqualTo("Du får ikke længere mails om \"Evalueringsdatoer og slutdato\". Beskederne står stadig i Sammen.");
        assertThat(as("kamilla", notifications::preferences).get(Topic.DATES)).as("opening the page changes nothing").isEqualTo(Delivery.IMMEDIATE);
        test(view.confirm).click();
        assertThat(view.done.getText()).startsWith("Det er gjort.");
        assertThat(as("kamilla", notifications::preferences).get(Topic.DATES)).isEqualTo(Delivery.APP_ONLY);

        UnsubscribeView forged = open("forged", "DATES");
        test(forged.confirm).click();
        assertThat(forged.done.getText()).startsWith("Linket er ikke gyldigt.");
    }
}
