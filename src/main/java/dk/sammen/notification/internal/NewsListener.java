package dk.sammen.notification.internal;

import dk.sammen.scoping.ScopingPlace;
import dk.sammen.canvas.CanvasKeys;
import dk.sammen.approval.ReviewNews;
import dk.sammen.base.Translations;
import dk.sammen.charter.CharterFile;
import dk.sammen.charter.CharterService;
import dk.sammen.base.Formats;
import dk.sammen.session.LiveSession;
import dk.sammen.session.MinutesFile;
import dk.sammen.session.SessionEnded;
import dk.sammen.session.SessionService;
import dk.sammen.disagreement.FlagNews;
import dk.sammen.mail.OutgoingMail;
import dk.sammen.mail.OutgoingMail.Part;
import dk.sammen.notification.NoticeKind;
import dk.sammen.scoping.Member;
import dk.sammen.scoping.MemberInvited;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.scoping.ScopingService;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the news other features publish into notices. Plain (synchronous) listeners: they run in
 * the transaction of the change and as the person who made it, so the notice, the mail and the
 * change are stored together, and the scoping is read with that person's access.
 */
@Component
class NewsListener {

    private final Notifier notifier;
    private final ScopingService scopings;
    private final CharterService charters;
    private final Translations translations;

    private final SessionService sessions;

    NewsListener(Notifier notifier, ScopingService scopings, CharterService charters, SessionService sessions, Translations translations) {
        this.notifier = notifier;
        this.sessions = sessions;
        this.scopings = scopings;
        this.charters = charters;
        this.translations = translations;
    }

    @EventListener
    void invited(MemberInvited invited) {
        if (invited.userId() == invited.invitedBy()) return;
        ScopingDetails details = scopings.details(invited.scoping());
        String facilitators = names(details.withRole(ScopingRole.FACILITATOR));
        notifier.tell(Set.of(invited.userId()), NoticeDraft.of(NoticeKind.INVITED, invited.scoping(), new ScopingPlace.Canvas(invited.scoping()).path(),
                language -> List.of(details.title(), facilitators, t("role." + invited.role().name(), language))));
    }

    @EventListener
    void review(ReviewNews news) {
        ScopingDetails details = scopings.details(news.scoping());
        String link = new ScopingPlace.Review(news.scoping()).path();
        switch (news) {
            case ReviewNews.Requested requested -> notifier.tell(leaders(details), NoticeDraft.of(NoticeKind.REVIEW_REQUESTED,
                            news.scoping(), link, language -> List.of(details.title(), details.me().user().displayName(),
                                    requested.fingerprint().grouped()))
                    .withParts(language -> List.of(new Part.Text(t("mail.notice.REVIEW_REQUESTED.asked", language)))));
            case ReviewNews.Withdrawn withdrawn -> notifier.tell(leaders(details), NoticeDraft.of(NoticeKind.APPROVALS_WITHDRAWN,
                    news.scoping(), link, language -> List.of(details.title(), details.me().user().displayName(),
                            withdrawn.fingerprint().grouped(), sectionNames(withdrawn.changedSections(), language))));
            case ReviewNews.Approved approved -> notifier.tell(everyone(details), NoticeDraft.of(NoticeKind.APPROVED, news.scoping(),
                            link, language -> List.of(details.title(), approved.fingerprint().grouped()))
                    // The signed charter itself, made as the download is (and verifiable the same way), once per language.
                    .withAttachments(language -> {
                        CharterFile pdf = charters.charter(news.scoping(), news.roundId(), CharterService.Format.PDF, language);
                        return List.of(new OutgoingMail.Attachment(pdf.fileName(), pdf.contentType(), pdf.bytes()));
                    }));
        }
    }

    /** Every member gets the minutes of a session that ended, the PDF attached in their language. */
    @EventListener
    void minutes(SessionEnded ended) {
        ScopingDetails details = scopings.details(ended.scoping());
        LiveSession session = sessions.ended(ended.scoping(), ended.sessionId());
        notifier.tell(everyone(details), NoticeDraft.of(NoticeKind.MINUTES_READY, ended.scoping(),
                        new ScopingPlace.Minutes(ended.scoping(), ended.sessionId()).path(),
                        language -> List.of(details.title(), session.facilitator().name(), Formats.dateTime(session.startedAt(), language)))
                .withAttachments(language -> {
                    MinutesFile pdf = sessions.minutesFile(ended.scoping(), ended.sessionId(), MinutesFile.Format.PDF, language);
                    return List.of(new OutgoingMail.Attachment(pdf.fileName(), pdf.contentType(), pdf.bytes()));
                }));
    }

    /**
     * The members of the parties involved hear of every step; the facilitator also of every new and
     * escalated flag (they run the process). The person who did it is not told of their own step.
     */
    @EventListener
    void flag(FlagNews news) {
        ScopingDetails details = scopings.details(news.scoping());
        Set<Long> recipients = details.members().stream()
                .filter(m -> (m.party() != null && news.parties().contains(m.party()))
                        || (m.role() == ScopingRole.FACILITATOR
                        && (news.what() == FlagNews.What.RAISED || news.what() == FlagNews.What.ESCALATED)))
                .map(m -> m.user().id().value())
                .filter(id -> id != news.by())
                .collect(Collectors.toSet());
        NoticeKind kind = NoticeKind.valueOf("FLAG_" + news.what().name());
        String link = new ScopingPlace.Flags(news.scoping(), news.section()).path();
        notifier.tell(recipients, NoticeDraft.of(kind, news.scoping(), link, language -> List.of(details.title(),
                details.me().user().displayName(), news.flagTitle(), String.valueOf(news.level()))).aboutFlag(news.flagId()));
    }

    private static Set<Long> leaders(ScopingDetails details) {
        return details.withRole(ScopingRole.LEADER).stream().map(m -> m.user().id().value()).collect(Collectors.toSet());
    }

    private static Set<Long> everyone(ScopingDetails details) {
        return details.members().stream().map(m -> m.user().id().value()).collect(Collectors.toSet());
    }

    private static String names(List<Member> members) {
        return members.stream().map(m -> m.user().displayName()).distinct().collect(Collectors.joining(", "));
    }

    private String sectionNames(List<String> sections, Locale language) {
        return sections.stream().map(s -> t(CanvasKeys.sectionTitle(s).key(), language)).collect(Collectors.joining(", "));
    }

    private String t(String key, Locale language, Object... args) {
        return translations.getTranslation(key, language, args);
    }
}
