package dk.sammen.canvas.ui;

import com.vaadin.flow.component.Component;
import dk.sammen.live.PageEvents;
import dk.sammen.scoping.ScopingDetails;
import java.util.Optional;

/**
 * Lets a feature that builds on the canvas add to the canvas page (for example the disagreement
 * flags next to each section) without the canvas knowing that feature. Implementations are Spring
 * beans; the view asks each for a fresh add-on per open page.
 *
 * @see "docs/adr/0011-fan-out-and-canvas-extensions.md"
 * @see "docs/adr/0015-canvas-page-in-place.md"
 */
public interface CanvasExtension {

    AddOn open(ScopingDetails scoping);

    /**
     * One open canvas page's share of an extension. It owns what it shows and updates it in
     * place: a part the user is working in (a chosen answer, a typed note, an open list) is never
     * replaced by a change that arrives.
     */
    interface AddOn {

        /** Shown at the top of the canvas, if anything. */
        Optional<Component> banner();

        /** Shown in the given section, if anything. */
        Optional<Component> section(String sectionKey);

        /** The section element itself, once, for an add-on that marks a section rather than adding to it. */
        default void sectionShown(String sectionKey, Component section) {
        }

        /** A small control for one table row (for example "flag this row"), if any. */
        default Optional<Component> rowAction(String sectionKey, long rowId) {
            return Optional.empty();
        }

        /**
         * Registers for the event types this add-on handles; the page hands each committed event
         * of those types over inside its UI access and identity.
         */
        void listen(PageEvents events);
    }
}
