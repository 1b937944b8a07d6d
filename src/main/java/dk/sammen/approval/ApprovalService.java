package dk.sammen.approval;

import dk.sammen.base.MessageKey;
import dk.sammen.canvas.CanvasKeys;
import dk.sammen.approval.internal.ApprovalEntity;
import dk.sammen.approval.internal.ApprovalRepository;
import dk.sammen.approval.internal.RoundEntity;
import dk.sammen.approval.internal.RoundRepository;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.Problem;
import dk.sammen.base.TextRules;
import dk.sammen.canvas.CanvasContent;
import dk.sammen.canvas.CanvasEvents;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.FieldType;
import dk.sammen.canvas.ResourceSplit;
import dk.sammen.canvas.TableRef;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.disagreement.Flag;
import dk.sammen.live.ScopingEvent;
import dk.sammen.scoping.Membership;
import dk.sammen.scoping.Party;
import dk.sammen.scoping.PartyId;
import dk.sammen.scoping.ScopingChanged;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.scoping.ScopingService;
import dk.sammen.scoping.Stage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dk.sammen.security.CurrentUser;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Review and approval. The facilitator sends a scoping to review when the gates hold; that fixes
 * a version by its canonical form and fingerprint. Each party's leader approves (or declines) that
 * fingerprint for their own party. A change of content during review makes a new version and
 * withdraws the approvals given so far, visibly. When every leader approved the same fingerprint,
 * the version is approved and frozen.
 */
@Service
public class ApprovalService {

    static final int NOTE_MAX = 4000;

    private final RoundRepository rounds;
    private final ApprovalRepository approvals;
    private final ScopingService scopings;
    private final CanvasService canvas;
    private final DisagreementService disagreements;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApprovalService(RoundRepository rounds, ApprovalRepository approvals, ScopingService scopings, CanvasService canvas,
                    DisagreementService disagreements, ApplicationEventPublisher events,
                    CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.rounds = rounds;
        this.approvals = approvals;
        this.scopings = scopings;
        this.canvas = canvas;
        this.disagreements = disagreements;
        this.events = events;
        this.clock = clock;
    }

    /** What is missing before review, each item tied to its section; and the "before" checklist. */
    @Transactional(readOnly = true)
    public ReviewGate gate(ScopingId scoping) {
        ScopingDetails details = scopings.details(scoping);
        CanvasContent content = canvas.content(scoping);
        CanvasTemplate template = canvas.template();
        List<ReviewGate.Missing> missing = new ArrayList<>();
        if (details.parties().size() < ScopingService.MIN_PARTIES) missing.add(missing("parties", "gate.twoParties"));
        for (Party p : details.parties()) {
            if (details.leaderOf(p.id()).isEmpty()) missing.add(new ReviewGate.Missing("parties", "gate.leader", List.of(p.name())));
        }
        if (details.withRole(ScopingRole.EVALUATOR).isEmpty()) missing.add(missing("roles", "gate.evaluator"));
        for (CanvasTemplate.Section section : template.sections()) {
            for (CanvasTemplate.Field field : section.fields()) {
                // A key, shown translated in the reader's language (a plain string would be shown as it is).
                MessageKey label = CanvasKeys.field(section.key(), field.key());
                if (field.type() == FieldType.TABLE) {
                    if (content.rows(new TableRef(section.key(), field.key())).size() < field.minRows()) {
                        missing.add(new ReviewGate.Missing(section.key(), "gate.rows", List.of(label, field.minRows())));
                    }
                } else if (field.required() && field.perParty()) {
                    for (Party p : details.parties()) {
                        if (content.text(FieldRef.forParty(section.key(), field.key(), p.id())).isEmpty()) {
                            missing.add(new ReviewGate.Missing(section.key(), "gate.partyField", List.of(label, p.name())));
                        }
                    }
                } else if (field.required() && content.text(FieldRef.joint(section.key(), field.key())).isEmpty()) {
                    missing.add(new ReviewGate.Missing(section.key(), "gate.field", List.of(label)));
                }
            }
        }
        ResourceSplit split = ResourceSplit.compute(details.parties(), content::text);
        if (!split.balanced()) missing.add(new ReviewGate.Missing(CanvasTemplate.RESOURCES, "gate.shares", List.of(split.shareSum().toPlainString())));
        for (Flag flag : disagreements.blocking(scoping)) {
            missing.add(new ReviewGate.Missing(flag.section(), "gate.flag", List.of(flag.title())));
        }
        boolean leadersNamed = details.parties().stream().allMatch(p -> details.leaderOf(p.id()).isPresent());
        List<ReviewGate.CheckItem> before = List.of(
                new ReviewGate.CheckItem("before.commonStart", !content.text(CanvasTemplate.PROBLEM).isEmpty()),
                new ReviewGate.CheckItem("before.purpose", !content.text(CanvasTemplate.SHARED_PURPOSE).isEmpty()),
                new ReviewGate.CheckItem("before.backing", leadersNamed),
                new ReviewGate.CheckItem("before.resources", split.balanced()),
                new ReviewGate.CheckItem("before.mandate", content.rows(CanvasTemplate.LADDER).size() >= 2
                        && !details.withRole(ScopingRole.EVALUATOR).isEmpty()),
                new ReviewGate.CheckItem("before.exit", !content.text(CanvasTemplate.SUCCESS_CRITERIA).isEmpty()
                        && !content.text(CanvasTemplate.END_DATE).isEmpty()));
        return new ReviewGate(missing, before);
    }

