package dk.sammen.notification.internal;

import dk.sammen.scoping.ScopingPlace;
import dk.sammen.base.FileNames;
import dk.sammen.base.PublicAddress;
import dk.sammen.base.Translations;
import dk.sammen.canvas.CanvasContent;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.StoredRow;
import dk.sammen.scoping.ScopingDetails;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A scoping's dates from section 15 (the exit point): its review dates and its end date, read as
 * the signed-in person (members only), and as a calendar file.
 */
@Component
public class ScopingDates {

    private final CanvasService canvas;
    private final Translations translations;
    private final Clock clock;
    private final PublicAddress address;

    ScopingDates(CanvasService canvas, Translations translations, Clock clock, PublicAddress address) {
        this.canvas = canvas;
        this.translations = translations;
        this.clock = clock;
        this.address = address;
    }

    /** A date with what it is: "review" (with the review's purpose) or "end". */
    public record Dated(String key, String what, LocalDate date, String purpose) {
    }

    public List<Dated> dates(ScopingDetails scoping) {
        CanvasContent content = canvas.content(scoping.id());
        List<Dated> dates = new ArrayList<>();
        for (StoredRow row : content.rows(CanvasTemplate.REVIEW_DATES)) {
            parse(row.cell(CanvasTemplate.REVIEW_DATE)).ifPresent(d -> dates.add(new Dated("review-" + row.id(), "review", d, row.cell(CanvasTemplate.REVIEW_PURPOSE))));
        }
        parse(content.text(CanvasTemplate.END_DATE)).ifPresent(d -> dates.add(new Dated("end", "end", d, "")));
        dates.sort(Comparator.comparing(Dated::date));
        return dates;
    }

    /** What the date is called in this language, e.g. "Evalueringsdato" or "Slutdato". */
    public String name(Dated date, Locale language) {
        return translations.getTranslation("notifications.date." + date.what(), language);
    }

    public byte[] calendar(ScopingDetails scoping, List<Dated> dates, Locale language) {
        List<CalendarFiles.Day> days = dates.stream().map(d -> new CalendarFiles.Day(d.key(), d.date(),
                name(d, language) + ": " + scoping.title(), d.purpose())).toList();
        return CalendarFiles.write(scoping.id().value(), days, address.of(new ScopingPlace.Section(scoping.id(), CanvasTemplate.END_DATE.section()).path()),
                address.host(), clock.instant());
    }

    public static String fileName(ScopingDetails scoping) {
        return "datoer-" + FileNames.slug(scoping.title(), String.valueOf(scoping.id().value())) + ".ics";
    }

    private static Optional<LocalDate> parse(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
