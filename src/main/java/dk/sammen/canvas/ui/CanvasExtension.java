package dk.sammen.canvas.ui;

import com.vaadin.flow.component.Component;
import dk.sammen.live.ScopingEvent;
import dk.sammen.scoping.ScopingDetails;
import java.util.Optional;

/**
 * Lets a feature that builds on the canvas add to the canvas page (for example the disagreement
 * flags next to each section) without the canvas knowing that feature. Implementations are Spring
 * beans; the view asks each for a fresh add-on per open page.
 *
 * @see "docs/adr/0011-fan-out-and-canvas-extensions.md"
 */
public interface CanvasExtension {

    AddOn open(ScopingDetails scoping);

    /** One open canvas page's share of an extension. */
    interface AddOn {

        /** Shown at the top of the canvas, if anything. */
        Optional<Component> banner();

        /** Shown in the given section, if anything. */
        Optional<Component> section(String sectionKey);

        /** A small control for one table row (for example "flag this row"), if any. */
        default Optional<Component> rowAction(String sectionKey, long rowId) {
            return Optional.empty();
        }

        /** Called with each committed event of the scoping, inside the view's UI access and identity. */
        void onEvent(ScopingEvent event);
    }
}
