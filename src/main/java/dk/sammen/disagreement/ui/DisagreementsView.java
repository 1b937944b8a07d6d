package dk.sammen.disagreement.ui;

import dk.sammen.scoping.ScopingPlace;
import dk.sammen.canvas.CanvasKeys;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.sammen.base.Formats;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.disagreement.Flag;
import dk.sammen.scoping.ScopingId;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The disagreements that concern the signed-in person (all of them where they evaluate or facilitate): overdue first, filters by state and scoping. */
@Route("evaluator")
@Menu(title = "nav.overview", order = 2)
@PermitAll
public class DisagreementsView extends Main implements HasDynamicTitle {

    static final String ALL = "";
    final Grid<Flag> flags = new Grid<>();
    final Select<String> state = new Select<>();
    final Select<String> scoping = new Select<>();
    final Paragraph empty = new Paragraph();
    private final DisagreementService disagreements;

    DisagreementsView(DisagreementService disagreements) {
        this.disagreements = disagreements;
        addClassName("page");
        var locale = UI.getCurrent().getLocale();
        LocalDate today = disagreements.today();
        List<Flag> everything = disagreements.overview(null, null);

        state.setLabel(getTranslation("overview.state"));
        state.setItems(ALL, "OPEN", "ESCALATED", "RESOLVED", "ACCEPTED");
        state.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("overview.all") : getTranslation("flag.state." + s));
        state.setValue(ALL);
        Map<Long, String> titles = everything.stream().collect(Collectors.toMap(f -> f.scoping().value(), Flag::scopingTitle, (a, b) -> a));
        List<String> scopingItems = new ArrayList<>();
        scopingItems.add(ALL);
        titles.keySet().stream().sorted().forEach(id -> scopingItems.add(String.valueOf(id)));
        scoping.setLabel(getTranslation("overview.scoping"));
        scoping.setItems(scopingItems);
        scoping.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("overview.all") : titles.get(Long.parseLong(s)));
        scoping.setValue(ALL);
        state.addValueChangeListener(e -> load());
        scoping.addValueChangeListener(e -> load());

        flags.addColumn(Flag::scopingTitle).setHeader(getTranslation("overview.scoping")).setAutoWidth(true);
        flags.addColumn(f -> getTranslation(CanvasKeys.sectionTitle(f.section()).key())).setHeader(getTranslation("overview.section"));
        flags.addColumn(Flag::title).setHeader(getTranslation("flag.title")).setFlexGrow(2);
        flags.addColumn(f -> getTranslation("flag.state." + f.state().key()) + (f.overdue(today) ? " · " + getTranslation("flag.overdue") : ""))
                .setHeader(getTranslation("overview.state")).setAutoWidth(true);
        flags.addColumn(Flag::level).setHeader(getTranslation("overview.level")).setAutoWidth(true);
        flags.addColumn(f -> Duration.between(f.raisedAt(), java.time.Instant.now()).toDays()).setHeader(getTranslation("overview.age"))
                .setAutoWidth(true);
        flags.addColumn(f -> f.deadline() == null ? "" : Formats.date(f.deadline(), locale)).setHeader(getTranslation("overview.deadline"))
                .setAutoWidth(true);
        flags.setAllRowsVisible(true);
        flags.setAriaLabel(getTranslation("overview.title"));
        flags.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(f ->
                UI.getCurrent().navigate(new ScopingPlace.Flags(f.scoping(), f.section()).path())));
        empty.setText(getTranslation("overview.empty"));
        Div filters = new Div(state, scoping);
        filters.addClassName("inline-form");
        add(new H1(getTranslation("overview.title")), filters, empty, flags);
        load();
    }

    void load() {
        List<Flag> shown = disagreements.overview(state.getValue().isEmpty() ? null : state.getValue(),
                scoping.getValue().isEmpty() ? null : new ScopingId(Long.parseLong(scoping.getValue())));
        flags.setItems(shown);
        empty.setVisible(shown.isEmpty());
        flags.setVisible(!shown.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " – " + getTranslation("app.name");
    }
}
