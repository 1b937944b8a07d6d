package dk.sammen.canvas.ui;

import static dk.sammen.TestUsers.as;
import static dk.sammen.Windows.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.sammen.SammenTest;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.ChangeEntry;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredRow;
import dk.sammen.canvas.TableRef;
import dk.sammen.directory.DirectoryService;
import dk.sammen.live.LiveUpdates;
import dk.sammen.live.Presence;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/**
 * Several people on the same canvas, each in their own window: A is Kamilla (analysis team), B is
 * Mette (city development), both in one scoping; C is Peter, who is only in the sample scoping.
 */
@SammenTest
class LiveCollaborationTest {

    @Autowired ApplicationContext context;
    @Autowired CanvasService canvas;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;
    @Autowired LiveUpdates live;

    SecuredBrowserlessApplicationContext<Authentication> app;
    ScopingFixture fixture;
    BrowserlessUIContext a;
    BrowserlessUIContext b;
    CanvasView aView;
    CanvasView bView;

    @BeforeEach
    void twoPeopleOpenTheSameScoping() {
        fixture = ScopingFixture.create(scopings, directory, accounts, "Live " + System.nanoTime());
        app = SpringBrowserlessApplicationContext.createSecured(context, CanvasView.class);
        a = app.newUser("kamilla", "USER").newWindow();
        aView = a.navigate("scoping/" + fixture.id().value(), CanvasView.class);
        b = app.newUser("mette", "USER").newWindow();
        bView = b.navigate("scoping/" + fixture.id().value(), CanvasView.class);
    }

    @AfterEach
    void close() {
        app.close();
    }


    @Test
    void text_rows_and_the_resource_split_reach_the_other_window_and_nobody_outside() {
        var c = app.newUser("peter", "USER").newWindow();
        long sample = as("peter", () -> scopings.myScopings()).getFirst().id().value();
        CanvasView cView = c.navigate("scoping/" + sample, CanvasView.class);
        int cActivity = cView.activity.entries.getElement().getChildCount();

        a.activate();
        TextArea problem = (TextArea) aView.editorForTests(FieldRef.joint("background", "problem")).component();
        a.test(problem).setValue("Cyklister kører uden om afspærringerne.");
        TextArea bProblem = in(b, () -> (TextArea) bView.editorForTests(FieldRef.joint("background", "problem")).component());
        assertThat(bProblem.getValue()).isEqualTo("Cyklister kører uden om afspærringerne.");

        a.activate();
        a.test(aView.tableForTests(new TableRef("risks", "risks")).add).click();
        a.test(a.find(TextField.class).id("row-risk")).setValue("Travlhed i foråret");
        a.test(a.find(Button.class).id("row-save")).click();
        List<StoredRow> bRows = in(b, () -> bView.tableForTests(new TableRef("risks", "risks")).grid.getListDataView().getItems().toList());
        assertThat(bRows).extracting(r -> r.cell("risk")).containsExactly("Travlhed i foråret");

        a.activate();
        TextField hours = (TextField) aView.editorForTests(FieldRef.forParty("resources", "hours", fixture.analysis())).component();
        a.test(hours).setValue("150");
        TextField share = (TextField) aView.editorForTests(FieldRef.forParty("resources", "share", fixture.analysis())).component();
        a.test(share).setValue("60");
        String bSummary = in(b, () -> bView.getElement().getChildren().toList().isEmpty() ? "" : b.find(ResourceSummary.class).single()
                .getElement().getTextRecursively());
        assertThat(bSummary).contains("150 timer").contains("60 %").contains("ikke 100 %");
        assertThat(in(b, () -> ((TextField) bView.editorForTests(FieldRef.forParty("resources", "hours", fixture.analysis()))
                .component()).getValue())).isEqualTo("150");

        // B's activity feed shows A's changes as they happen.
        assertThat(in(b, () -> bView.activity.entries.getElement().getTextRecursively())).contains("Kamilla Damgaard");

        // C, in another scoping, saw none of it.
        assertThat(in(c, () -> cView.activity.entries.getElement().getChildCount())).isEqualTo(cActivity).isPositive();
        assertThat(in(c, () -> cView.activity.entries.getElement().getTextRecursively())).doesNotContain("Travlhed");
    }

