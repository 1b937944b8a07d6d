package dk.sammen.scoping.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Lets a feature that builds on scopings show something on the dashboard above the list (for
 * example what waits for the person) without the dashboard knowing that feature. Spring beans;
 * each open dashboard asks for a fresh component.
 */
public interface DashboardExtension {

    Optional<Component> aboveScopings();
}
