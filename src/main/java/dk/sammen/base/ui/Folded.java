package dk.sammen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import java.util.function.Supplier;

/**
 * A list that may grow long (people, missing items) behind a summary line, built only when it is
 * first opened. Every open page holds its components in server memory, and most long lists are
 * never opened. The caller decides whether it starts open.
 */
public final class Folded {

    private Folded() {
    }

    /** Closed; {@code content} is built on the first opening, also when the server opens it. */
    public static Details details(String summary, Supplier<Component> content) {
        Details details = new Details(summary);
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) details.add(content.get());
        });
        return details;
    }
}
