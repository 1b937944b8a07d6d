package dk.sammen.notification.internal;

import dk.sammen.base.Formats;
import dk.sammen.base.Translations;
import dk.sammen.disagreement.WorkingDays;
import dk.sammen.mail.MailOutbox;
import dk.sammen.notification.Delivery;
import dk.sammen.notification.Notice;
import dk.sammen.notification.NoticeKind;
import dk.sammen.notification.internal.WhatWaits.Waiting;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import dk.sammen.security.ActingAs;
import dk.sammen.security.UserSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The morning round on working days (from 08:00 Copenhagen time): reminders, then the daily
 * digests. Nothing on weekends and Danish public holidays; what would have gone then goes the next
 * working morning. Once per day and cluster: ShedLock keeps a second server out while it runs, the
 * day is recorded when it is done, and every reminder has a key that is sent once, so a crash half
 * way through and a second run send nothing twice.
 */
@Component
public class MorningRound {

    static final LocalTime MORNING = LocalTime.of(8, 0);
    private static final String JOB = "morning";
    private static final Logger log = LoggerFactory.getLogger(MorningRound.class);

    private final WhatWaits whatWaits;
    private final Notifier notifier;
    private final NotificationMails mails;
    private final NoticeRepository notices;
    private final ReminderSentRepository sent;
    private final JobDayRepository jobs;
    private final ScopingService scopings;
    private final AccountService accounts;
    private final ScopingDates dates;
    private final MailOutbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MorningRound(WhatWaits whatWaits, Notifier notifier, NotificationMails mails, NoticeRepository notices, ReminderSentRepository sent,
                 JobDayRepository jobs, ScopingService scopings, AccountService accounts, ScopingDates dates, MailOutbox outbox,
                 TransactionTemplate transaction, Clock clock) {
        this.whatWaits = whatWaits;
        this.notifier = notifier;
        this.mails = mails;
        this.notices = notices;
        this.sent = sent;
        this.jobs = jobs;
        this.scopings = scopings;
        this.accounts = accounts;
        this.dates = dates;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Runs the round if it is due and not yet done today, and gives the day it ran for; empty when it
     * did not run (not due, done already, or another server holds the lock). Called by the scheduler, and by tests.
     */
    @SchedulerLock(name = "notifications-morning", lockAtMostFor = "PT30M")
    public Optional<LocalDate> runIfDue() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(WhatWaits.COPENHAGEN));
        LocalDate today = now.toLocalDate();
        if (!WorkingDays.isWorkingDay(today) || now.toLocalTime().isBefore(MORNING)) return Optional.empty();
        // Equal, not "not before": a clock set back (tests move time) runs that day's round again; the reminder keys still hold.
        boolean done = jobs.findById(JOB).map(j -> j.lastDay().equals(today)).orElse(false);
        if (done) return Optional.empty();
        ActingAs.system(() -> {
            remindEveryone(today);
            sendDigests(today);
            return null;
        });
        transaction.executeWithoutResult(s -> jobs.findById(JOB).ifPresentOrElse(j -> j.done(today),
                () -> jobs.save(new JobDayEntity(JOB, today))));
        return Optional.of(today);
    }

    private void remindEveryone(LocalDate today) {
        List<UserSummary> people = accounts.users(scopings.everyMember()).stream().filter(UserSummary::active).toList();
        for (UserSummary person : people) {
            try {
                // As the person: only their own scopings, with their access, exactly as on their dashboard.
                ActingAs.run(person.username(), () -> transaction.executeWithoutResult(s -> remind(person, today)));
            } catch (RuntimeException e) {
                // One person's broken reminder must not keep everyone else's; the next morning tries again.
                log.warn("Reminders for account {} failed", person.id().value(), e);
            }
        }
    }

    private void remind(UserSummary person, LocalDate today) {
        for (Waiting waiting : whatWaits.forMe(today)) {
            if (waiting.remind() == null) continue;
            var key = new ReminderSentEntity.Key(person.id().value(), waiting.reminderKey());
            if (sent.existsById(key)) continue;
            sent.save(new ReminderSentEntity(person.id().value(), waiting.reminderKey(), clock.instant()));
            notifier.tell(Set.of(person.id().value()), reminder(waiting));
        }
    }

    private NoticeDraft reminder(Waiting w) {
        var scoping = w.scoping();
        String title = scoping.title();
        String link = w.item().link();
        NoticeKind kind = w.remind();
        return switch (kind) {
            case APPROVAL_REMINDER -> NoticeDraft.of(kind, scoping.id(), link,
                    language -> List.of(title, String.valueOf(w.workingDays()), w.round().fingerprint().grouped()));
            case POSITION_MISSING -> NoticeDraft.of(kind, scoping.id(), link,
                    language -> List.of(title, w.flag().title(), w.party().name(), String.valueOf(w.workingDays()))).aboutFlag(w.flag().id());
            case FLAG_DEADLINE_NEAR, FLAG_OVERDUE -> NoticeDraft.of(kind, scoping.id(), link,
                    language -> List.of(title, w.flag().title(), Formats.date(w.flag().deadline(), language))).aboutFlag(w.flag().id());
            case DATE_AHEAD -> NoticeDraft.of(kind, scoping.id(), link,
                            language -> List.of(title, dates.name(w.date(), language), Formats.date(w.date().date(), language),
                                    String.valueOf(w.workingDays())))
                    // The date as a calendar entry, so it lands in Outlook with one click.
                    .withAttachments(language -> List.of(CalendarFiles.attachment(ScopingDates.fileName(scoping),
                            dates.calendar(scoping, List.of(w.date()), language))));
            default -> throw new IllegalStateException("not a reminder: " + kind);
        };
    }

    /** One mail per person with the day's notices on a digest topic; notices of people without an address are just marked. */
    private void sendDigests(LocalDate today) {
        for (long userId : notices.usersWaitingFor(Delivery.DAILY_DIGEST)) {
            transaction.executeWithoutResult(s -> {
                var waiting = notices.findByUserIdAndDeliveryAndDigestedAtIsNullOrderByIdAsc(userId, Delivery.DAILY_DIGEST);
                UserSummary person = accounts.users(Set.of(userId)).stream().findFirst().orElse(null);
                if (person != null && person.active() && !person.email().isEmpty() && !waiting.isEmpty()) {
                    Locale language = Translations.supported(person.locale());
                    List<Notice> list = waiting.stream().map(NoticeEntity::toNotice).toList();
                    outbox.enqueue(mails.digest(person, language, list, today,
                            notifier.unsubscribeTokens(Set.of(userId)).get(userId)));
                }
                waiting.forEach(n -> n.digested(clock.instant()));
            });
        }
    }
}
