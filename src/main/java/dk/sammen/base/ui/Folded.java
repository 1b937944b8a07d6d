package dk.sammen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import java.util.function.Supplier;

/**
 * A list that may grow long (people, missing items) behind a summary line: open and filled at
 * once while it is short; folded, and only built when first opened, once it is long. Every open
 * page holds its components in server memory, and most long lists are never opened.
 */
public final class Folded {

    private Folded() {
    }

    public static Details details(String summary, int size, int unfoldedUpTo, Supplier<Component> content) {
        Details details = new Details(summary);
        Runnable fill = () -> {
            if (details.getContent().findAny().isEmpty()) details.add(content.get());
        };
        details.addOpenedChangeListener(e -> {
            if (e.isOpened()) fill.run();
        });
        if (size <= unfoldedUpTo) {
            details.setOpened(true);
            fill.run();
        }
        return details;
    }
}
