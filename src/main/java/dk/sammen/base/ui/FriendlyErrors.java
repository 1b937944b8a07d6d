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
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

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

    /**
     * True when the database (or the connection to it) did not answer, not when it refused the
     * request: only then is trying the same save again soon worth it. A refusal such as a broken
     * constraint is a fault to report, not to retry.
     */
    public static boolean databaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // Beginning, committing or rolling back against a connection that is gone: when the database stops, the
            // failed rollback is what reaches us (Spring and Hibernate put it in place of the original failure).
            if (t instanceof org.springframework.transaction.TransactionException || t instanceof org.hibernate.TransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // SQL state class 08: connection exception; 57P: the server is shutting down or restarting (PostgreSQL).
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
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
