package dk.sammen.canvas.ui;

import static dk.sammen.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.sammen.SammenTest;
import dk.sammen.base.ui.NotFoundView;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.TableRef;
import dk.sammen.directory.DirectoryService;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.scoping.ScopingService;
import dk.sammen.scoping.ui.PartiesPanel;
import dk.sammen.security.AccountService;
import dk.sammen.security.UserId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@SammenTest
class CanvasViewTest extends SpringBrowserlessTest {

    @Autowired CanvasService canvas;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;
    ScopingFixture fixture;

    @BeforeEach
    void newScoping() {
        fixture = ScopingFixture.create(scopings, directory, accounts, "View " + System.nanoTime());
    }

    private CanvasView open() {
        return navigate("scoping/" + fixture.id().value(), CanvasView.class);
    }

    @Test
    @WithUserDetails("kamilla")
    void every_section_of_the_template_is_on_the_page() {
        CanvasView view = open();
        for (var section : canvas.template().sections()) {
            assertThat(view.getElement().toString()).contains("section-" + section.key());
        }
        for (String table : List.of("background/baseline", "deliverables/deliverables", "data/datasets", "mandate/ladder",
                "risks/risks", "exit/reviews")) {
            assertThat(view.tableForTests(TableRef.parse(table)).isVisible()).isTrue();
        }
        // Per-party answers: one input per party.
        assertThat(view.editorForTests(FieldRef.forParty("purpose", "ownGoals", fixture.analysis())).component().isVisible()).isTrue();
        assertThat(view.editorForTests(FieldRef.forParty("purpose", "ownGoals", fixture.cityDevelopment())).component().isVisible())
                .isTrue();
    }

    @Test
    @WithUserDetails("kamilla")
    void a_party_with_many_people_lists_them_folded_until_opened() {
        int many = PartiesPanel.UNFOLDED_PEOPLE;
        long run = System.nanoTime() % 1_000_000;
        List<UserId> people = as("admin", () -> IntStream.range(0, many)
                .mapToObj(i -> accounts.createAccount(new AccountService.NewAccount(String.format(Locale.ROOT, "many-%d-%02d", run, i),
                        "Mange Person " + i, "many-password-2026", false, Locale.of("da")))).toList());
        as("nanna", () -> people.stream().map(u -> scopings.invite(fixture.id(), u, ScopingRole.PARTICIPANT, fixture.analysis())).toList());
        CanvasView view = open();
        // Kamilla, Lars and the many: one more than is listed unfolded.
        Details folded = $(Details.class).all().stream()
                .filter(d -> d.getSummaryText().startsWith((many + 2) + " personer")).findFirst().orElseThrow();
        assertThat(folded.isOpened()).isFalse();
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Mange Person 0");
        folded.setOpened(true);
        assertThat(folded.getElement().getTextRecursively()).contains("Mange Person 0").contains("Kamilla Damgaard");
    }

    @Test
    @WithUserDetails("kamilla")
    void text_typed_into_a_section_is_saved() {
        CanvasView view = open();
        TextArea problem = (TextArea) view.editorForTests(FieldRef.joint("background", "problem")).component();
        test(problem).setValue("Cyklister ignorerer skiltene.");
        assertThat(problem.isInvalid()).isFalse();
        assertThat(as("kamilla", () -> canvas.content(fixture.id())).text(FieldRef.joint("background", "problem")))
                .isEqualTo("Cyklister ignorerer skiltene.");
    }

    @Test
    @WithUserDetails("kamilla")
    void the_writers_own_field_shows_the_stored_form_as_everyone_elses_does() {
        CanvasView view = open();
        TextArea problem = (TextArea) view.editorForTests(FieldRef.joint("background", "problem")).component();
        test(problem).setValue("  Cyklister ignorerer skiltene.  ");
        assertThat(as("kamilla", () -> canvas.content(fixture.id())).text(FieldRef.joint("background", "problem")))
                .isEqualTo("Cyklister ignorerer skiltene.");
        assertThat(problem.getValue()).isEqualTo("Cyklister ignorerer skiltene.");
    }

