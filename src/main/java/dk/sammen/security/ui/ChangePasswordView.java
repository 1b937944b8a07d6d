package dk.sammen.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.ui.ProblemDisplay;
import dk.sammen.security.AccountService;
import dk.sammen.security.PasswordRules;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** Everyone changes their own password here, giving the current one. */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends Main implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField chosen = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    ChangePasswordView(AccountService accounts) {
        addClassName("page");
        current.setLabel(getTranslation("password.current"));
        chosen.setLabel(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("password.rules", PasswordRules.MIN_LENGTH));
        repeat.setLabel(getTranslation("password.repeat"));
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!chosen.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("validation.passwordsDiffer"));
                repeat.setInvalid(true);
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), chosen.getValue());
                current.clear();
                chosen.clear();
                repeat.clear();
                Map.of("current", current, "password", chosen, "repeat", repeat).values().forEach(f -> f.setInvalid(false));
                ProblemDisplay.success(getTranslation("password.changed"));
            } catch (InvalidInputException problems) {
                ProblemDisplay.show(this, problems, Map.of("current", current, "password", chosen));
            }
        });
        add(new H1(getTranslation("password.change.title")), current, chosen, repeat, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.change.title") + " – " + getTranslation("app.name");
    }
}
