package dk.sammen.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin's client asks its push library (Atmosphere) to log at "debug", so every message a page
 * receives is also written to the browser's console, which the browser keeps for its developer
 * tools. In a workshop a page receives several messages a second: measured with the workshop
 * benchmark, that logging was about a quarter of a watching page's script time per change.
 * Errors and warnings are still logged.
 */
@Component
class QuietPush implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().getPushConfiguration().setParameter("logLevel", "info"));
    }
}
