package dk.sammen.notification.internal;

import dk.sammen.mail.OutgoingMail;
import dk.sammen.notification.NoticeKind;
import dk.sammen.scoping.ScopingId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What to tell people, before it is in anyone's language: the arguments, extra mail paragraphs and
 * files are made per language (each at most once per notice, whatever the number of recipients).
 */
record NoticeDraft(NoticeKind kind, ScopingId scoping, @Nullable Long flagId, String link,
                   Function<Locale, List<String>> args,
                   Function<Locale, List<OutgoingMail.Part>> extraParts,
                   Function<Locale, List<OutgoingMail.Attachment>> attachments) {

    static NoticeDraft of(NoticeKind kind, ScopingId scoping, String link, Function<Locale, List<String>> args) {
        return new NoticeDraft(kind, scoping, null, link, args, language -> List.of(), language -> List.of());
    }

    NoticeDraft aboutFlag(long flag) {
        return new NoticeDraft(kind, scoping, flag, link, args, extraParts, attachments);
    }

    NoticeDraft withParts(Function<Locale, List<OutgoingMail.Part>> parts) {
        return new NoticeDraft(kind, scoping, flagId, link, args, parts, attachments);
    }

    NoticeDraft withAttachments(Function<Locale, List<OutgoingMail.Attachment>> files) {
        return new NoticeDraft(kind, scoping, flagId, link, args, extraParts, files);
    }
}
