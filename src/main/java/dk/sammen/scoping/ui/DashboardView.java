package dk.sammen.scoping.ui;

import dk.sammen.scoping.ScopingPlace;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.sammen.base.Formats;
import dk.sammen.directory.DirectoryService;
import dk.sammen.scoping.ScopingService;
import dk.sammen.scoping.ScopingSummary;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** The scopings the signed-in user takes part in, and the way to start a new one. */
@Route("")
@com.vaadin.flow.router.Menu(title = "nav.dashboard", order = 1)
@PermitAll
public class DashboardView extends Main implements HasDynamicTitle {

    final Grid<ScopingSummary> scopings = new Grid<>();
    final Button newScoping = new Button();
    final Paragraph empty = new Paragraph();
    private ScopingSummary focused;
    private final ScopingService service;
    private final DirectoryService directory;

    DashboardView(ScopingService service, DirectoryService directory, java.util.List<DashboardExtension> extensions) {
        this.service = service;
        this.directory = directory;
        addClassName("page");
        newScoping.setText(getTranslation("dashboard.new"));
        newScoping.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newScoping.addClickListener(e -> new NewScopingDialog(service, directory).open());

        // The title is a real link: a middle click or "open in new tab" works, and so does a screen reader's links list.
        scopings.addComponentColumn(s -> new Anchor(new ScopingPlace.Canvas(s.id()).path(), s.title()))
                .setHeader(getTranslation("dashboard.column.title")).setFlexGrow(3);
        scopings.addColumn(s -> getTranslation(s.stage().messageKey())).setHeader(getTranslation("dashboard.column.stage"));
        scopings.addColumn(s -> String.join(", ", s.partyNames())).setHeader(getTranslation("dashboard.column.parties")).setFlexGrow(2);
        scopings.addColumn(s -> s.myRoles().stream().map(r -> getTranslation(r.messageKey())).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("dashboard.column.myRoles"));
        scopings.addColumn(s -> Formats.dateTime(s.changedAt(), getLocale()) + " · " + s.changedBy())
                .setHeader(getTranslation("dashboard.column.changed")).setFlexGrow(2);
        scopings.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        scopings.setAllRowsVisible(true);
        scopings.setAriaLabel(getTranslation("dashboard.title"));
        // Selecting a row (click, or Space on the focused row) opens the scoping, and so does Enter.
        scopings.addSelectionListener(e -> {
            if (e.isFromClient()) e.getFirstSelectedItem().ifPresent(this::open);
        });
        scopings.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        scopings.getElement().addEventListener("keydown", e -> {
            if (focused != null) open(focused);
        }).setFilter("event.key === 'Enter'");

        var items = service.myScopings();
        scopings.setItems(items);
        empty.setText(getTranslation("dashboard.empty"));
        empty.setVisible(items.isEmpty());
        scopings.setVisible(!items.isEmpty());
        newScoping.setVisible(service.mayStartScoping());
        Div header = new Div(new H1(getTranslation("dashboard.title")), newScoping);
        header.addClassName("page-header");
        add(header);
        firstStart().ifPresent(this::add);
        extensions.forEach(extension -> extension.aboveScopings().ifPresent(this::add));
        add(empty, scopings);
    }

    /** A new installation: the administrator is shown the three steps before the first scoping. */
    private java.util.Optional<Section> firstStart() {
        if (!directory.isFirstStart()) return java.util.Optional.empty();
        Section start = new Section(new H2(getTranslation("start.title")), new Paragraph(getTranslation("start.intro")));
        start.addClassName("first-start");
        OrderedList steps = new OrderedList(
                new ListItem(new Anchor("admin", getTranslation("start.departments"))),
                new ListItem(new Anchor("admin", getTranslation("start.people"))),
                new ListItem(new Span(getTranslation("start.scoping"))));
        start.add(steps);
        return java.util.Optional.of(start);
    }

    private void open(ScopingSummary scoping) {
        getUI().ifPresent(ui -> ui.navigate(new ScopingPlace.Canvas(scoping.id()).path()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " – " + getTranslation("app.name");
    }
}
