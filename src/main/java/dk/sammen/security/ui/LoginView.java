package dk.sammen.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import dk.sammen.base.AccessibilityStatement;
import dk.sammen.base.ui.StatementLink;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.sammen.security.CurrentUser;
import dk.sammen.security.LoginThrottledException;
import dk.sammen.security.internal.SingleSignOnProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authenticationContext;
    private final CurrentUser currentUser;
    final LoginForm login = new LoginForm();
    final Paragraph ssoProblem = new Paragraph();

    LoginView(AuthenticationContext authenticationContext, CurrentUser currentUser, SingleSignOnProperties sso,
              AccessibilityStatement statement) {
        this.authenticationContext = authenticationContext;
        this.currentUser = currentUser;
        login.setAction("login");
        login.setI18n(i18n(null));
        // "Glemt adgangskode" opens the page that sends a reset link.
        login.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        addClassName("login-view");
        H1 name = new H1(getTranslation("app.name"));
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        ssoProblem.addClassName("error");
        ssoProblem.setVisible(false);
        ssoProblem.getElement().setAttribute("role", "alert");
        add(name, tagline, ssoProblem);
        if (sso.enabled()) {
            // A plain link: the provider's sign-in is a full page redirect, not a view.
            Anchor single = new Anchor("oauth2/authorization/sso", getTranslation("login.sso"));
            single.setRouterIgnore(true);
            single.setTarget(AnchorTarget.SELF);
            single.addClassName("sso-button");
            single.setId("sso-sign-in");
            add(new Div(single));
        }
        if (!sso.enabled() || sso.localPasswords()) add(login);
        add(StatementLink.to(statement));
    }

    private LoginI18n i18n(@Nullable String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(errorMessage == null ? getTranslation("login.error.message") : errorMessage);
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            // Still signed in, but deactivated meanwhile: the session ends here.
            if (currentUser.get().isEmpty()) {
                authenticationContext.logout();
                return;
            }
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            Object last = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (last instanceof LoginThrottledException throttled) {
                login.setI18n(i18n(getTranslation("login.error.throttled", throttled.waitTime().toSeconds())));
            }
            login.setError(true);
        }
        if (parameters.containsKey("sso")) {
            String reason = parameters.get("sso").getFirst();
            String key = switch (reason) {
                case "unknown_department" -> "login.sso.unknownDepartment";
                case "deactivated" -> "login.sso.deactivated";
                default -> "login.sso.failed";
            };
            ssoProblem.setText(getTranslation(key));
            ssoProblem.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
