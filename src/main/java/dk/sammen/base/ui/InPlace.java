package dk.sammen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import java.util.List;

/**
 * Brings a container's children to a wanted list without touching those already in place. A
 * child that stays where it is is neither removed nor added again, so the browser keeps its
 * element as it is: focus, a caret, a half-typed text, an open panel, a click on its way.
 * (Removing and adding a component again, even the same one, replaces its element in the page.)
 */
public final class InPlace {

    private InPlace() {
    }

    /** The container's children from {@code from} on become {@code wanted}, in that order. */
    public static void children(HasComponents container, int from, List<? extends Component> wanted) {
        Component self = (Component) container;
        for (int i = 0; i < wanted.size(); i++) {
            Component child = wanted.get(i);
            int at = from + i;
            boolean inPlace = self.getElement().getChildCount() > at
                    && self.getElement().getChild(at).equals(child.getElement());
            if (!inPlace) container.addComponentAtIndex(at, child);
        }
        while (self.getElement().getChildCount() > from + wanted.size()) {
            self.getElement().removeChild(from + wanted.size());
        }
    }

    /** As {@link #children(HasComponents, int, List)} for all children. */
    public static void children(HasComponents container, List<? extends Component> wanted) {
        children(container, 0, wanted);
    }

    /** Sets a text only when it differs: an unchanged text sends nothing to the browser. */
    public static void text(com.vaadin.flow.component.HasText component, String text) {
        if (!text.equals(component.getText())) component.setText(text);
    }
}
