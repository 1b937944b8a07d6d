package dk.sammen.security.ui;

import static dk.sammen.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import dk.sammen.SammenTest;
import dk.sammen.mail.MailOutbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

@SammenTest
class PasswordPagesTest extends SpringBrowserlessTest {

    @Autowired MailOutbox outbox;

    @Test
    @WithAnonymousUser
    void forgot_password_answers_the_same_for_an_unknown_and_a_known_address() {
        int before = as("admin", () -> outbox.recent(500)).size();
        ForgotPasswordView unknown = navigate(ForgotPasswordView.class);
        test(unknown.email).setValue("findes.ikke@kommune.dk");
        test(unknown.send).click();
        String answerForUnknown = unknown.sent.getText();
        assertThat(as("admin", () -> outbox.recent(500))).hasSize(before);

        ForgotPasswordView known = navigate(ForgotPasswordView.class);
        test(known.email).setValue("mette@sammen.example");
        test(known.send).click();
        // (A page before sign-in speaks the browser's language; here the test's, English.)
        assertThat(known.sent.getText()).isEqualTo(answerForUnknown).contains("If the address belongs to an account");
        assertThat(as("admin", () -> outbox.recent(500))).first().satisfies(m -> {
            assertThat(m.recipient()).isEqualTo("mette@sammen.example");
            assertThat(m.subject()).isEqualTo("Nulstil din adgangskode til Sammen");
        });
    }

    @Test
    @WithAnonymousUser
    void a_forged_link_gets_a_page_that_says_so() {
        navigate("password/invitation/ikke-et-rigtigt-link-1234567890", ChoosePasswordView.class);
        ChoosePasswordView view = (ChoosePasswordView) getCurrentView();
        assertThat(view.title.getText()).isEqualTo("The link does not work");
        assertThat(view.body.getElement().getTextRecursively()).contains("The link does not exist");
        navigate("password/whatever/abc", ChoosePasswordView.class);
        assertThat(((ChoosePasswordView) getCurrentView()).title.getText()).isEqualTo("The link does not work");
    }

    @Test
    @WithUserDetails("ahmed")
    void a_wrong_current_password_is_said_at_its_field_and_nothing_changes() {
        ChangePasswordView view = navigate(ChangePasswordView.class);
        test(view.current).setValue("ikke min adgangskode");
        test(view.chosen).setValue("en helt ny lang sætning");
        test(view.repeat).setValue("en helt ny lang sætning");
        test(view.save).click();
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("Forkert adgangskode.");
        test(view.current).setValue("sammen-demo-2026");
        test(view.repeat).setValue("noget andet");
        test(view.save).click();
        assertThat(view.repeat.isInvalid()).isTrue();
        assertThat(view.repeat.getErrorMessage()).isEqualTo("De to adgangskoder er ikke ens.");
    }
}