    /** Facilitator only, and only when the gates hold: fixes this version and asks the leaders. */
    @Transactional
    public ReviewRound sendToReview(ScopingId scoping) {
        Membership me = scopings.membership(scoping);
        if (!me.isFacilitator()) throw new AccessDeniedException("only the facilitator sends to review");
        ReviewGate gate = gate(scoping);
        if (!gate.open()) {
            throw new InvalidInputException(gate.missing().stream()
                    .map(m -> new Problem(m.section(), m.messageKey(), m.args())).toList());
        }
        scopings.sendToReview(scoping);
        RoundEntity round = newRound(scoping, me);
        events.publishEvent(new ReviewNews.Requested(scoping, round.requireId(), new Fingerprint(round.fingerprint()), me.user().id().value()));
        return toRound(round, List.of());
    }

    /** The rounds of a scoping, newest first, with their approvals. Members only. */
    @Transactional(readOnly = true)
    public List<ReviewRound> rounds(ScopingId scoping) {
        scopings.membership(scoping);
        List<RoundEntity> all = rounds.findByScopingIdOrderByIdDesc(scoping.value());
        Map<Long, List<ApprovalEntity>> byRound = approvals.findByRoundIdIn(all.stream().map(RoundEntity::requireId).toList())
                .stream().collect(Collectors.groupingBy(ApprovalEntity::roundId));
        return all.stream().map(r -> toRound(r, byRound.getOrDefault(r.requireId(), List.of()))).toList();
    }

    /**
     * The sections whose content differs between the last approved version and the given round,
     * so a leader sees what changed since they last approved. Empty when nothing was approved before.
     */
    public List<String> sectionsChangedSinceApproval(ScopingId scoping, ReviewRound round) {
        Optional<ReviewRound> lastApproved = rounds(scoping).stream().filter(r -> r.approved() && r.id() != round.id()).findFirst();
        if (lastApproved.isEmpty()) return List.of();
        return changedSections(lastApproved.get().canonicalJson(), round.canonicalJson());
    }

    /** The sections (and "parties", "openIssues") whose canonical content differs between two versions. */
    private List<String> changedSections(String beforeJson, String nowJson) {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var before = json.readTree(beforeJson);
        var now = json.readTree(nowJson);
        List<String> changed = new ArrayList<>();
        if (!before.path("parties").equals(now.path("parties"))) changed.add("parties");
        for (CanvasTemplate.Section section : canvas.template().sections()) {
            if (!before.path("sections").path(section.key()).equals(now.path("sections").path(section.key()))) changed.add(section.key());
        }
        if (!before.path("openIssues").equals(now.path("openIssues")) && !changed.contains("openIssues")) changed.add("openIssues");
        return changed;
    }