    @Test
    @WithUserDetails("kamilla")
    void a_row_is_added_to_a_table_through_its_form() {
        CanvasView view = open();
        TableEditor risks = view.tableForTests(new TableRef("risks", "risks"));
        test(risks.add).click();
        TextField risk = find(TextField.class).id("row-risk");
        test(risk).setValue("Travlhed i foråret");
        test(find(Button.class).id("row-save")).click();

        assertThat(as("kamilla", () -> canvas.content(fixture.id())).rows(new TableRef("risks", "risks")))
                .extracting(r -> r.cell("risk")).containsExactly("Travlhed i foråret");
        TableEditor refreshed = ((CanvasView) getCurrentView()).tableForTests(new TableRef("risks", "risks"));
        assertThat(test(refreshed.grid).getCellText(0, 0)).isEqualTo("Travlhed i foråret");
    }

    @Test
    @WithUserDetails("kamilla")
    void a_row_someone_changed_meanwhile_is_shown_as_the_row_not_as_stored_data() {
        TableRef risks = new TableRef("risks", "risks");
        var row = as("kamilla", () -> canvas.addRow(fixture.id(), risks, Map.of("risk", "Travlhed")));
        CanvasView view = open();
        view.tableForTests(new TableRef("risks", "risks")).openForm(row);
        as("mette", () -> canvas.updateRow(fixture.id(), row.id(), Map.of("risk", "Travlhed i foråret og sommeren"), row.version()));
        test(find(TextField.class).id("row-risk")).setValue("Travlhed i foråret");
        test(find(Button.class).id("row-save")).click();

        String shown = find(Notification.class).all().stream().map(n -> test(n).getText()).reduce("", String::concat);
        assertThat(shown).contains("har ændret rækken imens").contains("Travlhed i foråret og sommeren").doesNotContain("{").doesNotContain("=");
        // What the user typed is still in the form, and nothing was saved over the newer row.
        assertThat(find(TextField.class).id("row-risk").getValue()).isEqualTo("Travlhed i foråret");
        assertThat(as("kamilla", () -> canvas.content(fixture.id())).rows(risks)).extracting(r -> r.cell("risk"))
                .containsExactly("Travlhed i foråret og sommeren");
    }

    @Test
    @WithUserDetails("kamilla")
    void a_row_missing_required_cells_shows_the_message_in_the_form_and_saves_nothing() {
        CanvasView view = open();
        test(view.tableForTests(new TableRef("deliverables", "deliverables")).add).click();
        test(find(TextField.class).id("row-deliverable")).setValue("Rapport");
        test(find(Button.class).id("row-save")).click();
        assertThat(find(TextField.class).id("row-deliverable").getValue()).isEqualTo("Rapport");
        assertThat(find(TextArea.class).id("row-acceptance").isInvalid()).isTrue();
        assertThat(find(TextArea.class).id("row-acceptance").getErrorMessage()).isEqualTo("Skal udfyldes.");
        assertThat(as("kamilla", () -> canvas.content(fixture.id())).rows(new TableRef("deliverables", "deliverables"))).isEmpty();
    }

    @Test
    @WithUserDetails("kamilla")
    void a_negative_number_of_hours_gets_a_message_at_the_field_and_keeps_what_was_typed() {
        CanvasView view = open();
        TextField hours = (TextField) view.editorForTests(FieldRef.forParty("resources", "hours", fixture.analysis())).component();
        test(hours).setValue("-5");
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("Skal være 0 eller mere.");
        assertThat(hours.getValue()).isEqualTo("-5");
        assertThat(as("kamilla", () -> canvas.content(fixture.id())).value(FieldRef.forParty("resources", "hours", fixture.analysis())))
                .isEmpty();

        test(hours).setValue("1.234,5"); // Danish number format
        assertThat(hours.isInvalid()).isFalse();
        assertThat(as("kamilla", () -> canvas.content(fixture.id())).text(FieldRef.forParty("resources", "hours", fixture.analysis())))
                .isEqualTo("1234.5");
    }

