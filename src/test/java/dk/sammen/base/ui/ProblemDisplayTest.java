package dk.sammen.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import dk.sammen.SammenTest;
import dk.sammen.base.MessageKey;
import dk.sammen.base.Problem;
import dk.sammen.base.Translations;
import org.junit.jupiter.api.Test;

/** Only arguments that say they are message keys are translated; what a user typed is shown as typed. */
@SammenTest
class ProblemDisplayTest extends SpringBrowserlessTest {

    @Test
    void message_keys_are_translated_and_typed_text_is_shown_as_typed() {
        UI.getCurrent().setLocale(Translations.DANISH);
        Div context = new Div();
        UI.getCurrent().add(context);
        assertThat(ProblemDisplay.message(context, Problem.of("state", "validation.flag.illegal", new MessageKey("flag.action.reopen"),
                new MessageKey("flag.state.OPEN")))).isEqualTo("Kan ikke genåbne en uenighed, der er Åben.");
        // A title a user typed that happens to look like one of our keys stays what they typed.
        assertThat(ProblemDisplay.message(context, Problem.of("date", "validation.dateAfter", "flag.state.OPEN")))
                .isEqualTo("Datoen må ikke ligge efter flag.state.OPEN.");
    }
}
