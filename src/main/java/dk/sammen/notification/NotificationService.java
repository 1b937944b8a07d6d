package dk.sammen.notification;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.Problem;
import dk.sammen.base.Translations;
import dk.sammen.notification.internal.NoticeEntity;
import dk.sammen.notification.internal.NoticeRepository;
import dk.sammen.notification.internal.NotificationMails;
import dk.sammen.notification.internal.PreferenceEntity;
import dk.sammen.notification.internal.PreferenceRepository;
import dk.sammen.notification.internal.ScopingDates;
import dk.sammen.notification.internal.SubscriberRepository;
import dk.sammen.notification.internal.WhatWaits;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.CurrentUser;
import dk.sammen.security.UserSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door to a person's notices, their choices of how to hear of things, what waits for them, and
 * a scoping's calendar. Everything is the signed-in person's own; only {@link #unsubscribe} is for
 * someone not signed in, who holds the token from a mail.
 */
@Service
public class NotificationService {

    static final int SHOWN = 50;
    private final NoticeRepository notices;
    private final PreferenceRepository preferences;
    private final SubscriberRepository subscribers;
    private final WhatWaits whatWaits;
    private final ScopingDates dates;
    private final ScopingService scopings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(NoticeRepository notices, PreferenceRepository preferences, SubscriberRepository subscribers, WhatWaits whatWaits,
                      ScopingDates dates, ScopingService scopings, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.preferences = preferences;
        this.subscribers = subscribers;
        this.whatWaits = whatWaits;
        this.dates = dates;
        this.scopings = scopings;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in person's latest notices, newest first. */
    @Transactional(readOnly = true)
    public List<Notice> myNotices() {
        return notices.findByUserIdOrderByIdDesc(me(), Limit.of(SHOWN)).stream().map(NoticeEntity::toNotice).toList();
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notices.countByUserIdAndReadFalse(me());
    }

    /** Marks one of the signed-in person's notices read; someone else's is refused as unknown. */
    @Transactional
    public void markRead(long noticeId) {
        long me = me();
        NoticeEntity notice = notices.findById(noticeId).filter(n -> n.userId() == me)
                .orElseThrow(() -> new InvalidInputException(Problem.of("notice", "validation.notice.unknown")));
        notice.markRead();
        events.publishEvent(new NoticesChanged(Set.of(me)));
    }

    @Transactional
    public void markAllRead() {
        long me = me();
        notices.markAllRead(me);
        events.publishEvent(new NoticesChanged(Set.of(me)));
    }

    /** How the signed-in person hears of each topic. */
    @Transactional(readOnly = true)
    public Map<Topic, Delivery> preferences() {
        long me = me();
        Map<Topic, Delivery> chosen = new EnumMap<>(Topic.class);
        Arrays.stream(Topic.values()).forEach(t -> chosen.put(t, Delivery.IMMEDIATE));
        preferences.forUsers(Set.of(me)).forEach(p -> chosen.put(p.topic(), p.delivery()));
        return chosen;
    }

    @Transactional
    public void choose(Topic topic, Delivery delivery) {
        save(me(), topic, delivery);
    }

    /**
     * One-click unsubscribe from a mail (RFC 8058), for someone not signed in who holds the token:
     * the topic (or, for a digest, every digest topic) becomes "only in the app". False for an
     * unknown token or topic, which changes nothing.
     */
    @Transactional
    public boolean unsubscribe(String token, String topic) {
        if (token.isBlank() || token.length() > 64) return false;
        var holder = subscribers.findByToken(token);
        if (holder.isEmpty()) return false;
        long user = holder.get().userId();
        if (NotificationMails.DIGEST.equals(topic)) {
            preferences.forUsers(Set.of(user)).stream().filter(p -> p.delivery() == Delivery.DAILY_DIGEST)
                    .forEach(p -> p.choose(Delivery.APP_ONLY));
            return true;
        }
        Optional<Topic> named = Topic.named(topic);
        named.ifPresent(t -> save(user, t, Delivery.APP_ONLY));
        return named.isPresent();
    }

    private void save(long user, Topic topic, Delivery delivery) {
        preferences.find(user, topic).ifPresentOrElse(p -> p.choose(delivery),
                () -> preferences.save(new PreferenceEntity(user, topic, delivery)));
    }

    /** What waits for the signed-in person now: approvals, positions, deadlines, dates ahead, invitations. */
    @Transactional(readOnly = true)
    public List<WaitingItem> waitingForMe() {
        LocalDate today = LocalDate.now(clock.withZone(WhatWaits.COPENHAGEN));
        List<WaitingItem> items = new ArrayList<>(whatWaits.forMe(today).stream().map(WhatWaits.Waiting::item).toList());
        // Invitations the person has not read yet.
        notices.findByUserIdOrderByIdDesc(me(), Limit.of(SHOWN)).stream().map(NoticeEntity::toNotice)
                .filter(n -> n.kind() == NoticeKind.INVITED && !n.read())
                .forEach(n -> items.add(new WaitingItem(WaitingItem.Kind.INVITATION, n.scopingId(), n.args(), n.link(), null)));
        items.sort(Comparator.comparing((WaitingItem i) -> i.kind().ordinal())
                .thenComparing(i -> i.due() == null ? LocalDate.MAX : i.due()));
        return items;
    }

    /** The scoping's review dates and end date as an iCalendar file; members only. */
    @Transactional(readOnly = true)
    public CalendarFile calendar(ScopingId scoping, Locale language) {
        ScopingDetails details = scopings.details(scoping);
        List<ScopingDates.Dated> all = dates.dates(details);
        return new CalendarFile(ScopingDates.fileName(details),
                dates.calendar(details, all, Translations.supported(language)), all.size());
    }

    private long me() {
        UserSummary me = currentUser.require();
        return me.id().value();
    }

    public record CalendarFile(String fileName, byte[] content, int events) {
    }
}
