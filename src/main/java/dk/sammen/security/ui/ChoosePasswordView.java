package dk.sammen.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import dk.sammen.base.AccessibilityStatement;
import dk.sammen.base.ui.StatementLink;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.ui.ProblemDisplay;
import dk.sammen.security.AccountService;
import dk.sammen.security.PasswordLink;
import dk.sammen.security.PasswordRules;
import java.util.Map;

/**
 * Where an invitation or reset link leads: the person chooses a password, once. An expired, used or
 * unknown link gets a page that says so and where to go, and changes nothing.
 */
@Route(value = "password/:kind/:token", autoLayout = false)
@AnonymousAllowed
public class ChoosePasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    final H1 title = new H1();
    final Div body = new Div();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    ChoosePasswordView(AccountService accounts, AccessibilityStatement statement) {
        this.accounts = accounts;
        addClassName("login-view");
        add(title, body, StatementLink.to(statement));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PasswordLink purpose;
        try {
            purpose = PasswordLink.fromPath(event.getRouteParameters().get("kind").orElse(""));
        } catch (IllegalArgumentException notALink) {
            show("password.link.title", "password.link.unknown");
            return;
        }
        String token = event.getRouteParameters().get("token").orElse("");
        switch (accounts.linkStatus(purpose, token)) {
            case PasswordLink.Status.Valid valid -> form(purpose, token, valid);
            case PasswordLink.Status.Expired expired -> show("password.link.title", "password.link.expired");
            case PasswordLink.Status.Used used -> show("password.link.title", "password.link.used");
            case PasswordLink.Status.Unknown unknown -> show("password.link.title", "password.link.unknown");
        }
    }

    private void show(String titleKey, String messageKey) {
        title.setText(getTranslation(titleKey));
        body.removeAll();
        Paragraph message = new Paragraph(getTranslation(messageKey));
        message.getElement().setAttribute("role", "alert");
        body.add(message, new Paragraph(new Anchor("password/forgot", getTranslation("password.forgot.title"))),
                new Paragraph(new Anchor("login", getTranslation("password.backToLogin"))));
    }

    private void form(PasswordLink purpose, String token, PasswordLink.Status.Valid who) {
        title.setText(getTranslation(purpose == PasswordLink.INVITATION ? "password.invitation.title" : "password.reset.title"));
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.rules", PasswordRules.MIN_LENGTH));
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setRequiredIndicatorVisible(true);
        repeat.setWidthFull();
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("validation.passwordsDiffer"));
                repeat.setInvalid(true);
                return;
            }
            repeat.setInvalid(false);
            try {
                String username = accounts.choosePassword(purpose, token, password.getValue());
                body.removeAll();
                Paragraph done = new Paragraph(getTranslation("password.chosen", username));
                done.getElement().setAttribute("role", "status");
                body.add(done, new Paragraph(new Anchor("login", getTranslation("login.submit"))));
            } catch (InvalidInputException problems) {
                if (problems.problems().stream().anyMatch(p -> p.field().equals("link"))) {
                    show("password.link.title", problems.problems().getFirst().messageKey());
                } else {
                    ProblemDisplay.show(this, problems, Map.of("password", password));
                }
            }
        });
        body.removeAll();
        body.add(new Paragraph(getTranslation("password.hello", who.displayName(), who.username())), password, repeat, save);
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " – " + getTranslation("app.name");
    }
}
