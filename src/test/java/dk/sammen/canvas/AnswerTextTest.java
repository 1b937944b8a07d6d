package dk.sammen.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sammen.base.Translations;
import org.junit.jupiter.api.Test;

/** One formatter for the canvas and the charter: Danish formats in Danish, labels for options, names for parties. */
class AnswerTextTest {

    @Test
    void stored_answers_read_as_the_reader_expects() {
        assertThat(AnswerText.of(FieldType.DATE, "2027-06-30", Translations.DANISH, k -> k, id -> id)).isEqualTo("30-06-2027");
        assertThat(AnswerText.of(FieldType.NUMBER, "1234.5", Translations.DANISH, k -> k, id -> id)).isEqualTo("1.234,5");
        assertThat(AnswerText.of(FieldType.CHOICE, "PARTNERSHIP", Translations.DANISH, k -> "«" + k + "»", id -> id))
                .isEqualTo("«option.PARTNERSHIP»");
        assertThat(AnswerText.of(FieldType.PARTY, "7", Translations.DANISH, k -> k, id -> "Byudvikling")).isEqualTo("Byudvikling");
        assertThat(AnswerText.of(FieldType.TEXT, "", Translations.DANISH, k -> k, id -> id)).isEmpty();
        // What cannot be read as its type is shown as stored, never lost.
        assertThat(AnswerText.of(FieldType.DATE, "juni 2027", Translations.DANISH, k -> k, id -> id)).isEqualTo("juni 2027");
    }
}
