package dk.sammen.disagreement;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.Problem;
import dk.sammen.base.StaleVersionException;
import dk.sammen.base.TextRules;
import dk.sammen.canvas.CanvasContent;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.canvas.StoredRow;
import dk.sammen.disagreement.internal.FlagEntity;
import dk.sammen.disagreement.internal.FlagRepository;
import dk.sammen.disagreement.internal.PositionEntity;
import dk.sammen.disagreement.internal.PositionRepository;

import dk.sammen.scoping.Membership;
import dk.sammen.scoping.Party;
import dk.sammen.scoping.PartyId;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.scoping.ScopingService;
import dk.sammen.scoping.ScopingSummary;
import dk.sammen.security.CurrentUser;
import dk.sammen.security.UserSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disagreements on the canvas. Members see a scoping's flags; anyone in it may raise one; a
 * party's position is written by that party's own members; the evaluator writes the neutral
 * summary; only the evaluator or the facilitator closes a flag. Escalation follows the decision
 * mandate's ladder (section 11), each level with its decider and its time limit in working days.
 */
@Service
public class DisagreementService {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 4000;

    private final FlagRepository flags;
    private final PositionRepository positions;
    private final ScopingService scopings;
    private final CanvasService canvas;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisagreementService(FlagRepository flags, PositionRepository positions, ScopingService scopings,
                        CanvasService canvas, CurrentUser currentUser, ApplicationEventPublisher events,
                        Clock clock) {
        this.flags = flags;
        this.positions = positions;
        this.scopings = scopings;
        this.canvas = canvas;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Every flag of a scoping, oldest first. Members only. */
    @Transactional(readOnly = true)
    public List<Flag> flags(ScopingId scoping) {
        ScopingDetails details = scopings.details(scoping);
        return toFlags(flags.findByScopingIdOrderByIdAsc(scoping.value()), Map.of(scoping.value(), details));
    }

    /** The open and escalated flags: while there are any, the scoping cannot go to review. */
    @Transactional(readOnly = true)
    public List<Flag> blocking(ScopingId scoping) {
        return flags(scoping).stream().filter(f -> f.state().active()).toList();
    }

    /** Flags the parties accepted as open issues, with each party's reservation: section 16 of the charter. */
    @Transactional(readOnly = true)
    public List<Flag> openIssues(ScopingId scoping) {
        return flags(scoping).stream().filter(f -> f.state() instanceof FlagState.Accepted).toList();
    }

    @Transactional
    public Flag raise(ScopingId scoping, NewFlag flag) {
        Membership me = scopings.membership(scoping);
        ScopingDetails details = scopings.details(scoping);
        var problems = new InvalidInputException.Collector();
        String title = TextRules.clean(flag.title());
        String description = TextRules.clean(flag.description());
        TextRules.check(problems, "title", title, TITLE_MAX, true);
        TextRules.check(problems, "description", description, TEXT_MAX, true);
        if (canvas.template().section(flag.section()).isEmpty()) problems.add("section", "validation.unknownField");
        if (flag.parties().isEmpty()) problems.add("parties", "validation.flag.parties");
        if (flag.parties().stream().anyMatch(p -> details.party(p).isEmpty())) problems.add("parties", "validation.unknownParty");
        CanvasContent content = canvas.content(scoping);
        if (flag.rowId() != null && content.rows().values().stream().flatMap(List::stream)
                .noneMatch(r -> r.id() == flag.rowId() && r.table().section().equals(flag.section()))) {
            problems.add("row", "validation.unknownRow");
        }
        problems.throwIfAny();
        FlagEntity entity = flags.saveAndFlush(new FlagEntity(scoping.value(), flag.section(), flag.rowId(), title, description,
                flag.parties().stream().map(PartyId::value).collect(Collectors.toSet()), me.user().id().value(), clock.instant(),
                deadline(ladder(content), 1)));
        changed(scoping, entity, FlagNews.What.RAISED, me.user());
        return flag(scoping, entity.requireId());
    }

    /**
     * Raises a flag found in a live session's agreement check, with the reasons the parties' people
     * gave there as those parties' first positions (written by them; each only for their own
     * party). The caller (the session) has checked who may turn the check into a flag.
     */
    @Transactional
    public Flag raiseWithPositions(ScopingId scoping, NewFlag flag, List<FirstPosition> stated) {
        Flag raised = raise(scoping, flag);
        ScopingDetails details = scopings.details(scoping);
        for (FirstPosition position : stated) {
            boolean ownParty = details.membersOf(position.party()).stream().anyMatch(m -> m.user().id().value() == position.writtenBy());
            if (!ownParty || !flag.parties().contains(position.party())) {
                throw new InvalidInputException(Problem.of("party", "validation.flag.notInvolved"));
            }
            String clean = TextRules.clean(position.text());
            var problems = new InvalidInputException.Collector();
            TextRules.check(problems, "position", clean, TEXT_MAX, true);
            problems.throwIfAny();
            PositionEntity entity = new PositionEntity(raised.id(), position.party().value());
            entity.write(clean, position.writtenBy(), clock.instant());
            positions.saveAndFlush(entity);
        }
        return flag(scoping, raised.id());
    }

    /** A party states (or changes) its position; only that party's own members may. */
    @Transactional
    public Flag statePosition(ScopingId scoping, long flagId, PartyId party, String text, long expectedVersion) {
        Membership me = scopings.membership(scoping);
        FlagEntity flag = flagOf(scoping, flagId);
        if (!me.parties().contains(party)) throw new AccessDeniedException("only the party's own members state its position");
        if (!flag.involves(party.value())) throw new InvalidInputException(Problem.of("party", "validation.flag.notInvolved"));
        String clean = TextRules.clean(text);
        var problems = new InvalidInputException.Collector();
        TextRules.check(problems, "position", clean, TEXT_MAX, true);
        problems.throwIfAny();
        PositionEntity position = positions.findByFlagIdAndPartyId(flagId, party.value())
                .orElseGet(() -> new PositionEntity(flagId, party.value()));
        long current = position.getId() == null ? -1 : position.lockVersion();
        if (current != expectedVersion) {
            throw new StaleVersionException(position.body(), current,
                    scopings.names(scoping, List.of(position.writtenBy())).getOrDefault(position.writtenBy(), ""));
        }
        position.write(clean, me.user().id().value(), clock.instant());
        positions.saveAndFlush(position);
        touch(flag);
        canvas.recordActivity(scoping, flag.section(), "flag/" + flagId, flag.title());
        events.publishEvent(new FlagsChanged(scoping.value()));
        return flag(scoping, flagId);
    }

    /** The evaluator's neutral summary of the disagreement. */
    @Transactional
    public Flag summarize(ScopingId scoping, long flagId, String summary) {
        Membership me = scopings.membership(scoping);
        if (!me.roles().contains(ScopingRole.EVALUATOR)) throw new AccessDeniedException("only the evaluator summarizes");
        FlagEntity flag = flagOf(scoping, flagId);
        String clean = TextRules.clean(summary);
        var problems = new InvalidInputException.Collector();
        TextRules.check(problems, "summary", clean, TEXT_MAX, false);
        problems.throwIfAny();
        flag.summarize(clean);
        touch(flag);
        events.publishEvent(new FlagsChanged(scoping.value()));
        return flag(scoping, flagId);
    }

    /**
     * Moves the flag one level up the ladder, jointly by the named parties (escalation across
     * management layers is done together). The escalating person belongs to one of them, or is
     * the facilitator or the evaluator.
     */
    @Transactional
    public Flag escalate(ScopingId scoping, long flagId, Set<PartyId> jointly) {
        Membership me = scopings.membership(scoping);
        FlagEntity flag = flagOf(scoping, flagId);
        if (jointly.isEmpty() || jointly.stream().anyMatch(p -> !flag.involves(p.value()))) {
            throw new InvalidInputException(Problem.of("parties", "validation.flag.notInvolved"));
        }
        boolean speaksForOne = jointly.stream().anyMatch(me.parties()::contains);
        if (!speaksForOne && !me.isFacilitator() && !me.roles().contains(ScopingRole.EVALUATOR)) {
            throw new AccessDeniedException("escalated by the parties involved, the facilitator or the evaluator");
        }
        List<StoredRow> ladder = ladder(canvas.content(scoping));
        int next = FlagTransitions.escalate(flag.state(), flag.level(), ladder.size());
        flag.escalate(next, jointly.stream().map(PartyId::value).toList(), deadline(ladder, next));
        touch(flag);
        changed(scoping, flag, FlagNews.What.ESCALATED, me.user());
        return flag(scoping, flagId);
    }

    @Transactional
    public Flag resolve(ScopingId scoping, long flagId, String decision, String decidedBy) {
        Membership me = requireCloser(scoping);
        FlagEntity flag = flagOf(scoping, flagId);
        var problems = new InvalidInputException.Collector();
        String cleanDecision = TextRules.clean(decision);
        String cleanBy = TextRules.clean(decidedBy);
        TextRules.check(problems, "decision", cleanDecision, TEXT_MAX, true);
        TextRules.check(problems, "decidedBy", cleanBy, TITLE_MAX, true);
        problems.throwIfAny();
        flag.moveTo(FlagTransitions.resolve(flag.state(), cleanDecision, cleanBy, flag.level()));
        touch(flag);
        changed(scoping, flag, FlagNews.What.RESOLVED, me.user());
        return flag(scoping, flagId);
    }

    /** The parties agree to disagree: the flag becomes an open issue of the charter, with each party's reservation. */
    @Transactional
    public Flag accept(ScopingId scoping, long flagId) {
        Membership me = requireCloser(scoping);
        FlagEntity flag = flagOf(scoping, flagId);
        flag.moveTo(FlagTransitions.accept(flag.state()));
        touch(flag);
        changed(scoping, flag, FlagNews.What.ACCEPTED, me.user());
        return flag(scoping, flagId);
    }

    @Transactional
    public Flag reopen(ScopingId scoping, long flagId) {
        Membership me = requireCloser(scoping);
        FlagEntity flag = flagOf(scoping, flagId);
        flag.reopen(FlagTransitions.reopen(flag.state()), deadline(ladder(canvas.content(scoping)), flag.level()));
        touch(flag);
        changed(scoping, flag, FlagNews.What.REOPENED, me.user());
        return flag(scoping, flagId);
    }

    /**
     * The disagreements that concern the signed-in person, across their scopings: every flag where
     * they are the evaluator or the facilitator (their overview), and elsewhere the flags that involve
     * their party or that they raised. Overdue first, then active, by deadline and age. Optionally
     * only one state key (OPEN, ESCALATED, RESOLVED, ACCEPTED) or one scoping.
     */
    @Transactional(readOnly = true)
    public List<Flag> overview(@Nullable String stateKey, @Nullable ScopingId only) {
        List<ScopingSummary> mine = scopings.myScopings().stream()
                .filter(s -> only == null || s.id().equals(only)).toList();
        Map<Long, ScopingDetails> details = mine.stream().collect(Collectors.toMap(s -> s.id().value(), s -> scopings.details(s.id())));
        LocalDate today = LocalDate.now(clock);
        List<FlagEntity> concerning = flags.findByScopingIdIn(details.keySet()).stream()
                .filter(f -> concerns(details.get(f.scopingId()).me(), f)).toList();
        return toFlags(concerning, details).stream()
                .filter(f -> stateKey == null || f.state().key().equals(stateKey))
                .sorted(Comparator.comparing((Flag f) -> !f.overdue(today))
                        .thenComparing(f -> !f.state().active())
                        .thenComparing(f -> f.deadline() == null ? LocalDate.MAX : f.deadline())
                        .thenComparing(Flag::raisedAt))
                .toList();
    }

    private static boolean concerns(Membership me, FlagEntity flag) {
        if (me.isFacilitator() || me.roles().contains(ScopingRole.EVALUATOR)) return true;
        return flag.raisedBy() == me.user().id().value() || me.parties().stream().anyMatch(p -> flag.involves(p.value()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Membership requireCloser(ScopingId scoping) {
        Membership me = scopings.membership(scoping);
        if (!me.isFacilitator() && !me.roles().contains(ScopingRole.EVALUATOR)) {
            throw new AccessDeniedException("only the evaluator or the facilitator closes a flag");
        }
        return me;
    }

    private Flag flag(ScopingId scoping, long flagId) {
        return flags(scoping).stream().filter(f -> f.id() == flagId).findFirst().orElseThrow();
    }

    private FlagEntity flagOf(ScopingId scoping, long flagId) {
        // A flag of another scoping is treated exactly like one that does not exist.
        return flags.findById(flagId).filter(f -> f.scopingId() == scoping.value())
                .orElseThrow(() -> new InvalidInputException(Problem.of("flag", "validation.flag.unknown")));
    }

    private void touch(FlagEntity flag) {
        flag.changed(clock.instant());
        flags.saveAndFlush(flag);
    }

    /** History, activity feed, the news for the people involved (the notification feature tells them), and the live update. */
    private void changed(ScopingId scoping, FlagEntity flag, FlagNews.What what, UserSummary actor) {
        canvas.recordActivity(scoping, flag.section(), "flag/" + flag.requireId(), flag.title());
        events.publishEvent(new FlagNews(scoping, flag.requireId(), flag.section(), what, flag.title(),
                flag.parties().stream().map(PartyId::new).collect(Collectors.toSet()), flag.level(), actor.id().value()));
        events.publishEvent(new FlagsChanged(scoping.value()));
    }

    private static List<StoredRow> ladder(CanvasContent content) {
        return content.rows(CanvasTemplate.LADDER);
    }

    private @Nullable LocalDate deadline(List<StoredRow> ladder, int level) {
        if (level > ladder.size()) return null;
        String days = ladder.get(level - 1).cell(CanvasTemplate.LADDER_DAYS);
        if (days.isEmpty()) return null;
        return WorkingDays.add(LocalDate.now(clock), new java.math.BigDecimal(days).intValue());
    }

    private List<Flag> toFlags(List<FlagEntity> entities, Map<Long, ScopingDetails> details) {
        if (entities.isEmpty()) return List.of();
        Map<Long, List<PositionEntity>> byFlag = positions.findByFlagIdIn(entities.stream().map(FlagEntity::requireId).toList())
                .stream().collect(Collectors.groupingBy(PositionEntity::flagId));
        // Who raised each flag and wrote its positions, named per scoping by its own people.
        Map<Long, Set<Long>> peopleByScoping = new HashMap<>();
        for (FlagEntity f : entities) {
            Set<Long> people = peopleByScoping.computeIfAbsent(f.scopingId(), id -> new HashSet<>());
            people.add(f.raisedBy());
            byFlag.getOrDefault(f.requireId(), List.of()).forEach(p -> people.add(p.writtenBy()));
        }
        Map<Long, Map<Long, String>> names = new HashMap<>();
        peopleByScoping.forEach((id, people) -> names.put(id, scopings.names(new ScopingId(id), people)));
        // One read of each scoping's decision ladder, not one per flag.
        Map<Long, List<StoredRow>> ladders = details.values().stream()
                .collect(Collectors.toMap(d -> d.id().value(), d -> ladder(canvas.content(d.id()))));
        return entities.stream().map(f -> {
            ScopingDetails d = details.get(f.scopingId());
            Map<Long, String> people = names.get(f.scopingId());
            Map<Long, Party> parties = d.parties().stream().collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
            List<StoredRow> ladder = ladders.get(f.scopingId());
            String decides = f.level() <= ladder.size() ? ladder.get(f.level() - 1).cell(CanvasTemplate.LADDER_DECIDES) : "";
            List<Flag.Position> pos = byFlag.getOrDefault(f.requireId(), List.of()).stream()
                    .map(p -> new Flag.Position(new PartyId(p.partyId()), Optional.ofNullable(parties.get(p.partyId())).map(Party::name)
                            .orElse(""), p.body(), people.getOrDefault(p.writtenBy(), ""), p.writtenAt(), p.lockVersion()))
                    .sorted(Comparator.comparing(Flag.Position::partyName)).toList();
            List<PartyId> escalatedBy = f.escalatedBy().stream().map(PartyId::new).toList();
            return new Flag(f.requireId(), d.id(), d.title(), f.section(), f.rowId(), f.title(), f.description(),
                    f.parties().stream().sorted().map(PartyId::new).toList(), f.state(), f.level(), f.deadline(), decides, escalatedBy,
                    f.neutralSummary(), pos, people.getOrDefault(f.raisedBy(), ""), f.raisedAt(), f.lockVersion());
        }).toList();
    }



}
