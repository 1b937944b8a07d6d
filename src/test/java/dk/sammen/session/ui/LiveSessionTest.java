package dk.sammen.session.ui;

import static dk.sammen.TestUsers.as;
import static dk.sammen.Windows.in;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.sammen.SammenTest;
import dk.sammen.canvas.ui.CanvasView;
import dk.sammen.directory.DirectoryService;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import dk.sammen.session.Agreement;
import dk.sammen.session.LiveSession;
import dk.sammen.session.MinutesFile;
import dk.sammen.session.SessionService;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/**
 * A live session in three windows: nanna facilitates, kamilla (analysis team) and mette (city
 * development) take part; each window is its own user's page of the same scoping.
 */
@SammenTest
class LiveSessionTest {

    @Autowired ApplicationContext context;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;
    @Autowired SessionService sessions;
    @Autowired DisagreementService disagreements;
    @Autowired dk.sammen.mail.MailOutbox outbox;
    String scopingTitle;

    SecuredBrowserlessApplicationContext<Authentication> app;
    ScopingFixture fixture;
    BrowserlessUIContext nanna;
    BrowserlessUIContext kamilla;
    BrowserlessUIContext mette;

    @BeforeEach
    void threePeopleOpenTheScoping() {
        scopingTitle = "Workshop " + System.nanoTime();
        fixture = ScopingFixture.create(scopings, directory, accounts, scopingTitle);
        app = SpringBrowserlessApplicationContext.createSecured(context, CanvasView.class, MinutesView.class);
        nanna = open("nanna");
        kamilla = open("kamilla");
        mette = open("mette");
    }

    BrowserlessUIContext open(String user) {
        BrowserlessUIContext window = app.newUser(user, "USER").newWindow();
        window.navigate("scoping/" + fixture.id().value(), CanvasView.class);
        return window;
    }

    @AfterEach
    void close() {
        app.close();
    }

    static SessionExtension.SessionOnCanvas bar(BrowserlessUIContext window) {
        var view = window.find(CanvasView.class).single();
        return view.addOnForTests(SessionExtension.SessionOnCanvas.class);
    }

    static String barText(BrowserlessUIContext window) {
        return in(window, () -> bar(window).bar.getElement().getTextRecursively());
    }

    static String currentSection(BrowserlessUIContext window) {
        return in(window, () -> window.find(Section.class).all().stream().filter(s -> s.hasClassName("session-current"))
                .map(s -> s.getId().orElseThrow()).findFirst().orElse(""));
    }

    /** Nanna starts with three sections (the purpose's time box shortened to 10 minutes); the others join. */
    void startAndJoin() {
        nanna.activate();
        nanna.test(nanna.find(Button.class).id("session-start")).click();
        StartSessionDialog dialog = nanna.find(StartSessionDialog.class).single();
        dialog.included.forEach((key, box) -> {
            if (box.getValue() != (key.equals("background") || key.equals("purpose") || key.equals("data"))) nanna.test(box).click();
        });
        nanna.test(dialog.minutes.get("purpose")).setValue(10);
        nanna.test(nanna.find(Button.class).id("session-start-confirm")).click();

        assertThat(barText(kamilla)).contains("Session i gang, ledet af Nanna Brostrup").contains("Deltag i sessionen");
        kamilla.test(kamilla.find(Button.class).withText("Deltag i sessionen").single()).click();
        assertThat(barText(mette)).contains("Session i gang");
        mette.test(mette.find(Button.class).withText("Deltag i sessionen").single()).click();
        assertThat(barText(nanna)).contains("I sessionen: Nanna Brostrup, Kamilla Damgaard, Mette Jensen");
    }

    @Test
    void followers_follow_the_facilitator_through_the_agenda_and_one_who_stops_following_is_not_moved() {
        startAndJoin();
        assertThat(barText(kamilla)).contains("Nu: punkt 1 af 3, 2. Baggrund og nulpunkt");
        assertThat(currentSection(kamilla)).isEqualTo("section-background");

        nanna.activate();
        nanna.test(nanna.find(Button.class).id("session-next")).click();
        assertThat(in(kamilla, () -> bar(kamilla).scrolledTo)).isEqualTo("purpose");
        assertThat(in(mette, () -> bar(mette).scrolledTo)).isEqualTo("purpose");
        assertThat(currentSection(mette)).isEqualTo("section-purpose");
        assertThat(barText(mette)).contains("Nu: punkt 2 af 3").contains("Tidsramme 10 min.");

        // Mette stops following: the facilitator moves on, her page stays, but she still sees where the meeting is.
        mette.activate();
        mette.test(mette.find(Button.class).id("session-follow")).click();
        nanna.activate();
        nanna.test(nanna.find(Button.class).id("session-next")).click();
        assertThat(in(kamilla, () -> bar(kamilla).scrolledTo)).isEqualTo("data");
        assertThat(in(mette, () -> bar(mette).scrolledTo)).isEqualTo("purpose");
        assertThat(barText(mette)).contains("Nu: punkt 3 af 3");
        assertThat(currentSection(mette)).isEqualTo("section-data");
        // One click and she follows again, brought to where the meeting is.
        mette.test(mette.find(Button.class).id("session-follow")).click();
        assertThat(in(mette, () -> bar(mette).scrolledTo)).isEqualTo("data");

        // A participant has no controls to move the meeting.
        assertThat(in(kamilla, () -> kamilla.find(Button.class).withId("session-next").all())).isEmpty();
        // A reload shows the same place: the session is stored, not only in the pages.
        BrowserlessUIContext again = open("kamilla");
        assertThat(barText(again)).contains("Nu: punkt 3 af 3");
    }

