package dk.sammen;

import com.vaadin.browserless.BrowserlessUIContext;
import java.util.function.Supplier;

/** Looking at one user's window in a multi-user browser-less test. */
public final class Windows {

    private Windows() {
    }

    /**
     * Switches to a window as its user would look at it: the changes pushed to it meanwhile
     * (queued with ui.access while the test thread held its session) are applied first.
     */
    public static <T> T in(BrowserlessUIContext window, Supplier<T> step) {
        window.activate();
        var session = window.getUI().getSession();
        session.getService().runPendingAccessTasks(session);
        window.roundTrip();
        return step.get();
    }
}
