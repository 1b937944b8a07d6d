package dk.sammen.notification.internal;

import dk.sammen.base.Formats;
import dk.sammen.base.PublicAddress;
import dk.sammen.base.Translations;
import dk.sammen.mail.OutgoingMail;
import dk.sammen.mail.OutgoingMail.Part;
import dk.sammen.notification.Notice;
import dk.sammen.notification.NoticeKind;
import dk.sammen.notification.Topic;
import dk.sammen.security.UserSummary;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The notification mails, in the recipient's language, in Sammen's one mail layout: what happened,
 * a link straight to the place, why they get it, and how to stop it (one click, RFC 8058).
 */
@Component
public class NotificationMails {

    /** Where mail programs POST a one-click unsubscribe (RFC 8058); a browser opening it is sent to the page below. */
    static final String ONE_CLICK_PATH = "mail/unsubscribe";
    /** The page a person opens from the link in the mail, where they confirm with a button. */
    static final String PAGE_PATH = "unsubscribe";

    /** The unsubscribe "topic" of a digest: every topic that comes as a digest becomes "only in the app". */
    public static final String DIGEST = "DIGEST";

    private final Translations translations;
    private final PublicAddress address;

    NotificationMails(Translations translations, PublicAddress address) {
        this.translations = translations;
        this.address = address;
    }

    OutgoingMail single(UserSummary to, Locale language, NoticeKind kind, List<String> args, String link, List<Part> extra,
                        String unsubscribeToken) {
        Object[] values = args.toArray();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Text(t(kind.noticeKey(), language, values)));
        parts.addAll(extra);
        parts.add(new Part.Link(t("mail.notice." + kind.name() + ".link", language, values), url(link)));
        parts.addAll(footer(language, kind.topic(), unsubscribeToken));
        return OutgoingMail.compose(to.email(), language, t("mail.notice." + kind.name() + ".subject", language, values), parts)
                .withUnsubscribe(oneClick(unsubscribeToken, kind.topic()));
    }

    /** One mail with every notice since the last digest, oldest first, each with its link. */
    OutgoingMail digest(UserSummary to, Locale language, List<Notice> notices, LocalDate day, String unsubscribeToken) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Text(t("mail.digest.intro", language, notices.size())));
        for (Notice notice : notices) {
            parts.add(new Part.Text(Formats.dateTime(notice.createdAt(), language) + ": "
                    + t(notice.messageKey(), language, notice.args().toArray())));
            parts.add(new Part.Link(t("mail.notice." + notice.kind().name() + ".link", language, notice.args().toArray()),
                    url(notice.link())));
        }
        parts.add(new Part.Text(t("mail.digest.why", language)));
        parts.add(new Part.Link(t("mail.digest.unsubscribe", language), url(PAGE_PATH + query(unsubscribeToken, DIGEST) + "&lang=" + language.getLanguage())));
        parts.add(new Part.Link(t("mail.footer.preferences", language), url("account/notifications")));
        return OutgoingMail.compose(to.email(), language, t("mail.digest.subject", language, notices.size(), Formats.date(day, language)),
                parts).withUnsubscribe(url(ONE_CLICK_PATH + query(unsubscribeToken, DIGEST)));
    }

    private List<Part> footer(Locale language, Topic topic, String token) {
        String topicName = t(topic.messageKey(), language);
        return List.of(new Part.Text(t("mail.footer.why", language, topicName)),
                new Part.Link(t("mail.footer.unsubscribe", language, topicName),
                        url(PAGE_PATH + query(token, topic.name()) + "&lang=" + language.getLanguage())),
                new Part.Link(t("mail.footer.preferences", language), url("account/notifications")));
    }

    String oneClick(String token, Topic topic) {
        return url(ONE_CLICK_PATH + query(token, topic.name()));
    }

    private static String query(String token, String topic) {
        return "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&topic=" + topic;
    }

    private String url(String path) {
        return address.of(path);
    }

    private String t(String key, Locale language, Object... args) {
        return translations.getTranslation(key, language, args);
    }
}