    @Test
    void agreement_answers_are_hidden_until_revealed_a_disagree_becomes_a_flag_and_the_minutes_tell_it_all() {
        startAndJoin();
        nanna.activate();
        nanna.test(nanna.find(Button.class).id("session-next")).click(); // to the purpose
        kamilla.activate();
        TextArea purpose = (TextArea) kamilla.find(TextArea.class).id("field-purpose-sharedPurpose");
        kamilla.test(purpose).setValue("Færre farlige situationer ved vejarbejder.");

        nanna.activate();
        nanna.test(nanna.find(Button.class).id("session-ask")).click();
        assertThat(barText(kamilla)).contains("Er vi enige om 3. Formål og fælles afsæt?").contains("0 af 2 parter har svaret");
        answer(kamilla, Agreement.DISAGREE, "Målet skal også nævne cyklister");

        // Mette sees that one party answered, not what; Kamilla sees her own answer still chosen.
        assertThat(barText(mette)).contains("1 af 2 parter har svaret").doesNotContain("cyklister").doesNotContain("Uenig –");
        assertThat(in(kamilla, () -> bar(kamilla).agreement.answer.getValue())).isEqualTo(Agreement.DISAGREE);
        answer(mette, Agreement.AGREE, "");

        // Every party answered: everyone sees all answers together.
        for (BrowserlessUIContext window : new BrowserlessUIContext[] {nanna, kamilla, mette}) {
            assertThat(barText(window)).contains("Kamilla Damgaard (TMF Stab – Undersøgelsesteam): Uenig – Målet skal også nævne cyklister")
                    .contains("Mette Jensen (Byudvikling): Enig");
        }
        nanna.activate();
        nanna.test(nanna.find(Button.class).id("agreement-flag")).click();
        assertThat(as("nanna", () -> disagreements.flags(fixture.id()))).singleElement().satisfies(f -> {
            assertThat(f.title()).isEqualTo("Ikke enige om 3. Formål og fælles afsæt");
            assertThat(f.positions()).extracting(p -> p.text()).contains("Kamilla Damgaard: Målet skal også nævne cyklister");
        });
        assertThat(barText(mette)).contains("Det blev til et uenighedsflag på afsnittet.");

        nanna.activate();
        nanna.test(nanna.find(Button.class).id("session-end")).click();
        LiveSession ended = as("nanna", () -> sessions.ended(fixture.id())).getFirst();
        MinutesView minutes = nanna.find(MinutesView.class).single();
        String text = minutes.getElement().getTextRecursively();
        assertThat(text).contains("Referat: Workshop").contains("Facilitator").contains("Nanna Brostrup")
                .contains("Byudvikling: Mette Jensen").contains("TMF Stab – Undersøgelsesteam: Kamilla Damgaard")
                .contains("2. Baggrund og nulpunkt").contains("3. Formål og fælles afsæt")
                .contains("Kamilla Damgaard – Fælles formål: ændret »Færre farlige situationer ved vejarbejder.«")
                .contains("Mette Jensen (Byudvikling): Enig").contains("Ikke enige om 3. Formål og fælles afsæt")
                .contains("Nanna Brostrup – uenighed \"Ikke enige om 3. Formål og fælles afsæt\"")
                .doesNotContain("canvas.").doesNotContain("{0}");
        // The other pages show no session any more, and a link to its minutes.
        assertThat(in(mette, () -> mette.find(com.vaadin.flow.component.html.Anchor.class).id("session-minutes").getHref()))
                .endsWith("/minutes/" + ended.id());

        // The same minutes as PDF (a real PDF with the text in it) and as Markdown.
        MinutesFile pdf = as("mette", () -> sessions.minutesFile(fixture.id(), ended.id(), MinutesFile.Format.PDF, Locale.of("da", "DK")));
        assertThat(pdf.fileName()).startsWith("referat-workshop").endsWith(".pdf");
        try (var document = Loader.loadPDF(pdf.bytes())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Referat: Workshop").contains("Mette Jensen (Byudvikling): Enig");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        // A sample to read: the Danish minutes as Markdown (target/minutes-sample.md).
        MinutesFile danish = as("kamilla", () -> sessions.minutesFile(fixture.id(), ended.id(), MinutesFile.Format.MARKDOWN, Locale.of("da", "DK")));
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "minutes-sample.md"), danish.bytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        MinutesFile markdown = as("kamilla", () -> sessions.minutesFile(fixture.id(), ended.id(), MinutesFile.Format.MARKDOWN, Locale.ENGLISH));
        assertThat(new String(markdown.bytes(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("# Minutes: Workshop")
                .contains("## Who took part").contains("Kamilla Damgaard (TMF Stab – Undersøgelsesteam): Disagree");
        // Every member is told, and mailed the minutes as PDF in their language.
        java.util.List<dk.sammen.mail.QueuedMail> mails = as("admin", () -> outbox.recent(50)).stream()
                .filter(m -> m.subject().contains(scopingTitle) && m.subject().startsWith("Referat af sessionen om")).toList();
        assertThat(mails).filteredOn(m -> m.recipient().startsWith("mette@")).singleElement().satisfies(m -> {
            assertThat(m.attachmentNames()).singleElement().asString().startsWith("referat-workshop").endsWith(".pdf");
        });
        assertThat(mails).extracting(m -> m.recipient().substring(0, m.recipient().indexOf('@')))
                .contains("nanna", "kamilla", "lars", "mette", "eva");
        // Someone not invited reads no minutes by any route.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as("ole", () -> sessions.minutesFile(fixture.id(), ended.id(),
                MinutesFile.Format.MARKDOWN, Locale.ENGLISH))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    /**
     * Kamilla has chosen "Uenig" and is writing her reason when Mette's party answers: her choice,
     * her half-written reason and the send button she is about to click are exactly where they were.
     */
    @Test
    void a_half_made_answer_survives_another_partys_answer_and_is_sent_with_the_same_button() {
        startAndJoin();
        nanna.activate();
        nanna.test(nanna.find(Button.class).id("session-ask")).click();
        AgreementPanel kamillas = in(kamilla, () -> bar(kamilla).agreement);
        Button next = in(nanna, () -> nanna.find(Button.class).id("session-next"));
        kamilla.activate();
        kamilla.test(kamillas.answer).selectItem("Uenig");
        kamillas.reason.setValue("Baggrunden mangler vejdriftens tal"); // half written, not sent

        answer(mette, Agreement.AGREE, "");

        assertThat(barText(kamilla)).contains("1 af 2 parter har svaret");
        in(kamilla, () -> {
            assertThat(bar(kamilla).agreement).isSameAs(kamillas);
            assertThat(kamillas.answer.getValue()).isEqualTo(Agreement.DISAGREE);
            assertThat(kamillas.reason.getValue()).isEqualTo("Baggrunden mangler vejdriftens tal");
            assertThat(kamillas.send.isAttached()).isTrue();
            return null;
        });
        assertThat(in(nanna, () -> nanna.find(Button.class).id("session-next"))).as("the driver's buttons stay too").isSameAs(next);
        kamilla.activate();
        kamilla.test(kamillas.send).click();
        for (BrowserlessUIContext window : new BrowserlessUIContext[] {nanna, kamilla, mette}) {
            assertThat(barText(window)).contains("Kamilla Damgaard (TMF Stab – Undersøgelsesteam): Uenig – Baggrunden mangler vejdriftens tal")
                    .contains("Mette Jensen (Byudvikling): Enig");
        }
    }

    /**
     * Two parties answer at once; the news of the first answer reaches a page after the news of the
     * second (which revealed the check): the page keeps showing the revealed check, never "1 af 2" again.
     */
    @Test
    void news_of_a_session_that_arrives_late_does_not_undo_newer_news() {
        startAndJoin();
        nanna.activate();
        nanna.test(nanna.find(Button.class).id("session-ask")).click();
        long check = as("nanna", () -> sessions.current(fixture.id())).orElseThrow().openCheck().orElseThrow().id();
        LiveSession first = as("kamilla", () -> sessions.answer(fixture.id(), check, Agreement.DISAGREE, "For bredt"));
        as("mette", () -> sessions.answer(fixture.id(), check, Agreement.AGREE, ""));
        assertThat(barText(nanna)).contains("Kamilla Damgaard (TMF Stab – Undersøgelsesteam): Uenig – For bredt");

        in(nanna, () -> {
            nanna.find(CanvasView.class).single().eventsForTests().deliver(new dk.sammen.session.SessionChanged(fixture.id().value(), first));
            return null;
        });
        assertThat(barText(nanna)).contains("Uenig – For bredt").doesNotContain("1 af 2 parter har svaret");
    }

    static void answer(BrowserlessUIContext window, Agreement agreement, String reason) {
        AgreementPanel panel = in(window, () -> bar(window).agreement);
        window.test(panel.answer).selectItem(panel.getTranslation(agreement.messageKey()));
        window.test(panel.reason).setValue(reason);
        window.test(panel.send).click();
    }
}
