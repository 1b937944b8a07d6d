package dk.sammen.disagreement.ui;

import static dk.sammen.TestUsers.as;
import static dk.sammen.TestUsers.run;
import static dk.sammen.Windows.in;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.sammen.SammenTest;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.TableRef;
import dk.sammen.canvas.ui.CanvasView;
import dk.sammen.directory.DirectoryService;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.disagreement.Flag;
import dk.sammen.disagreement.FlagState;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/** The evaluator and one participant of each party work a disagreement through, each in their own window. */
@SammenTest
class FlagsOnCanvasTest {

    @Autowired ApplicationContext context;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;
    @Autowired CanvasService canvas;
    @Autowired DisagreementService disagreements;
    SecuredBrowserlessApplicationContext<Authentication> app;
    ScopingFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = ScopingFixture.create(scopings, directory, accounts, "Uenighed " + System.nanoTime());
        run("kamilla", () -> {
            canvas.addRow(fixture.id(), new TableRef("mandate", "ladder"), Map.of("level", "1", "decides", "Projektlederne", "days", "5"));
            canvas.addRow(fixture.id(), new TableRef("mandate", "ladder"), Map.of("level", "2", "decides", "Kontorcheferne", "days", "10"));
        });
        app = SpringBrowserlessApplicationContext.createSecured(context, CanvasView.class, DisagreementsView.class);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }


    private CanvasView open(BrowserlessUIContext window) {
        return window.navigate("scoping/" + fixture.id().value(), CanvasView.class);
    }

    @Test
    void flag_positions_escalation_and_resolution_are_seen_live_and_in_the_overview() {
        BrowserlessUIContext eva = app.newUser("eva", "USER").newWindow();
        BrowserlessUIContext kamilla = app.newUser("kamilla", "USER").newWindow();
        BrowserlessUIContext mette = app.newUser("mette", "USER").newWindow();
        open(eva);
        open(kamilla);
        open(mette);

        // The evaluator flags the purpose section.
        eva.activate();
        eva.test(eva.find(Button.class).id("raise-purpose")).click();
        eva.test(eva.find(TextField.class).id("flag-title")).setValue("Hvis mål står først?");
        eva.test(eva.find(TextArea.class).id("flag-description")).setValue("Parterne er uenige om rækkefølgen af målene.");
        eva.test(eva.find(Button.class).id("flag-submit")).click();
        Flag flag = as("eva", () -> disagreements.flags(fixture.id())).getFirst();

        // Both participants see it, with the banner that it blocks review.
        assertThat(in(kamilla, () -> kamilla.find(FlagCard.class).id("flag-" + flag.id()).getElement().getTextRecursively()))
                .contains("Hvis mål står først?").contains("Projektlederne");
        assertThat(in(mette, () -> mette.find(com.vaadin.flow.component.html.Div.class).id("flag-banner").isVisible())).isTrue();

        // Each states the position of their own party; each sees the other's.
        kamilla.activate();
        kamilla.test(kamilla.find(TextArea.class).id("position-" + flag.id() + "-" + fixture.analysis().value()))
                .setValue("Analyseteamets mål først");
        kamilla.test(kamilla.find(Button.class).id("save-position-" + flag.id() + "-" + fixture.analysis().value())).click();
        mette.activate();
        mette.test(mette.find(TextArea.class).id("position-" + flag.id() + "-" + fixture.cityDevelopment().value()))
                .setValue("Byens mål først");
        mette.test(mette.find(Button.class).id("save-position-" + flag.id() + "-" + fixture.cityDevelopment().value())).click();
        assertThat(in(kamilla, () -> kamilla.find(TextArea.class).id("position-" + flag.id() + "-" + fixture.cityDevelopment().value())
                .getValue())).isEqualTo("Byens mål først");
        assertThat(in(mette, () -> mette.find(TextArea.class).id("position-" + flag.id() + "-" + fixture.analysis().value())
                .getValue())).isEqualTo("Analyseteamets mål først");
        // A party's position is read-only for the other party.
        assertThat(in(mette, () -> mette.find(TextArea.class).id("position-" + flag.id() + "-" + fixture.analysis().value())
                .isReadOnly())).isTrue();

        // The evaluator escalates jointly and resolves.
        eva.activate();
        var session = eva.getUI().getSession();
        session.getService().runPendingAccessTasks(session);
        eva.test(eva.find(Button.class).id("escalate-" + flag.id())).click();
        eva.test(eva.find(Button.class).id("escalate-confirm")).click();
        assertThat(in(mette, () -> mette.find(FlagCard.class).id("flag-" + flag.id()).getElement().getTextRecursively()))
                .contains("Niveau 2").contains("Kontorcheferne");

        eva.activate();
        eva.test(eva.find(Button.class).id("resolve-" + flag.id())).click();
        eva.test(eva.find(TextArea.class).id("decision")).setValue("Det fælles formål først, derefter hver parts mål");
        eva.test(eva.find(Button.class).id("resolve-confirm")).click();
        assertThat(as("eva", () -> disagreements.flags(fixture.id())).getFirst().state())
                .isEqualTo(new FlagState.Resolved("Det fælles formål først, derefter hver parts mål", "Kontorcheferne", 2));
        assertThat(in(kamilla, () -> kamilla.find(com.vaadin.flow.component.html.Div.class).withId("flag-banner").exists()))
                .as("no banner once nothing blocks review").isFalse();

        // The evaluator's overview lists it.
        DisagreementsView overview = eva.navigate(DisagreementsView.class);
        assertThat(overview.flags.getListDataView().getItems().filter(f -> f.id() == flag.id()).findFirst().orElseThrow().state().key())
                .isEqualTo("RESOLVED");
        overview.state.setValue("OPEN");
        assertThat(overview.flags.getListDataView().getItems().noneMatch(f -> f.id() == flag.id())).isTrue();
    }

    @Test
    void the_evaluator_flags_one_row_of_a_table_even_though_they_cannot_edit_it() {
        var row = as("kamilla", () -> canvas.addRow(fixture.id(), new TableRef("risks", "risks"), Map.of("risk", "Travlhed")));
        BrowserlessUIContext eva = app.newUser("eva", "USER").newWindow();
        CanvasView view = open(eva);
        var grid = eva.find(com.vaadin.flow.component.grid.Grid.class).id("grid-risks-risks");
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) eva.test(grid).getCellComponent(0,
                grid.getColumns().size() - 1);
        assertThat(actions.getComponentCount()).as("only the flag, no editing for the evaluator").isEqualTo(1);
        eva.test((Button) actions.getComponentAt(0)).click();
        eva.test(eva.find(TextField.class).id("flag-title")).setValue("Er travlheden reel?");
        eva.test(eva.find(TextArea.class).id("flag-description")).setValue("Vejdrift mener, at foråret er roligt.");
        eva.test(eva.find(Button.class).id("flag-submit")).click();
        assertThat(as("eva", () -> disagreements.flags(fixture.id()))).singleElement()
                .satisfies(f -> assertThat(f.rowId()).isEqualTo(row.id()));
        assertThat(view).isNotNull();
    }
}
