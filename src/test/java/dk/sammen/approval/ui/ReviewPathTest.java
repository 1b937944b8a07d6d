package dk.sammen.approval.ui;

import static dk.sammen.TestUsers.as;
import static dk.sammen.Windows.in;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import dk.sammen.SammenTest;
import dk.sammen.approval.ApprovalService;
import dk.sammen.approval.CompleteScoping;
import dk.sammen.approval.ReviewRound;
import dk.sammen.base.Translations;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.ui.CanvasView;
import dk.sammen.charter.CharterFile;
import dk.sammen.charter.CharterService;
import dk.sammen.directory.DirectoryService;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.scoping.Stage;
import dk.sammen.security.AccountService;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/** The whole path in the browser-less UI: fill, send to review, both leaders approve, the charter is there to download. */
@SammenTest
class ReviewPathTest {

    @Autowired ApplicationContext context;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;
    @Autowired CanvasService canvas;
    @Autowired ApprovalService approval;
    @Autowired CharterService charters;
    SecuredBrowserlessApplicationContext<Authentication> app;

    @AfterEach
    void close() {
        if (app != null) app.close();
    }


    @Test
    void fill_send_to_review_two_leaders_approve_and_download_the_charter() throws Exception {
        ScopingFixture f = CompleteScoping.create(scopings, directory, accounts, canvas, "Hele vejen " + System.nanoTime());
        app = SpringBrowserlessApplicationContext.createSecured(context, CanvasView.class);
        String route = "scoping/" + f.id().value();
        BrowserlessUIContext nanna = app.newUser("nanna", "USER").newWindow();
        CanvasView nannaView = nanna.navigate(route, CanvasView.class);
        BrowserlessUIContext lars = app.newUser("lars", "USER").newWindow();
        lars.navigate(route, CanvasView.class);
        BrowserlessUIContext peter = app.newUser("peter", "USER").newWindow();
        peter.navigate(route, CanvasView.class);

        // The facilitator fills one more answer on the page and sends the scoping to review.
        nanna.activate();
        TextArea learning = (TextArea) nanna.find(TextArea.class).id("field-anchoring-learning");
        nanna.test(learning).setValue("Resultaterne præsenteres på et fælles morgenmøde.");
        assertThat(nanna.find(Button.class).id("review-send").isEnabled()).isTrue();
        nanna.test(nanna.find(Button.class).id("review-send")).click();
        assertThat(as("nanna", () -> scopings.details(f.id())).stage()).isEqualTo(Stage.IN_REVIEW);
        assertThat(nannaView).isNotNull();

        // Each leader sees the version in review and approves for their own party.
        String larsPanel = in(lars, () -> lars.find(Div.class).id("review-panel").getElement().getTextRecursively());
        ReviewRound round = as("lars", () -> approval.currentRound(f.id())).orElseThrow();
        assertThat(larsPanel).contains(round.fingerprint().grouped());
        lars.test(lars.find(Button.class).id("approve-" + f.analysis().value())).click();
        in(peter, () -> peter.find(Button.class).id("approve-" + f.cityDevelopment().value()));
        peter.test(peter.find(Button.class).id("approve-" + f.cityDevelopment().value())).click();
        assertThat(as("nanna", () -> scopings.details(f.id())).stage()).isEqualTo(Stage.APPROVED);

        // Everyone's page now offers the charter; the PDF is the approved version.
        Anchor pdf = in(nanna, () -> nanna.find(Anchor.class).id("download-" + round.versionNumber() + "-pdf-da"));
        assertThat(pdf.getHref()).isNotBlank();
        CharterFile file = as("nanna", () -> charters.charter(f.id(), round.id(), CharterService.Format.PDF, Translations.DANISH));
        try (var document = Loader.loadPDF(file.bytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Resultaterne præsenteres på et fælles morgenmøde.").contains("Lars Holm").contains("Peter Sørensen");
        }
        // And the approved version is frozen on the page too.
        assertThat(in(nanna, () -> ((TextArea) nanna.find(TextArea.class).id("field-anchoring-learning")).isReadOnly())).isTrue();
        assertThat(as("nanna", () -> canvas.content(f.id())).text(FieldRef.joint("anchoring", "learning")))
                .isEqualTo("Resultaterne præsenteres på et fælles morgenmøde.");
    }
}
