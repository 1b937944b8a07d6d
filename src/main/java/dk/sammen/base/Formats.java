package dk.sammen.base;

import dk.sammen.Application;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, numbers and money as the user expects them: in Danish 24-11-2026, 1.234,5 and
 * 12.500 kr.; times always in Europe/Copenhagen.
 */
public final class Formats {

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    public static boolean isDanish(Locale locale) {
        return "da".equals(locale.getLanguage());
    }

    public static String datePattern(Locale locale) {
        return isDanish(locale) ? "dd-MM-yyyy" : "yyyy-MM-dd";
    }

    public static String date(LocalDate date, Locale locale) {
        return date.format(isDanish(locale) ? DANISH_DATE : ENGLISH_DATE);
    }

    public static String dateTime(Instant instant, Locale locale) {
        var local = instant.atZone(Application.ZONE);
        return date(local.toLocalDate(), locale) + " " + local.toLocalTime().withNano(0).withSecond(0);
    }

    public static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(Translations.supported(locale));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public static String percent(BigDecimal value, Locale locale) {
        return number(value, locale) + (isDanish(locale) ? " %" : "%");
    }

    public static String money(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(Translations.supported(locale));
        format.setMaximumFractionDigits(2);
        return isDanish(locale) ? format.format(value) + " kr." : "DKK " + format.format(value);
    }
}
