package dk.sammen.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import dk.sammen.base.AccessibilityStatement;
import dk.sammen.base.ui.StatementLink;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.sammen.security.AccountService;

/** "Glemt adgangskode": asks for an e-mail address and answers the same whether or not it has an account. */
@Route(value = "password/forgot", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends Main implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph sent = new Paragraph();

    ForgotPasswordView(AccountService accounts, AccessibilityStatement statement) {
        addClassName("login-view");
        email.setLabel(getTranslation("password.forgot.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setWidthFull();
        send.setText(getTranslation("password.forgot.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sent.setVisible(false);
        sent.getElement().setAttribute("role", "status");
        send.addClickListener(e -> {
            if (email.getValue().isBlank()) {
                email.setErrorMessage(getTranslation("validation.required"));
                email.setInvalid(true);
                return;
            }
            accounts.requestPasswordReset(email.getValue());
            sent.setText(getTranslation("password.forgot.sent"));
            sent.setVisible(true);
        });
        add(new H1(getTranslation("password.forgot.title")), new Paragraph(getTranslation("password.forgot.intro")), email, send, sent,
                new Paragraph(new Anchor("login", getTranslation("password.backToLogin"))), StatementLink.to(statement));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.forgot.title") + " – " + getTranslation("app.name");
    }
}
