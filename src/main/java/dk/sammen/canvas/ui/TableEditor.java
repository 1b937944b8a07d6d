package dk.sammen.canvas.ui;

import dk.sammen.canvas.CanvasKeys;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.StaleVersionException;
import dk.sammen.base.ui.ProblemDisplay;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.CanvasTemplate.Column;
import dk.sammen.canvas.CanvasTemplate.Field;
import dk.sammen.canvas.StoredRow;
import dk.sammen.canvas.TableRef;
import dk.sammen.scoping.Party;
import dk.sammen.scoping.ScopingId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A canvas table: rows shown in order, added and edited in a form, removed and moved up or down. */
final class TableEditor extends Div {

    @Nullable Grid<StoredRow> grid;
    private final String label;
    final Button add = new Button();
    private final CanvasService canvas;
    private final ScopingId scoping;
    private final TableRef table;
    private final Field field;
    private List<Party> parties;
    private final Runnable changed;
    private final Paragraph empty = new Paragraph();

    private boolean editable;
    private final java.util.function.BiFunction<String, Long, List<com.vaadin.flow.component.Component>> rowExtras;

    TableEditor(CanvasService canvas, ScopingId scoping, String section, Field field, List<StoredRow> rows, List<Party> parties,
                boolean editable, Runnable changed,
                java.util.function.BiFunction<String, Long, List<com.vaadin.flow.component.Component>> rowExtras) {
        this.editable = editable;
        this.rowExtras = rowExtras;
        this.canvas = canvas;
        this.scoping = scoping;
        this.table = new TableRef(section, field.key());
        this.field = field;
        this.parties = parties;
        this.changed = changed;
        addClassName("canvas-table");
        setId("table-" + section + "-" + field.key());
        String label = getTranslation(labelKey(null));
        H3 heading = new H3(label + (field.minRows() > 0 ? " *" : ""));
        this.label = label;
        empty.setText(getTranslation("table.empty"));
        add.setText(getTranslation("table.add", label));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> openForm(null));
        add.setVisible(editable);
        add(heading, empty, add);
        showRows(rows);
    }

    /**
     * The scoping's parties or the user's role changed: party names in the cells are shown anew,
     * and the row actions follow the role. A row form already open keeps what is typed in it.
     */
    void scopingChanged(List<Party> now, boolean mayEdit) {
        boolean partiesChanged = !now.equals(parties);
        boolean roleChanged = mayEdit != editable;
        if (!partiesChanged && !roleChanged) return;
        parties = List.copyOf(now);
        editable = mayEdit;
        add.setVisible(mayEdit);
        if (grid == null) return;
        if (roleChanged) {
            // The actions column comes or goes with the role: the grid is made again (a table, nothing typed in it).
            var rows = grid.getListDataView().getItems().toList();
            Grid<StoredRow> replaced = createGrid();
            replace(grid, replaced);
            grid = replaced;
            grid.setItems(rows);
        } else {
            grid.getDataProvider().refreshAll();
        }
    }

    /** Shows the rows as they are now, from this user's own change or someone else's. */
    void showRows(List<StoredRow> rows) {
        if (grid == null && !rows.isEmpty()) {
            grid = createGrid();
            addComponentAtIndex(1, grid);
        }
        if (grid != null) grid.setItems(rows);
        empty.setVisible(rows.isEmpty());
    }

    /**
     * The grid is made with the table's first row: an empty table shows a sentence instead, since
     * every open page keeps its grids in server memory (measured in bench/fanout.sh).
     */
    private Grid<StoredRow> createGrid() {
        Grid<StoredRow> created = new Grid<>();
        for (Column column : field.columns()) {
            created.addColumn(r -> AnswerField.display(this, column.type(), r.cell(column.key()), parties))
                    .setHeader(getTranslation(labelKey(column)) + (column.required() ? " *" : ""))
                    .setAutoWidth(true).setFlexGrow(1);
        }
        if (editable || !rowExtras.apply(table.section(), -1L).isEmpty()) {
            created.addComponentColumn(this::actions).setHeader(getTranslation("table.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        created.setAllRowsVisible(true);
        created.setId("grid-" + table.section() + "-" + field.key());
        created.setAriaLabel(label);
        return created;
    }

    /** The row as stored now, as the user sees rows: "Leverance: Rapport · Frist: 01-03-2027". */
    private String describeStored(@Nullable StoredRow row) {
        if (row == null) return "";
        return canvas.content(scoping).rows(table).stream().filter(r -> r.id() == row.id()).findFirst()
                .map(now -> field.columns().stream()
                        .map(column -> getTranslation(labelKey(column)) + ": " + AnswerField.display(this, column.type(), now.cell(column.key()), parties))
                        .collect(java.util.stream.Collectors.joining(" · ")))
                .orElse("");
    }

    private String labelKey(@Nullable Column column) {
        return (column == null ? CanvasKeys.table(table) : CanvasKeys.column(table.section(), table.table(), column.key())).key();
    }

    private HorizontalLayout actions(StoredRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        rowExtras.apply(table.section(), row.id()).forEach(actions::add);
        if (!editable) return actions;
        var rows = java.util.Objects.requireNonNull(grid).getListDataView(); // actions are only rendered in the grid
        int index = rows.getItems().toList().indexOf(row);
        Button edit = iconButton(VaadinIcon.EDIT, "table.edit", e -> openForm(row));
        Button up = iconButton(VaadinIcon.ARROW_UP, "table.up", e -> move(row, -1));
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "table.down", e -> move(row, 1));
        up.setEnabled(index > 0);
        down.setEnabled(index < rows.getItemCount() - 1);
        Button remove = iconButton(VaadinIcon.TRASH, "table.remove", e -> remove(row));
        actions.addComponentAsFirst(edit);
        actions.add(up, down, remove);
        return actions;
    }

    private Button iconButton(VaadinIcon icon, String key,
                              com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button b = new Button(icon.create(), click);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        b.setAriaLabel(getTranslation(key));
        b.setTooltipText(getTranslation(key));
        return b;
    }

    private void move(StoredRow row, int steps) {
        canvas.moveRow(scoping, row.id(), steps);
        changed.run();
    }

    private void remove(StoredRow row) {
        try {
            canvas.removeRow(scoping, row.id(), row.version());
        } catch (StaleVersionException conflict) {
            ProblemDisplay.error(getTranslation("conflict.rowChanged", conflict.changedBy()));
        }
        changed.run();
    }

    /** The form for a new row (row == null) or an existing one. */
    void openForm(@Nullable StoredRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(row == null ? "table.addTitle" : "table.editTitle", getTranslation(labelKey(null))));
        Map<String, AnswerField> inputs = new LinkedHashMap<>();
        FormLayout form = new FormLayout();
        for (Column column : field.columns()) {
            AnswerField input = AnswerField.create(this, column.type(), getTranslation(labelKey(column)), column.maxLength(),
                    column.options(), parties);
            input.setRequired(column.required());
            input.component().setId("row-" + column.key());
            if (row != null) input.show(row.cell(column.key()));
            inputs.put(column.key(), input);
            form.add(input.component());
        }
        dialog.add(form);
        long[] version = {row == null ? 0 : row.version()};
        Button save = new Button(getTranslation("action.save"), e -> {
            Map<String, String> cells = new LinkedHashMap<>();
            for (var entry : inputs.entrySet()) {
                var value = entry.getValue().storedForm();
                if (value.isEmpty()) {
                    entry.getValue().validation().setErrorMessage(getTranslation("validation.unreadable"));
                    entry.getValue().validation().setInvalid(true);
                    return;
                }
                cells.put(entry.getKey(), value.get());
            }
            try {
                if (row == null) canvas.addRow(scoping, table, cells);
                else canvas.updateRow(scoping, row.id(), cells, version[0]);
                dialog.close();
                changed.run();
            } catch (InvalidInputException problems) {
                Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();
                inputs.forEach((k, v) -> fields.put(k, v.validation()));
                ProblemDisplay.show(this, problems, fields);
            } catch (StaleVersionException conflict) {
                // Keep what the user typed; the next save is a deliberate choice to replace the newer row.
                version[0] = conflict.currentVersion();
                ProblemDisplay.error(getTranslation("conflict.rowChangedKeep", conflict.changedBy(), describeStored(row)));
            }
        });
        save.setId("row-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
