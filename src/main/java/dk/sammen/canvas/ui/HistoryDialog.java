package dk.sammen.canvas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import dk.sammen.base.Formats;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.StaleVersionException;
import dk.sammen.base.ui.ProblemDisplay;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.ChangeEntry;
import dk.sammen.scoping.ScopingId;
import java.util.Locale;
import java.util.Map;

/** A section's history: every change, who and when, before and after; any state can be restored. */
final class HistoryDialog extends Dialog {

    final Grid<ChangeEntry> changes = new Grid<>();
    private final CanvasService canvas;
    private final ScopingId scoping;
    private final String section;

    HistoryDialog(CanvasService canvas, ScopingId scoping, String section, String sectionTitle, boolean mayRestore, Locale locale) {
        this.canvas = canvas;
        this.scoping = scoping;
        this.section = section;
        setHeaderTitle(getTranslation("history.title", sectionTitle));
        setWidth("min(1100px, 95vw)");
        changes.setEmptyStateText(getTranslation("history.empty"));
        changes.addColumn(c -> Formats.dateTime(c.changedAt(), locale)).setHeader(getTranslation("history.when")).setAutoWidth(true);
        changes.addColumn(ChangeEntry::changedBy).setHeader(getTranslation("history.who")).setAutoWidth(true);
        changes.addColumn(c -> ActivityFeed.describe(this, c)).setHeader(getTranslation("history.what")).setFlexGrow(1);
        changes.addColumn(c -> shorten(c.before())).setHeader(getTranslation("history.before")).setFlexGrow(2);
        changes.addColumn(c -> shorten(c.after())).setHeader(getTranslation("history.after")).setFlexGrow(2);
        changes.addComponentColumn(c -> {
            Button show = new Button(getTranslation("history.show"), e -> showState(c));
            show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            if (!mayRestore || !c.restorable()) return show;
            Button restore = new Button(getTranslation("history.restore"), e -> restore(c));
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
            restore.setId("restore-" + c.id());
            return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(show, restore);
        }).setHeader(getTranslation("table.actions")).setAutoWidth(true);
        changes.setItems(canvas.sectionHistory(scoping, section));
        changes.setAriaLabel(getTranslation("history.title", sectionTitle));
        add(changes);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /** Brings back the state right after this change, as a new change of its own. */
    void restore(ChangeEntry change) {
        try {
            canvas.restore(scoping, change.id());
            ProblemDisplay.success(getTranslation("history.restored"));
            changes.setItems(canvas.sectionHistory(scoping, section));
        } catch (InvalidInputException problems) {
            ProblemDisplay.show(this, problems, Map.of());
        } catch (StaleVersionException conflict) {
            ProblemDisplay.error(getTranslation("conflict.rowChanged", conflict.changedBy()));
        }
    }

    private void showState(ChangeEntry change) {
        Dialog state = new Dialog();
        state.setHeaderTitle(getTranslation("history.stateAfter", Formats.dateTime(change.changedAt(), Locale.ROOT), change.changedBy()));
        state.add(new Pre(change.action() == ChangeEntry.Action.REMOVE_ROW ? change.before() : change.after()));
        state.getFooter().add(new Button(getTranslation("action.close"), e -> state.close()));
        state.open();
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }
}