    @Test
    void changes_made_in_quick_succession_all_reach_the_activity_feed_newest_first() {
        a.activate();
        TextArea problem = (TextArea) aView.editorForTests(FieldRef.joint("background", "problem")).component();
        a.test(problem).setValue("Cyklister kører uden om afspærringerne.");
        // The first change after a quiet moment is in the feed at once.
        assertThat(in(b, () -> feedItems(bView))).first().asString().contains("Kamilla Damgaard").contains("Problem");

        a.activate();
        TextArea purpose = (TextArea) aView.editorForTests(FieldRef.joint("purpose", "sharedPurpose")).component();
        a.test(purpose).setValue("Færre farlige situationer.");
        TextField hours = (TextField) aView.editorForTests(FieldRef.forParty("resources", "hours", fixture.analysis())).component();
        a.test(hours).setValue("150");
        // The next ones, within the same second, are gathered and drawn together a moment later; none is lost.
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> in(b, () -> feedItems(bView)).size() >= 3
                && in(b, () -> feedItems(bView)).get(0).contains("Timer"));
        List<String> feed = in(b, () -> feedItems(bView));
        assertThat(feed.subList(0, 3)).satisfiesExactly(
                newest -> assertThat(newest).contains("Timer"),
                middle -> assertThat(middle).contains("Fælles formål"),
                oldest -> assertThat(oldest).contains("Problem"));
        assertThat(feed).hasSizeLessThanOrEqualTo(ActivityFeed.SHOWN);
    }

    private static List<String> feedItems(CanvasView view) {
        return view.activity.entries.getElement().getChildren().map(e -> e.getTextRecursively()).toList();
    }

    @Test
    void two_edits_of_the_same_field_from_the_same_version_show_the_conflict_and_lose_nothing() {
        FieldRef purpose = FieldRef.joint("purpose", "sharedPurpose");
        b.activate();
        TextArea bPurpose = (TextArea) bView.editorForTests(purpose).component();
        ComponentUtil.fireEvent(bPurpose, new FocusNotifier.FocusEvent<>(bPurpose, true)); // B is in the field, typing

        a.activate();
        TextArea aPurpose = (TextArea) aView.editorForTests(purpose).component();
        a.test(aPurpose).setValue("A: færre farlige situationer");

        assertThat(in(b, () -> bPurpose.getValue())).as("B's typing is not replaced while B is in the field").isEmpty();
        b.test(bPurpose).setValue("B: bedre skiltning");

        Dialog conflict = b.find(Dialog.class).single();
        assertThat(b.find(Pre.class, conflict).all()).extracting(Pre::getText)
                .containsExactly("A: færre farlige situationer", "B: bedre skiltning");
        assertThat(as("mette", () -> canvas.content(fixture.id())).text(purpose)).isEqualTo("A: færre farlige situationer");

        b.test(b.find(Button.class, conflict).withText("Behold mit").single()).click();
        assertThat(as("mette", () -> canvas.content(fixture.id())).text(purpose)).isEqualTo("B: bedre skiltning");
        assertThat(in(a, () -> aPurpose.getValue())).isEqualTo("B: bedre skiltning");
        // Both answers are in the history.
        assertThat(as("mette", () -> canvas.sectionHistory(fixture.id(), "purpose"))).extracting(ChangeEntry::after)
                .contains("A: færre farlige situationer", "B: bedre skiltning");
    }

    @Test
    void two_people_adding_a_sentence_in_different_places_both_end_with_both_sentences() {
        FieldRef problem = FieldRef.joint("background", "problem");
        a.activate();
        TextArea aProblem = (TextArea) aView.editorForTests(problem).component();
        a.test(aProblem).setValue("Afspærringer skaber utryghed. Borgerne klager.");
        TextArea bProblem = in(b, () -> (TextArea) bView.editorForTests(problem).component());
        assertThat(bProblem.getValue()).isEqualTo("Afspærringer skaber utryghed. Borgerne klager.");

        // Both are in the field at once, from the same version.
        ComponentUtil.fireEvent(bProblem, new FocusNotifier.FocusEvent<>(bProblem, true));
        a.activate();
        a.test(aProblem).setValue("Afspærringer skaber utryghed. Cyklister kører udenom. Borgerne klager.");
        b.activate();
        b.test(bProblem).setValue("Afspærringer skaber utryghed. Borgerne klager. Især om aftenen 🌙.");
        ComponentUtil.fireEvent(bProblem, new com.vaadin.flow.component.BlurNotifier.BlurEvent<>(bProblem, true));

        String both = "Afspærringer skaber utryghed. Cyklister kører udenom. Borgerne klager. Især om aftenen 🌙.";
        assertThat(b.find(Dialog.class).all()).as("no conflict dialog: the changes do not touch").isEmpty();
        assertThat(as("mette", () -> canvas.content(fixture.id())).text(problem)).isEqualTo(both);
        assertThat(in(b, () -> bProblem.getValue())).isEqualTo(both);
        assertThat(in(a, () -> aProblem.getValue())).isEqualTo(both);
        // Each of the two is told who added what.
        assertThat(in(b, () -> b.find(Notification.class).withClassName("merge-note").single().getElement().getTextRecursively()))
                .contains("Kamilla Damgaard tilføjede »Cyklister kører udenom.«").contains("du tilføjede »Især om aftenen 🌙.«");
        assertThat(in(a, () -> a.find(Notification.class).withClassName("merge-note").single().getElement().getTextRecursively()))
                .contains("Mette Jensen tilføjede »Især om aftenen 🌙.«").contains("du tilføjede »Cyklister kører udenom.«");
        assertThat(as("mette", () -> canvas.sectionHistory(fixture.id(), "background"))).first()
                .satisfies(c -> assertThat(c.action()).isEqualTo(ChangeEntry.Action.MERGE));
    }

    @Test
    void overlapping_changes_open_the_dialog_with_a_proposal_and_the_replaced_person_can_bring_theirs_back() {
        FieldRef purpose = FieldRef.joint("purpose", "sharedPurpose");
        a.activate();
        TextArea aPurpose = (TextArea) aView.editorForTests(purpose).component();
        a.test(aPurpose).setValue("Færre farlige situationer om ugen.");
        TextArea bPurpose = in(b, () -> (TextArea) bView.editorForTests(purpose).component());
        ComponentUtil.fireEvent(bPurpose, new FocusNotifier.FocusEvent<>(bPurpose, true));
        a.activate();
        a.test(aPurpose).setValue("Færre farlige situationer om dagen.");
        b.activate();
        b.test(bPurpose).setValue("Færre farlige situationer om måneden.");

        Dialog conflict = b.find(Dialog.class).single();
        TextArea proposal = b.find(TextArea.class, conflict).id("conflict-proposal");
        assertThat(proposal.getValue()).isEqualTo("Færre farlige situationer om dagen måneden.");
        b.test(b.find(Button.class, conflict).withText("Behold mit").single()).click();
        assertThat(as("mette", () -> canvas.content(fixture.id())).text(purpose)).isEqualTo("Færre farlige situationer om måneden.");

        // Kamilla is told at once, and one click brings her text back into the dialog against Mette's.
        Notification told = in(a, () -> a.find(Notification.class).withClassName("replaced-note").single());
        assertThat(told.getElement().getTextRecursively()).contains("Mette Jensen valgte sit svar frem for dit")
                .contains("dit står i historikken");
        assertThat(in(b, () -> b.find(Notification.class).withClassName("replaced-note").all())).isEmpty();
        a.activate();
        a.test(a.find(Button.class, told).withText("Gendan mit").single()).click();
        Dialog back = a.find(Dialog.class).single();
        assertThat(a.find(Pre.class, back).all()).extracting(Pre::getText)
                .containsExactly("Færre farlige situationer om måneden.", "Færre farlige situationer om dagen.");
        a.test(a.find(TextArea.class, back).id("conflict-proposal")).setValue("Færre farlige situationer om dagen og måneden.");
        a.test(a.find(Button.class, back).withText("Gem forslaget").single()).click();
        assertThat(as("kamilla", () -> canvas.content(fixture.id())).text(purpose)).isEqualTo("Færre farlige situationer om dagen og måneden.");
        b.activate();
        ComponentUtil.fireEvent(bPurpose, new com.vaadin.flow.component.BlurNotifier.BlurEvent<>(bPurpose, true)); // Mette leaves the field
        assertThat(in(b, () -> bPurpose.getValue())).isEqualTo("Færre farlige situationer om dagen og måneden.");
        // Mette's text is kept in the proposal, so she is not told that hers was replaced.
        assertThat(in(b, () -> b.find(Notification.class).withClassName("replaced-note").all())).isEmpty();
    }

    @Test
    void presence_shows_both_people_and_drops_one_whose_window_closes() {
        List<Presence> seenByA = in(a, () -> aView.present);
        assertThat(seenByA).extracting(Presence::name).containsExactlyInAnyOrder("Kamilla Damgaard", "Mette Jensen");
        assertThat(seenByA).filteredOn(p -> p.name().equals("Mette Jensen")).first()
                .satisfies(p -> assertThat(p.party()).isEqualTo("Byudvikling"));

        // B works in the purpose section; A sees B's marker there.
        b.activate();
        bView.workingIn("purpose");
        assertThat(in(a, () -> aView.presenceForTests("purpose").getItems())).extracting(i -> i.getAbbreviation())
                .containsExactly("MJ");

        int before = live.subscriberCount(fixture.id().value());
        b.getUser().close(); // B closes the browser: the session ends and its views detach
        assertThat(in(a, () -> aView.present)).extracting(Presence::name).containsExactly("Kamilla Damgaard");
        assertThat(live.subscriberCount(fixture.id().value())).isEqualTo(before - 1);
    }

    @Test
    void a_comment_by_one_appears_for_the_other() {
        a.activate();
        CommentsPanel aComments = aView.commentsForTests("purpose");
        aComments.setOpened(true);
        a.test(aComments.newComment).setValue("Skal vi nævne cyklisternes egne forslag?");
        a.test(aComments.add).click();

        CommentsPanel bComments = in(b, () -> bView.commentsForTests("purpose"));
        assertThat(bComments.badge.getText()).isEqualTo("1 åben");
        bComments.setOpened(true);
        assertThat(bComments.getElement().getTextRecursively()).contains("Skal vi nævne cyklisternes egne forslag?")
                .contains("Kamilla Damgaard");
    }

    @Test
    void an_earlier_state_is_restored_and_the_restore_is_itself_in_the_history() {
        FieldRef forum = FieldRef.joint("ways", "forum");
        a.activate();
        TextField aForum = (TextField) aView.editorForTests(forum).component();
        a.test(aForum).setValue("Styregruppen");
        a.test(aForum).setValue("Projektgruppen");

        a.test(a.find(Button.class).id("history-ways")).click();
        HistoryDialog history = a.find(HistoryDialog.class).single();
        ChangeEntry first = history.changes.getListDataView().getItems()
                .filter(c -> c.after().equals("Styregruppen")).findFirst().orElseThrow();
        history.restore(first);

        assertThat(as("kamilla", () -> canvas.content(fixture.id())).text(forum)).isEqualTo("Styregruppen");
        assertThat(as("kamilla", () -> canvas.sectionHistory(fixture.id(), "ways"))).first()
                .satisfies(c -> {
                    assertThat(c.action()).isEqualTo(ChangeEntry.Action.RESTORE);
                    assertThat(c.before()).isEqualTo("Projektgruppen");
                    assertThat(c.after()).isEqualTo("Styregruppen");
                });
        assertThat(in(b, () -> ((TextField) bView.editorForTests(forum).component()).getValue())).isEqualTo("Styregruppen");
    }

    /**
     * Mette is typing in a field while the facilitator renames the scoping and adds a party and
     * Kamilla's save changes the review gate: her field is the same component with the same
     * element (so the browser keeps its text and caret), while everything around it shows the news.
     */
    @Test
    void a_field_being_typed_in_keeps_its_text_while_details_parties_and_the_gate_change() {
        FieldRef problem = FieldRef.joint("background", "problem");
        FieldRef kamillasGoals = FieldRef.forParty("purpose", "ownGoals", fixture.analysis());
        TextArea typing = in(b, () -> (TextArea) bView.editorForTests(problem).component());
        var typingNode = typing.getElement().getNode().getId();
        var goalsBefore = in(b, () -> bView.editorForTests(kamillasGoals).component());
        ComponentUtil.fireEvent(typing, new FocusNotifier.FocusEvent<>(typing, true));
        typing.setValue("Cyklister kører uden om afspærringen og"); // in the browser, not sent yet
        var gateBefore = in(b, () -> b.find(com.vaadin.flow.component.details.Details.class).withId("review-missing").single());
        String missingBefore = gateBefore.getSummaryText();

        as("nanna", () -> {
            var now = scopings.details(fixture.id());
            scopings.updateDetails(fixture.id(), "Cyklister og vejarbejde", now.caseNumber(), now.lockVersion());
            return scopings.addParty(fixture.id(), ScopingFixture.department(directory.departments(), "VA").id(),
                    dk.sammen.scoping.PartnerType.SAME_MUNICIPALITY);
        });
        a.activate();
        a.test((TextArea) aView.editorForTests(FieldRef.joint("purpose", "sharedPurpose")).component()).setValue("Færre farlige situationer.");

        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> in(b, () -> bView.getElement().getTextRecursively()
                .contains("Cyklister og vejarbejde") && bView.editorsForTests().stream().anyMatch(e -> e.ref().party() != null
                && e.ref().field().equals("ownGoals") && !e.ref().party().equals(fixture.analysis())
                && !e.ref().party().equals(fixture.cityDevelopment()))
                && ((TextArea) bView.editorForTests(FieldRef.joint("purpose", "sharedPurpose")).component()).getValue()
                .equals("Færre farlige situationer.")));
        in(b, () -> {
            assertThat(bView.editorForTests(problem).component()).isSameAs(typing);
            assertThat(typing.getElement().getNode().getId()).isEqualTo(typingNode);
            assertThat(typing.isAttached()).isTrue();
            assertThat(typing.getValue()).isEqualTo("Cyklister kører uden om afspærringen og");
            assertThat(bView.editorForTests(kamillasGoals).component()).as("an existing party's column stays").isSameAs(goalsBefore);
            var gate = b.find(com.vaadin.flow.component.details.Details.class).withId("review-missing").single();
            assertThat(gate).as("the list of what is missing is the same list, open or closed as it was").isSameAs(gateBefore);
            assertThat(gate.getSummaryText()).isNotEqualTo(missingBefore);
            return null;
        });
    }
}