    public Optional<ReviewRound> currentRound(ScopingId scoping) {
        return rounds(scoping).stream().findFirst();
    }

    /**
     * A leader decides for their own party on the version with this fingerprint. Refused for
     * anyone else, for another party, and for a fingerprint that is no longer the one in review.
     */
    @Transactional
    public ReviewRound decide(ScopingId scoping, PartyId party, Fingerprint approvedFingerprint, Decision decision) {
        Membership me = scopings.membership(scoping);
        ScopingDetails details = scopings.details(scoping);
        if (!details.meLeads(party)) throw new AccessDeniedException("only the party's own leader decides for it");
        if (details.stage() != Stage.IN_REVIEW) throw new InvalidInputException(Problem.of("stage", "validation.stage.notInReview"));
        RoundEntity latest = rounds.findByScopingIdOrderByIdDesc(scoping.value()).stream().findFirst()
                .orElseThrow(() -> new InvalidInputException(Problem.of("stage", "validation.stage.notInReview")));
        RoundEntity round = rounds.findForUpdate(latest.requireId()).filter(RoundEntity::isOpen)
                .orElseThrow(() -> new InvalidInputException(Problem.of("stage", "validation.stage.notInReview")));
        if (!round.fingerprint().equals(approvedFingerprint.hex())) {
            throw new InvalidInputException(Problem.of("fingerprint", "validation.approval.stale", new Fingerprint(round.fingerprint()).grouped()));
        }
        String note = TextRules.clean(decision.note());
        var problems = new InvalidInputException.Collector();
        TextRules.check(problems, "note", note, NOTE_MAX, !(decision instanceof Decision.Approve));
        problems.throwIfAny();
        approvals.findByRoundIdAndPartyIdAndWithdrawnAtIsNull(round.requireId(), party.value()).ifPresent(previous -> {
            previous.withdraw(clock.instant()); // a changed mind is kept in the trail, not overwritten
        });
        Party p = details.party(party).orElseThrow();
        ApprovalEntity approval = new ApprovalEntity(round.requireId(), party.value(), p.name(), me.user().id().value(),
                me.user().displayName(), decision.key(), note, clock.instant(), round.fingerprint(), currentUser.signInMethod());
        approvals.saveAndFlush(approval);
        List<ApprovalEntity> standing = approvals.findByRoundIdIn(List.of(round.requireId())).stream()
                .filter(ApprovalEntity::standing).toList();
        Set<Long> approvedParties = standing.stream().filter(a -> Decision.of(a.decision(), a.note()).approves())
                .map(ApprovalEntity::partyId).collect(Collectors.toSet());
        boolean everyone = details.parties().stream().allMatch(x -> approvedParties.contains(x.id().value()));
        if (everyone) {
            round.approve(clock.instant());
            scopings.markApproved(scoping);
            events.publishEvent(new ReviewNews.Approved(scoping, round.requireId(), new Fingerprint(round.fingerprint())));
        }
        events.publishEvent(new ApprovalsChanged(scoping.value()));
        return rounds(scoping).getFirst();
    }

    /** Facilitator only: an approved scoping becomes a new draft version; the approved round stays on record. */
    @Transactional
    public void reopen(ScopingId scoping) {
        scopings.reopen(scoping);
        events.publishEvent(new ApprovalsChanged(scoping.value()));
    }

