package dk.sammen.notification.internal;

import dk.sammen.base.Translations;
import dk.sammen.mail.MailOutbox;
import dk.sammen.mail.OutgoingMail;
import dk.sammen.notification.Delivery;
import dk.sammen.notification.NoticesChanged;
import dk.sammen.notification.Topic;
import dk.sammen.security.AccountService;
import dk.sammen.security.UserSummary;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives each recipient the notice and, as they chose for its topic, an e-mail at once (or a place in
 * tomorrow morning's digest). Joins the caller's transaction: the notice and the mail exist exactly
 * when the change that caused them was committed.
 */
@Component
class Notifier {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final NoticeRepository notices;
    private final PreferenceRepository preferences;
    private final SubscriberRepository subscribers;
    private final AccountService accounts;
    private final MailOutbox outbox;
    private final NotificationMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifier(NoticeRepository notices, PreferenceRepository preferences, SubscriberRepository subscribers, AccountService accounts,
             MailOutbox outbox, NotificationMails mails, ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.preferences = preferences;
        this.subscribers = subscribers;
        this.accounts = accounts;
        this.outbox = outbox;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void tell(Collection<Long> recipients, NoticeDraft draft) {
        if (recipients.isEmpty()) return;
        List<UserSummary> people = accounts.users(Set.copyOf(recipients)).stream().filter(UserSummary::active).toList();
        if (people.isEmpty()) return;
        Set<Long> ids = people.stream().map(p -> p.id().value()).collect(Collectors.toSet());
        Map<Long, Delivery> chosen = deliveries(ids, draft.kind().topic());
        // An unsubscribe token only for those mailed now: a notice that stays in the app needs none.
        Map<Long, String> tokens = unsubscribeTokens(people.stream().filter(p -> !p.email().isEmpty())
                .map(p -> p.id().value()).filter(id -> chosen.get(id) == Delivery.IMMEDIATE).collect(Collectors.toSet()));
        Map<Locale, List<String>> args = new HashMap<>();
        Map<Locale, List<OutgoingMail.Part>> parts = new HashMap<>();
        Map<Locale, List<OutgoingMail.Attachment>> files = new HashMap<>();
        for (UserSummary person : people) {
            Locale language = Translations.supported(person.locale());
            List<String> text = args.computeIfAbsent(language, draft.args());
            // Without an address there is nothing to mail; the notice is in the app all the same.
            Delivery delivery = person.email().isEmpty() ? Delivery.APP_ONLY : chosen.get(person.id().value());
            notices.save(new NoticeEntity(person.id().value(), draft.scoping().value(), draft.flagId(), draft.kind(), text, draft.link(),
                    delivery, clock.instant()));
            if (delivery == Delivery.IMMEDIATE) {
                outbox.enqueue(mails.single(person, language, draft.kind(), text, draft.link(),
                        parts.computeIfAbsent(language, draft.extraParts()), tokens.get(person.id().value()))
                        .withAttachments(files.computeIfAbsent(language, draft.attachments())));
            }
        }
        events.publishEvent(new NoticesChanged(ids));
    }

    /** Each person's choice for the topic; mailed at once unless they chose otherwise. */
    Map<Long, Delivery> deliveries(Set<Long> userIds, Topic topic) {
        Map<Long, Delivery> chosen = new HashMap<>();
        userIds.forEach(id -> chosen.put(id, Delivery.IMMEDIATE));
        preferences.forUsers(userIds).stream().filter(p -> p.topic() == topic).forEach(p -> chosen.put(p.userId(), p.delivery()));
        return chosen;
    }

    /** Each person's one-click unsubscribe token, made the first time they get a mail. */
    Map<Long, String> unsubscribeTokens(Set<Long> userIds) {
        if (userIds.isEmpty()) return Map.of();
        Map<Long, String> tokens = subscribers.findByUserIdIn(userIds).stream()
                .collect(Collectors.toMap(SubscriberEntity::userId, SubscriberEntity::token));
        for (long id : userIds) {
            tokens.computeIfAbsent(id, missing -> {
                byte[] bytes = new byte[24];
                RANDOM.nextBytes(bytes);
                return subscribers.save(new SubscriberEntity(missing, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))).token();
            });
        }
        return tokens;
    }
}
