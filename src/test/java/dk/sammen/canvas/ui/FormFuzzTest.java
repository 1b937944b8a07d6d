package dk.sammen.canvas.ui;

import static dk.sammen.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.sammen.NastyInput;
import dk.sammen.SammenTest;
import dk.sammen.bench.BenchReport;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.Comment;
import dk.sammen.canvas.CommentService;
import dk.sammen.directory.DirectoryService;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/**
 * The bad-input fuzz run through the forms, as a user meets them: every text and number field of
 * the canvas that Kamilla may edit, and the comment form. Each input is either saved (and then
 * stored exactly as the field shows it as saved) or refused with a message at the field while
 * what she typed stays in it and nothing is stored. Nothing else may happen (no exception reaches
 * the page).
 */
@SammenTest
class FormFuzzTest {

    @Autowired ApplicationContext context;
    @Autowired CanvasService canvas;
    @Autowired CommentService comments;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;

    @Test
    void nasty_input_in_every_form_field_is_saved_as_valid_or_refused_at_the_field() {
        ScopingFixture fixture = ScopingFixture.create(scopings, directory, accounts, "Form fuzz " + System.nanoTime());
        SecuredBrowserlessApplicationContext<Authentication> app = SpringBrowserlessApplicationContext.createSecured(context, CanvasView.class);
        int tried = 0;
        int refused = 0;
        int blockedByMaxLength = 0;
        try {
            BrowserlessUIContext window = app.newUser("kamilla", "USER").newWindow();
            CanvasView view = window.navigate("scoping/" + fixture.id().value(), CanvasView.class);
            for (AnswerEditor editor : view.editorsForTests()) {
                AbstractField<?, ?> field = editor.component();
                if (field.isReadOnly() || !(field instanceof TextField || field instanceof TextArea)) continue;
                for (String input : NastyInput.ALL) {
                    tried++;
                    String before = as("kamilla", () -> canvas.content(fixture.id())).text(editor.ref());
                    int maxLength = field instanceof TextField t ? t.getMaxLength() : ((TextArea) field).getMaxLength();
                    if (maxLength > 0 && input.length() > maxLength) {
                        // A browser does not let anyone type past the field's maxlength; the services' own limit is fuzzed in BadInputFuzzTest.
                        blockedByMaxLength++;
                        continue;
                    }
                    typeInto(window, field, input);
                    String after = as("kamilla", () -> canvas.content(fixture.id())).text(editor.ref());
                    HasValidation validation = (HasValidation) field;
                    if (validation.isInvalid()) {
                        refused++;
                        assertThat(validation.getErrorMessage()).as("a message at the field for %s", editor.ref().key()).isNotBlank()
                                .doesNotContain("Exception");
                        assertThat(field.getValue()).as("what was typed stays").isEqualTo(input);
                        assertThat(after).as("nothing stored for a refused input").isEqualTo(before);
                    } else {
                        assertThat(after).as("stored as the field shows it saved: %s", editor.ref().key()).isEqualTo(editor.savedValue());
                    }
                }
            }
            CommentsPanel thread = view.commentsForTests("purpose");
            thread.setOpened(true);
            int storedComments = 0;
            for (String input : NastyInput.ALL) {
                if (input.length() > thread.newComment.getMaxLength()) {
                    blockedByMaxLength++;
                    continue;
                }
                tried++;
                window.test(thread.newComment).setValue(input);
                window.test(thread.add).click();
                List<Comment> stored = as("kamilla", () -> comments.comments(fixture.id()));
                if (thread.newComment.isInvalid()) {
                    refused++;
                    assertThat(thread.newComment.getErrorMessage()).isNotBlank();
                    assertThat(thread.newComment.getValue()).isEqualTo(input);
                    assertThat(stored).hasSize(storedComments);
                } else {
                    storedComments++;
                    assertThat(stored).hasSize(storedComments);
                    assertThat(stored.getLast().text()).isEqualTo(input.strip());
                }
            }
            BenchReport.write("fuzz-forms", String.format(java.util.Locale.ROOT,
                    "Through the forms (browser-less, as Kamilla: every text and number field she may edit, and the comment form): "
                    + "**%d inputs typed, %d refused with a message at the field (text kept, nothing stored), %d saved**; "
                    + "%d more were longer than the field's maxlength, which a browser does not let anyone type.%n",
                    tried, refused, tried - refused, blockedByMaxLength));
            assertThat(tried).isGreaterThan(500);
            assertThat(refused).isGreaterThan(0);
        } finally {
            app.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static void typeInto(BrowserlessUIContext window, AbstractField<?, ?> field, String input) {
        if (field instanceof TextField text) {
            window.test(text).setValue(input);
        } else {
            window.test((TextArea) field).setValue(input);
        }
    }
}
