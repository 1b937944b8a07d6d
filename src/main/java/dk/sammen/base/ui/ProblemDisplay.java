package dk.sammen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.MessageKey;
import dk.sammen.base.Problem;
import java.util.Map;

/** Shows a service's refusal where the user is: at the field when there is one, else as a notice. */
public final class ProblemDisplay {

    private ProblemDisplay() {
    }

    /** The problem in the user's language; arguments given as {@link MessageKey}s are translated too, nothing else. */
    public static String message(Component context, Problem problem) {
        Object[] args = problem.args().stream()
                .map(a -> a instanceof MessageKey key ? context.getTranslation(key.key()) : a)
                .toArray();
        return context.getTranslation(problem.messageKey(), args);
    }

    /** Marks the named fields invalid with their messages; problems for unnamed fields become a notice. */
    public static void show(Component context, InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        StringBuilder elsewhere = new StringBuilder();
        for (Problem p : e.problems()) {
            HasValidation field = fields.get(p.field());
            if (field != null) {
                field.setErrorMessage(message(context, p));
                field.setInvalid(true);
            } else {
                if (!elsewhere.isEmpty()) elsewhere.append(' ');
                elsewhere.append(message(context, p));
            }
        }
        if (!elsewhere.isEmpty()) error(elsewhere.toString());
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.getElement().setAttribute("role", "alert");
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.getElement().setAttribute("role", "status");
    }
}
