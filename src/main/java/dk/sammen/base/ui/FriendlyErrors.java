package dk.sammen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * What a user sees when an action fails for a reason that is not their input: a short message
 * in their language where they are, never a stack trace. The page and what they typed stay as
 * they were; the cause goes to the log.
 */
@org.springframework.stereotype.Component
public class FriendlyErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new Handler()));
    }

    /** True when the database (or the connection to it) failed, not the request: worth trying again soon. */
    public static boolean databaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessException || t instanceof TransactionException || t instanceof java.sql.SQLTransientException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static final class Handler implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            Throwable failure = event.getThrowable();
            boolean database = databaseUnavailable(failure);
            if (database) {
                log.warn("An action failed because the database did not answer: {}", failure.toString());
            } else {
                log.error("An action failed", failure);
            }
            UI ui = UI.getCurrent();
            if (ui == null) return;
            Notification note = new Notification(ui.getTranslation(database ? "error.database" : "error.unexpected"), 8000,
                    Notification.Position.TOP_CENTER);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            note.getElement().setAttribute("role", "alert");
            note.open();
        }
    }
}
