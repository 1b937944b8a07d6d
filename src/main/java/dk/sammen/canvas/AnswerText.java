package dk.sammen.canvas;

import dk.sammen.base.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A stored answer as a reader sees it: dates, numbers, money and percentages in the reader's
 * language, an option by its label, a party by its name. The one formatter for the canvas and the
 * charter; what cannot be read as its type is shown as stored rather than lost.
 */
public final class AnswerText {

    private AnswerText() {
    }

    /**
     * @param translate a message key in the reader's language (options are {@code option.<value>})
     * @param partyName a party's name from its stored id
     */
    public static String of(FieldType type, String stored, Locale locale, UnaryOperator<String> translate, UnaryOperator<String> partyName) {
        if (stored.isEmpty()) return "";
        try {
            return switch (type) {
                case DATE -> Formats.date(LocalDate.parse(stored), locale);
                case NUMBER -> Formats.number(new BigDecimal(stored), locale);
                case MONEY -> Formats.money(new BigDecimal(stored), locale);
                case PERCENT -> Formats.percent(new BigDecimal(stored), locale);
                case CHOICE, YESNO -> translate.apply("option." + stored);
                case PARTY -> partyName.apply(stored);
                default -> stored;
            };
        } catch (RuntimeException unreadable) {
            return stored;
        }
    }
}
