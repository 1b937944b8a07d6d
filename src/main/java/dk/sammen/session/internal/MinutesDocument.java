package dk.sammen.session.internal;

import dk.sammen.canvas.CanvasKeys;
import dk.sammen.Application;
import dk.sammen.base.Formats;
import dk.sammen.base.Translations;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.ChangeEntry;
import dk.sammen.charter.PlainDocument;
import dk.sammen.charter.PlainDocument.Block;
import dk.sammen.charter.PlainDocument.Heading;
import dk.sammen.charter.PlainDocument.Items;
import dk.sammen.charter.PlainDocument.Pair;
import dk.sammen.charter.PlainDocument.Text;
import dk.sammen.disagreement.Flag;
import dk.sammen.session.AgreementCheck;
import dk.sammen.session.LiveSession;
import dk.sammen.session.Minutes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Writes a session's minutes in the reader's language as a plain document, which the charter's
 * renderers lay out as PDF and Markdown (and the minutes page shows as it is).
 */
@Component
public class MinutesDocument {

    /** A changed answer is quoted up to this many characters in the minutes; the history has the rest. */
    static final int QUOTE_MAX = 200;
    private final Translations translations;
    private final CanvasTemplate template;

    MinutesDocument(Translations translations, CanvasTemplate template) {
        this.translations = translations;
        this.template = template;
    }

    public PlainDocument write(Minutes minutes, Locale locale) {
        LiveSession session = minutes.session();
        Instant ended = Objects.requireNonNull(session.endedAt());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Pair(t(locale, "minutes.when"), Formats.dateTime(session.startedAt(), locale) + " – "
                + ended.atZone(Application.ZONE).toLocalTime().withSecond(0).withNano(0)));
        blocks.add(new Pair(t(locale, "minutes.facilitator"), session.facilitator().name()));
        blocks.add(new Heading(2, t(locale, "minutes.participants")));
        blocks.add(new Items(minutes.participantsByParty().entrySet().stream()
                // The parties by name; people without a party (facilitator, evaluator) last.
                .sorted(java.util.Comparator.comparing((java.util.Map.Entry<String, List<String>> e) -> e.getKey().isEmpty())
                        .thenComparing(java.util.Map.Entry::getKey))
                .map(e -> (e.getKey().isEmpty() ? t(locale, "minutes.noParty") : e.getKey()) + ": " + String.join(", ", e.getValue()))
                .toList()));
        blocks.add(new Heading(2, t(locale, "minutes.sections")));
        for (Minutes.Covered covered : minutes.sections()) {
            blocks.add(new Heading(3, title(covered.item().section(), locale)));
            blocks.add(new Text(t(locale, "minutes.time", minutesText(covered.item().spentSeconds()), covered.item().minutes())));
            if (covered.changes().isEmpty()) {
                blocks.add(new Text(t(locale, "minutes.noChanges")));
            } else {
                blocks.add(new Items(covered.changes().stream().map(c -> change(c, locale)).toList()));
            }
        }
        blocks.add(new Heading(2, t(locale, "minutes.checks")));
        if (minutes.checks().isEmpty()) blocks.add(new Text(t(locale, "minutes.noChecks")));
        for (AgreementCheck check : minutes.checks()) {
            blocks.add(new Heading(3, t(locale, "agreement.question", title(check.section(), locale))));
            if (!check.revealed()) {
                blocks.add(new Text(t(locale, "minutes.notRevealed")));
                continue;
            }
            blocks.add(new Items(check.answers().stream().map(a -> t(locale, "agreement.line", a.name(), a.partyName(),
                    t(locale, a.answer().messageKey())) + (a.reason().isEmpty() ? "" : " – " + a.reason())).toList()));
            if (check.flagId() != null) blocks.add(new Text(t(locale, "agreement.flagged")));
        }
        blocks.add(new Heading(2, t(locale, "minutes.flags")));
        if (minutes.flags().isEmpty()) blocks.add(new Text(t(locale, "minutes.noFlags")));
        else blocks.add(new Items(minutes.flags().stream().map(f -> flag(f, locale)).toList()));
        return new PlainDocument(t(locale, "minutes.title", minutes.scopingTitle()), t(locale, "minutes.subject"), locale, ended, blocks);
    }

    private String change(ChangeEntry c, Locale locale) {
        String time = c.changedAt().atZone(Application.ZONE).toLocalTime().withSecond(0).withNano(0).toString();
        // A flag raised on the section is in its history too; its "field" is the flag, named by its title.
        if (c.action() == ChangeEntry.Action.FLAG) return time + " " + c.changedBy() + " – " + t(locale, "activity.FLAG", c.after());
        String field = translations.getTranslation(CanvasKeys.field(c.section(), c.fieldKey()).key(), locale);
        String what = t(locale, "activity." + c.action().name());
        String after = c.after().length() > QUOTE_MAX ? c.after().substring(0, QUOTE_MAX) + "…" : c.after();
        boolean quoted = c.rowId() == null && c.action() != ChangeEntry.Action.FLAG && !after.isEmpty();
        return time + " " + c.changedBy() + " – " + field + ": " + what + (quoted ? " »" + after + "«" : "");
    }

    private String flag(Flag f, Locale locale) {
        return f.title() + " (" + title(f.section(), locale) + ", " + f.raisedBy() + ")";
    }

    private String title(String section, Locale locale) {
        return template.section(section).map(s -> s.number() + ". " + t(locale, s.titleKey())).orElse(section);
    }

    private String minutesText(long seconds) {
        return String.valueOf(Math.round(Duration.ofSeconds(seconds).toSeconds() / 60.0));
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