    @Test
    @WithUserDetails("mette")
    void another_partys_answers_are_read_only() {
        CanvasView view = open();
        assertThat(view.editorForTests(FieldRef.forParty("purpose", "ownGoals", fixture.analysis())).component().isReadOnly()).isTrue();
        assertThat(view.editorForTests(FieldRef.forParty("purpose", "ownGoals", fixture.cityDevelopment())).component().isReadOnly())
                .isFalse();
    }

    @Test
    @WithUserDetails("ole")
    void someone_not_invited_gets_the_same_page_as_for_a_scoping_that_does_not_exist() {
        navigate("scoping/" + fixture.id().value(), NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("scoping/999999999", NotFoundView.class);
        navigate("scoping/not-a-number", NotFoundView.class);
    }

    @Test
    @WithUserDetails("kamilla")
    void a_script_typed_into_a_row_is_shown_as_text() {
        as("kamilla", () -> canvas.addRow(fixture.id(), new TableRef("risks", "risks"), Map.of("risk", "<img src=x onerror=alert(1)>")));
        CanvasView view = open();
        assertThat(test(view.tableForTests(new TableRef("risks", "risks")).grid).getCellText(0, 0)).isEqualTo("<img src=x onerror=alert(1)>");
    }

    /** The contents' links go to their section on this page: the page stays (what is typed in it too) and the address stays its own. */
    @Test
    @WithUserDetails("kamilla")
    void a_section_link_stays_on_the_canvas_and_goes_to_the_section() {
        CanvasView view = open();
        com.vaadin.flow.component.html.Anchor link = find(com.vaadin.flow.component.html.Anchor.class)
                .withText("1. Parter og underskrivere").single();
        assertThat(link.getHref()).isEqualTo("scoping/" + fixture.id().value() + "?at=section-parties");
        TextArea problem = (TextArea) view.editorForTests(FieldRef.joint("background", "problem")).component();
        problem.setValue("Halvt skrevet"); // typed in the browser, not sent yet

        CanvasView after = follow(link.getHref());
        assertThat(after).as("the same page, not a new one").isSameAs(view);
        assertThat(after.wentTo).isEqualTo(new dk.sammen.scoping.ScopingPlace.Section(fixture.id(), "parties"));
        assertThat(problem.isAttached()).isTrue();
        assertThat(problem.getValue()).isEqualTo("Halvt skrevet");
        assertThat(find(dk.sammen.scoping.ui.DashboardView.class).all()).as("never the dashboard").isEmpty();
    }

    /** A link from a mail or a notice opens the canvas at its place. */
    @Test
    @WithUserDetails("kamilla")
    void a_link_from_a_mail_opens_the_canvas_at_its_place() {
        CanvasView view = follow(new dk.sammen.scoping.ScopingPlace.Flags(fixture.id(), "exit").path());
        assertThat(view.wentTo).isEqualTo(new dk.sammen.scoping.ScopingPlace.Flags(fixture.id(), "exit"));
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("flags-exit").all()).hasSize(1);
    }

    /** What is still missing reads as the labels on the page, in each language, each a link to its section. */
    @Test
    @WithUserDetails("kamilla")
    void the_review_gate_names_what_is_missing_in_words_never_in_message_keys() {
        open();
        Details missing = find(Details.class).withId("review-missing").single();
        missing.setOpened(true);
        String text = missing.getElement().getTextRecursively();
        assertThat(text).contains("Leverancer: mindst 1 række.").contains("Samarbejdsform er ikke udfyldt.")
                .doesNotContain("canvas.").doesNotContain("{0}");
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).withText("Leverancer: mindst 1 række.").single().getHref())
                .isEqualTo("scoping/" + fixture.id().value() + "?at=section-deliverables");
    }

    /** Follows a link inside Sammen as the router does when it is clicked (its query included). */
    private CanvasView follow(String href) {
        String[] parts = href.split("\\?", 2);
        com.vaadin.flow.component.UI.getCurrent().navigate(parts[0],
                com.vaadin.flow.router.QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
        return (CanvasView) getCurrentView();
    }
}