    /** Approved rounds whose fingerprint is this one: the charters on record with that content. Members only. */
    @Transactional(readOnly = true)
    public List<ReviewRound> approvedWith(Fingerprint fingerprint) {
        // Someone not invited to a scoping learns nothing about it, not even that it matched.
        Set<Long> mine = scopings.myScopings().stream().map(s -> s.id().value()).collect(Collectors.toSet());
        List<ReviewRound> found = new ArrayList<>();
        for (RoundEntity r : rounds.findByFingerprintAndState(fingerprint.hex(), RoundState.APPROVED)) {
            if (!mine.contains(r.scopingId())) continue;
            rounds(new ScopingId(r.scopingId())).stream().filter(x -> x.id() == r.requireId()).forEach(found::add);
        }
        return found;
    }

    /**
     * With any change of a scoping, before it commits, in the writer's transaction. In review: when
     * the content no longer has the fingerprint in review, the review moves to a new version and
     * the approvals are withdrawn, atomically with the change itself (a change committed without
     * that would leave the leaders approving a fingerprint the content no longer has). In draft:
     * the review gate is worked out once and travels with the change to every open page, from the
     * details and canvas this transaction has already read (one read of the canvas, the flags and
     * their positions: five statements). It only reads; should it fail, the change fails with it
     * and the user keeps what they typed (the ADR weighs this against working it out after commit).
     *
     * <p>Ordered before the last before-commit work, which (with several servers) writes the
     * transaction's events for the other servers, the ones published here among them.
     *
     * @see "docs/adr/0012-one-write-path.md"
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    void contentChanged(ScopingEvent event) {
        if (!(event instanceof CanvasEvents.ChangeRecorded) && !(event instanceof ScopingChanged)) return;
        ScopingId scoping = new ScopingId(event.scopingId());
        if (SecurityContextHolder.getContext().getAuthentication() == null) return;
        Stage stage = scopings.membership(scoping).stage();
        if (stage == Stage.DRAFT || stage == Stage.REOPENED) {
            events.publishEvent(new ReviewGateChanged(scoping.value(), gate(scoping)));
            return;
        }
        if (stage != Stage.IN_REVIEW) return;
        ScopingDetails details = scopings.details(scoping);
        RoundEntity current = rounds.findByScopingIdOrderByIdDesc(scoping.value()).stream().findFirst().orElse(null);
        if (current == null || !current.isOpen()) return;
        if (canonical(scoping).equals(current.canonical())) return;
        current.supersede(clock.instant());
        approvals.findByRoundIdIn(List.of(current.requireId())).forEach(a -> a.withdraw(clock.instant()));
        scopings.newReviewVersion(scoping);
        RoundEntity next = newRound(scoping, details.me());
        events.publishEvent(new ReviewNews.Withdrawn(scoping, next.requireId(), new Fingerprint(next.fingerprint()),
                changedSections(current.canonical(), next.canonical()), details.me().user().id().value()));
        events.publishEvent(new ApprovalsChanged(scoping.value()));
    }

    private RoundEntity newRound(ScopingId scoping, Membership me) {
        String canonical = canonical(scoping);
        return rounds.saveAndFlush(new RoundEntity(scoping.value(), scopings.details(scoping).versionNumber(),
                Fingerprint.of(canonical).hex(), canonical, me.user().id().value(), clock.instant()));
    }

    /** The canonical form of what is stored now. */
    public String canonical(ScopingId scoping) {
        return CanonicalForm.of(scopings.details(scoping), canvas.content(scoping), canvas.template(), disagreements.openIssues(scoping));
    }

    private static ReviewGate.Missing missing(String section, String key) {
        return new ReviewGate.Missing(section, key, List.of());
    }

    private ReviewRound toRound(RoundEntity r, List<ApprovalEntity> given) {
        return new ReviewRound(r.requireId(), new ScopingId(r.scopingId()), r.versionNumber(), new Fingerprint(r.fingerprint()),
                r.canonical(), r.state(), "", r.sentAt(), r.closedAt(), given.stream()
                .map(a -> new Approval(new PartyId(a.partyId()), a.partyName(), a.leaderName(), Decision.of(a.decision(), a.note()),
                        a.decidedAt(), new Fingerprint(a.fingerprint()), a.signIn(), a.withdrawnAt()))
                .toList());
    }
}
