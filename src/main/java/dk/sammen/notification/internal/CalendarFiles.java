package dk.sammen.notification.internal;

import dk.sammen.mail.OutgoingMail;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar files (RFC 5545) with a scoping's dates as all-day events, written by ical4j, so they
 * open in Outlook and other calendars. Each date has a stable UID, so importing again updates it.
 */
final class CalendarFiles {

    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    /** One day in a scoping's calendar: its key (stable across versions), title and description. */
    record Day(String key, LocalDate date, String summary, String description) {
    }

    private CalendarFiles() {
    }

    static byte[] write(long scopingId, List<Day> days, String link, String domain, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Sammen//Partnerskabsaftaler//DA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        for (Day day : days) {
            VEvent event = new VEvent(day.date(), day.date().plusDays(1), day.summary());
            event.add(new Uid("sammen-" + scopingId + "-" + day.key() + "@" + domain));
            event.add(new DtStamp(stamp));
            if (!day.description().isEmpty()) event.add(new Description(day.description()));
            try {
                event.add(new Url(java.net.URI.create(link)));
            } catch (IllegalArgumentException notAnAddress) {
                // A misconfigured base address leaves the event without a link rather than without the file.
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static OutgoingMail.Attachment attachment(String fileName, byte[] ics) {
        return new OutgoingMail.Attachment(fileName, CONTENT_TYPE, ics);
    }
}
