package dk.sammen.canvas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import dk.sammen.base.Formats;
import dk.sammen.canvas.ChangeEntry;
import java.util.List;
import java.util.Locale;

/** The latest changes of the scoping, newest first, updated live. */
final class ActivityFeed extends Div {

    static final int SHOWN = 12;
    final UnorderedList entries = new UnorderedList();
    private final Locale locale;

    ActivityFeed(List<ChangeEntry> recent, Locale locale) {
        this.locale = locale;
        addClassName("activity-feed");
        setId("activity-feed");
        H2 title = new H2(getTranslation("activity.title"));
        title.addClassName("small-heading");
        entries.getElement().setAttribute("aria-live", "polite");
        add(title, entries);
        recent.forEach(c -> entries.add(item(c)));
    }

    void prepend(ChangeEntry change) {
        entries.addComponentAsFirst(item(change));
        while (entries.getComponentCount() > SHOWN) {
            entries.remove(entries.getComponentAt(entries.getComponentCount() - 1));
        }
    }

    private ListItem item(ChangeEntry c) {
        return new ListItem(c.changedBy() + " · " + Formats.dateTime(c.changedAt(), locale) + ": " + describe(this, c));
    }

    /** "Purpose – Shared purpose: changed", in the viewer's language. */
    static String describe(Component context, ChangeEntry c) {
        String section = context.getTranslation("canvas." + c.section() + ".title");
        if (c.action() == ChangeEntry.Action.FLAG) return section + " – " + context.getTranslation("activity.FLAG", c.after());
        String field = context.getTranslation("canvas." + c.section() + "." + c.fieldKey());
        return section + " – " + field + ": " + context.getTranslation("activity." + c.action().name());
    }
}
