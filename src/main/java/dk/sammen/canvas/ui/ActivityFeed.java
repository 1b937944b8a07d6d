package dk.sammen.canvas.ui;

import dk.sammen.canvas.CanvasKeys;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import dk.sammen.base.Formats;
import dk.sammen.base.ui.PageTimer;
import dk.sammen.canvas.ChangeEntry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The latest changes of the scoping, newest first, updated live. In a workshop many changes arrive
 * each second: the first after a quiet second is shown at once, the rest are gathered and shown
 * together a second later. That spares every open page (and its screen reader, which announces the
 * list politely) a redraw per change; the changed answers themselves still arrive one by one.
 */
final class ActivityFeed extends Div {

    static final int SHOWN = 12;
    static final Duration GATHER = Duration.ofSeconds(1);

    final UnorderedList entries = new UnorderedList();
    private final Locale locale;
    private final PageTimer timer;
    /** The list items shown, newest first (plain elements: a list item needs no component of its own). */
    private final Deque<Element> shown = new ArrayDeque<>();
    /** Changes gathered since the list was last drawn, newest first. */
    private final Deque<ChangeEntry> gathered = new ArrayDeque<>();
    private long drawnAt = Long.MIN_VALUE;
    private boolean drawingLater;

    ActivityFeed(List<ChangeEntry> recent, Locale locale, PageTimer timer) {
        this.locale = locale;
        this.timer = timer;
        addClassName("activity-feed");
        setId("activity-feed");
        H2 title = new H2(getTranslation("activity.title"));
        title.addClassName("small-heading");
        entries.getElement().setAttribute("aria-live", "polite");
        add(title, entries);
        show(recent);
    }

    /** A change just made; runs in the page's access. */
    void prepend(ChangeEntry change) {
        gathered.addFirst(change);
        if (gathered.size() > SHOWN) gathered.removeLast();
        if (drawingLater) return;
        long sinceDrawn = System.nanoTime() - drawnAt;
        if (drawnAt == Long.MIN_VALUE || sinceDrawn >= GATHER.toNanos()) {
            drawGathered();
            return;
        }
        drawingLater = true;
        getUI().ifPresentOrElse(ui -> timer.later(ui, GATHER.minusNanos(sinceDrawn), this::drawGathered), this::drawGathered);
    }

    private void drawGathered() {
        drawingLater = false;
        drawnAt = System.nanoTime();
        show(new ArrayList<>(gathered));
        gathered.clear();
    }

    /** Puts changes (newest first) at the top of the list and keeps the newest {@link #SHOWN}. */
    /** The latest changes as read anew (after this page missed some), replacing what was shown. */
    void showAll(List<ChangeEntry> newestFirst) {
        gathered.clear();
        show(newestFirst);
    }

    private void show(List<ChangeEntry> newestFirst) {
        for (ChangeEntry change : newestFirst.reversed()) {
            Element item = new Element("li").setText(change.changedBy() + " · " + Formats.dateTime(change.changedAt(), locale) + ": "
                    + describe(this, change));
            entries.getElement().insertChild(0, item);
            shown.addFirst(item);
        }
        while (shown.size() > SHOWN) entries.getElement().removeChild(shown.removeLast());
    }

    /** "Purpose – Shared purpose: changed", in the viewer's language. */
    static String describe(Component context, ChangeEntry c) {
        String section = context.getTranslation(CanvasKeys.sectionTitle(c.section()).key());
        if (c.action() == ChangeEntry.Action.FLAG) return section + " – " + context.getTranslation("activity.FLAG", c.after());
        String field = context.getTranslation(CanvasKeys.field(c.section(), c.fieldKey()).key());
        return section + " – " + field + ": " + context.getTranslation("activity." + c.action().name());
    }
}
