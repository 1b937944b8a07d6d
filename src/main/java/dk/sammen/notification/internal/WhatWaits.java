package dk.sammen.notification.internal;

import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.scoping.ScopingPlace;
import dk.sammen.approval.Approval;
import dk.sammen.approval.ApprovalService;
import dk.sammen.approval.ReviewRound;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.disagreement.Flag;
import dk.sammen.disagreement.WorkingDays;
import dk.sammen.notification.NoticeKind;
import dk.sammen.notification.WaitingItem;
import dk.sammen.scoping.Membership;
import dk.sammen.scoping.Party;
import dk.sammen.scoping.PartyId;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.scoping.ScopingService;
import dk.sammen.scoping.ScopingSummary;
import dk.sammen.scoping.Stage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What waits for the signed-in person, asked of the other features' services as that person (so
 * only their own scopings count): approvals their party has not given, positions their party has
 * not written, flags of their party near or past the deadline, and the dates ahead in charters in
 * force. Both the dashboard and the morning reminders read it, so a reminder is never about
 * something the person does not see waiting, and stops as soon as they acted.
 */
@Component
public class WhatWaits {

    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    /** A leader is reminded of an approval every this many working days until they decide. */
    static final int APPROVAL_EVERY = 2;
    /** A party is reminded of a missing position after this many working days, and again each time as many pass. */
    static final int POSITION_EVERY = 3;
    /** "The deadline is near": this many working days or fewer. */
    static final int DEADLINE_NEAR = 2;
    /** Dates ahead are announced this many working days before, and again the working day before. */
    static final int DATE_FIRST = 7;

    private final ScopingService scopings;
    private final ApprovalService approvals;
    private final DisagreementService disagreements;
    private final ScopingDates dates;

    WhatWaits(ScopingService scopings, ApprovalService approvals, DisagreementService disagreements, ScopingDates dates) {
        this.scopings = scopings;
        this.approvals = approvals;
        this.disagreements = disagreements;
        this.dates = dates;
    }

    /**
     * One thing waiting, with what a reminder of it would be today: the kind, its key (one reminder
     * per key, ever) and the working days it has waited or is ahead; no reminder when {@code remind} is null.
     */
    public record Waiting(WaitingItem item, ScopingDetails scoping, @Nullable NoticeKind remind, String reminderKey, int workingDays,
                   @Nullable Flag flag, @Nullable ReviewRound round, @Nullable Party party, ScopingDates.@Nullable Dated date) {
    }

    public List<Waiting> forMe(LocalDate today) {
        List<Waiting> all = new ArrayList<>();
        for (ScopingSummary summary : scopings.myScopings()) {
            ScopingDetails details = scopings.details(summary.id());
            Membership me = details.me();
            if (details.stage() == Stage.IN_REVIEW && me.roles().contains(ScopingRole.LEADER)) approvals(details, today, all);
            if (details.stage() != Stage.APPROVED && !me.parties().isEmpty()) flags(details, today, all);
            if (details.stage() == Stage.APPROVED) dates(details, today, all);
        }
        return all;
    }

    private void approvals(ScopingDetails details, LocalDate today, List<Waiting> all) {
        Optional<ReviewRound> round = approvals.currentRound(details.id()).filter(ReviewRound::open);
        if (round.isEmpty()) return;
        for (PartyId party : details.me().parties()) {
            boolean leads = details.meLeads(party);
            boolean decided = round.get().approvals().stream().filter(Approval::standing).anyMatch(a -> a.party().equals(party));
            if (!leads || decided) continue;
            Party p = details.party(party).orElseThrow();
            int waited = WorkingDays.between(round.get().sentAt().atZone(COPENHAGEN).toLocalDate(), today);
            int period = waited / APPROVAL_EVERY;
            all.add(new Waiting(new WaitingItem(WaitingItem.Kind.APPROVAL, details.id().value(), List.of(details.title(), p.name()),
                    new ScopingPlace.Review(details.id()).path(), null), details, period > 0 ? NoticeKind.APPROVAL_REMINDER : null,
                    "approval:" + round.get().id() + ":" + party.value() + ":" + period, waited, null, round.get(), p, null));
        }
    }

    private void flags(ScopingDetails details, LocalDate today, List<Waiting> all) {
        for (Flag flag : disagreements.flags(details.id())) {
            if (!flag.state().active()) continue;
            String link = new ScopingPlace.Flags(details.id(), flag.section()).path();
            for (PartyId party : details.me().parties()) {
                if (!flag.parties().contains(party)) continue;
                if (flag.positions().stream().noneMatch(p -> p.party().equals(party))) {
                    Party p = details.party(party).orElseThrow();
                    int waited = WorkingDays.between(flag.raisedAt().atZone(COPENHAGEN).toLocalDate(), today);
                    int period = waited / POSITION_EVERY;
                    all.add(new Waiting(new WaitingItem(WaitingItem.Kind.POSITION, details.id().value(),
                            List.of(details.title(), flag.title(), p.name()), link, flag.deadline()), details,
                            period > 0 ? NoticeKind.POSITION_MISSING : null,
                            "position:" + flag.id() + ":" + party.value() + ":" + period, waited, flag, null, p, null));
                }
            }
            boolean mine = flag.parties().stream().anyMatch(details.me().parties()::contains);
            if (!mine || flag.deadline() == null) continue;
            String at = flag.id() + ":" + flag.level() + ":" + flag.deadline();
            if (today.isAfter(flag.deadline())) {
                all.add(new Waiting(new WaitingItem(WaitingItem.Kind.OVERDUE, details.id().value(), List.of(details.title(), flag.title()),
                        link, flag.deadline()), details, NoticeKind.FLAG_OVERDUE, "overdue:" + at, 0, flag, null, null, null));
            } else if (WorkingDays.between(today, flag.deadline()) <= DEADLINE_NEAR) {
                all.add(new Waiting(new WaitingItem(WaitingItem.Kind.DEADLINE, details.id().value(), List.of(details.title(), flag.title()),
                        link, flag.deadline()), details, NoticeKind.FLAG_DEADLINE_NEAR, "deadline:" + at,
                        WorkingDays.between(today, flag.deadline()), flag, null, null, null));
            }
        }
    }

    private void dates(ScopingDetails details, LocalDate today, List<Waiting> all) {
        boolean first = true;
        for (ScopingDates.Dated date : dates.dates(details)) {
            if (date.date().isBefore(today)) continue;
            int ahead = WorkingDays.between(today, date.date());
            // The nearest date is shown on the dashboard; any date gets its two announcements.
            String step = ahead <= 1 ? "1" : ahead <= DATE_FIRST ? String.valueOf(DATE_FIRST) : null;
            if (!first && step == null) continue;
            all.add(new Waiting(new WaitingItem(WaitingItem.Kind.DATE, details.id().value(), List.of(details.title(), date.what()),
                    new ScopingPlace.Section(details.id(), CanvasTemplate.END_DATE.section()).path(), date.date()), details,
                    step == null ? null : NoticeKind.DATE_AHEAD, "date:" + details.id().value() + ":" + date.key() + ":" + date.date() + ":" + step,
                    ahead, null, null, null, date));
            first = false;
        }
    }
}
