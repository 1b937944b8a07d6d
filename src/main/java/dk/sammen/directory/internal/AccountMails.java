package dk.sammen.directory.internal;

import dk.sammen.base.Formats;
import dk.sammen.base.PublicAddress;
import dk.sammen.base.Translations;
import dk.sammen.mail.MailOutbox;
import dk.sammen.mail.OutgoingMail;
import dk.sammen.mail.OutgoingMail.Part;
import java.util.List;
import dk.sammen.security.AccountEvents.PasswordLinkIssued;
import dk.sammen.security.PasswordLink;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the invitation and reset mails into the outbox. A plain (synchronous) listener, so the mail
 * is part of the transaction that issued the link: both are stored, or neither.
 */
@Component
class AccountMails {

    private final MailOutbox outbox;
    private final Translations translations;
    private final PublicAddress address;

    AccountMails(MailOutbox outbox, Translations translations, PublicAddress address) {
        this.outbox = outbox;
        this.translations = translations;
        this.address = address;
    }

    @EventListener
    void linkIssued(PasswordLinkIssued issued) {
        Locale language = Translations.supported(issued.person().locale());
        String prefix = issued.purpose() == PasswordLink.INVITATION ? "mail.invitation." : "mail.reset.";
        String link = address.of(issued.purpose().path() + "/" + issued.token());
        String until = Formats.dateTime(issued.expiresAt(), language);
        String name = issued.person().displayName();
        String subject = t(prefix + "subject", language);
        String intro = issued.purpose() == PasswordLink.INVITATION && !issued.issuedBy().isEmpty()
                ? t(prefix + "introBy", language, name, issued.issuedBy())
                : t(prefix + "intro", language, name);
        String action = t(prefix + "action", language);
        String validity = t(prefix + "validity", language, until, issued.person().username());
        String ignore = t(prefix + "ignore", language);
        outbox.enqueue(OutgoingMail.compose(issued.person().email(), language, subject, List.of(new Part.Text(intro),
                new Part.Link(action, link), new Part.Text(validity), new Part.Text(ignore))));
    }

    private String t(String key, Locale language, Object... args) {
        return translations.getTranslation(key, language, args);
    }
}
