package dk.sammen.session;

import dk.sammen.base.Translations;
import java.util.Locale;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.Problem;
import dk.sammen.base.TextRules;
import dk.sammen.canvas.CanvasService;
import dk.sammen.charter.PlainDocuments;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.disagreement.FirstPosition;
import dk.sammen.disagreement.Flag;
import dk.sammen.disagreement.NewFlag;
import dk.sammen.scoping.Member;
import dk.sammen.scoping.Membership;
import dk.sammen.scoping.Party;
import dk.sammen.scoping.PartyId;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.CurrentUser;
import dk.sammen.session.internal.AnswerEntity;
import dk.sammen.session.internal.AnswerRepository;
import dk.sammen.session.internal.CheckEntity;
import dk.sammen.session.internal.CheckRepository;
import dk.sammen.session.internal.MinutesDocument;
import dk.sammen.session.internal.ParticipantEntity;
import dk.sammen.session.internal.ParticipantRepository;
import dk.sammen.session.internal.SessionEntity;
import dk.sammen.session.internal.SessionRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live sessions of a scoping: the feature's only door. The facilitator (or a co-facilitator they
 * name) drives: starts with an agenda, moves through it, reveals checks and ends the session; the
 * evaluator may ask for an agreement check but changes nothing else; every member may join and
 * answer for their own party. Each change is stored (a reload or another server sees it) and sent
 * to every open page of the scoping as a {@link SessionChanged}, without the hidden answers.
 */
@Service
public class SessionService {

    public static final int MAX_MINUTES = 120;
    public static final int REASON_MAX = 200;
    /** How long a session keeps running without anyone who drives it on a page of the scoping. */
    public static final Duration DRIVER_GRACE = Duration.ofMinutes(10);
    private static final TypeReference<List<AgendaItem>> AGENDA = new TypeReference<>() {
    };

    private final ScopingService scopings;
    private final CanvasService canvas;
    private final DisagreementService disagreements;
    private final SessionRepository sessions;
    private final ParticipantRepository participants;
    private final CheckRepository checks;
    private final AnswerRepository answers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MinutesDocument minutesDocument;
    private final PlainDocuments documents;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final JsonMapper json = JsonMapper.builder().build();

    SessionService(ScopingService scopings, CanvasService canvas, DisagreementService disagreements, SessionRepository sessions,
                   ParticipantRepository participants, CheckRepository checks, AnswerRepository answers,
                   ApplicationEventPublisher events, Clock clock, MinutesDocument minutesDocument, PlainDocuments documents,
                   CurrentUser currentUser, Translations translations) {
        this.currentUser = currentUser;
        this.translations = translations;
        this.minutesDocument = minutesDocument;
        this.documents = documents;
        this.scopings = scopings;
        this.canvas = canvas;
        this.disagreements = disagreements;
        this.sessions = sessions;
        this.participants = participants;
        this.checks = checks;
        this.answers = answers;
        this.events = events;
        this.clock = clock;
    }

    /** The agenda a new session proposes: every section in the template's order, with its time box. */
    public List<AgendaItem> proposedAgenda() {
        return canvas.template().sections().stream().map(s -> new AgendaItem(s.key(), s.minutes(), 0)).toList();
    }

    /** The scoping's running or paused session, if any; members only. */
    @Transactional(readOnly = true)
    public Optional<LiveSession> current(ScopingId scoping) {
        ScopingDetails details = scopings.details(scoping);
        return open(scoping).map(s -> view(s, details));
    }

    /** The scoping's ended sessions, newest first; members only. */
    @Transactional(readOnly = true)
    public List<LiveSession> ended(ScopingId scoping) {
        ScopingDetails details = scopings.details(scoping);
        return sessions.findByScopingIdAndStateOrderByIdDesc(scoping.value(), SessionState.ENDED).stream()
                .map(s -> view(s, details)).toList();
    }

    /** One ended session of the scoping; members only. */
    @Transactional(readOnly = true)
    public LiveSession ended(ScopingId scoping, long sessionId) {
        ScopingDetails details = scopings.details(scoping);
        return view(endedEntity(scoping, sessionId), details);
    }

    /** Starts a session with this agenda; only a facilitator of the scoping, and only one session at a time. */
    @Transactional
    public LiveSession start(ScopingId scoping, List<AgendaItem> agenda) {
        ScopingDetails details = scopings.details(scoping);
        Membership me = details.me();
        if (!me.isFacilitator()) throw new AccessDeniedException("only a facilitator starts a session");
        var problems = new InvalidInputException.Collector();
        if (agenda.isEmpty()) problems.add("agenda", "session.agendaEmpty");
        Set<String> seen = new HashSet<>();
        for (AgendaItem item : agenda) {
            if (canvas.template().section(item.section()).isEmpty() || !seen.add(item.section())) {
                problems.add("agenda", "validation.unknownField");
            }
            if (item.minutes() < 1 || item.minutes() > MAX_MINUTES) problems.add("minutes", "session.minutesRange", 1, MAX_MINUTES);
        }
        if (open(scoping).isPresent()) problems.add("session", "session.alreadyRunning");
        problems.throwIfAny();
        List<AgendaItem> clean = agenda.stream().map(i -> new AgendaItem(i.section(), i.minutes(), 0)).toList();
        Instant now = clock.instant();
        SessionEntity session = sessions.saveAndFlush(new SessionEntity(scoping.value(), json.writeValueAsString(clean),
                me.user().id().value(), now));
        participants.save(new ParticipantEntity(session.requireId(), me.user().id().value(), now));
        return changed(session, details);
    }

    /** This member joins the running session (joining twice changes nothing). */
    @Transactional
    public LiveSession join(ScopingId scoping, long sessionId) {
        ScopingDetails details = scopings.details(scoping);
        SessionEntity session = notEnded(scoping, sessionId);
        long me = details.me().user().id().value();
        if (participants.existsBySessionIdAndUserId(sessionId, me)) return view(session, details);
        participants.saveAndFlush(new ParticipantEntity(sessionId, me, clock.instant()));
        return changed(session, details);
    }

    /** The driver moves the meeting to another agenda item; time spent on the one left is kept. */
    @Transactional
    public LiveSession moveTo(ScopingId scoping, long sessionId, int item) {
        ScopingDetails details = scopings.details(scoping);
        SessionEntity session = driven(scoping, sessionId, details.me());
        List<AgendaItem> agenda = agenda(session);
        if (item < 0 || item >= agenda.size()) throw new InvalidInputException(Problem.of("agenda", "session.noSuchItem"));
        if (item == session.currentItem()) return view(session, details);
        Instant now = clock.instant();
        session.moveTo(item, json.writeValueAsString(withTimeSpent(session, agenda, now)), now);
        session.driverSeen(now);
        return changed(session, details);
    }

    /** The facilitator names a co-facilitator who may drive too (null: nobody). */
    @Transactional
    public LiveSession nameCoFacilitator(ScopingId scoping, long sessionId, @Nullable Long userId) {
        ScopingDetails details = scopings.details(scoping);
        SessionEntity session = notEnded(scoping, sessionId);
        if (session.facilitatorId() != details.me().user().id().value()) throw new AccessDeniedException("only the facilitator names a co-facilitator");
        if (userId != null && details.members().stream().noneMatch(m -> m.user().id().value() == userId)) {
            throw new InvalidInputException(Problem.of("coFacilitator", "session.notAMember"));
        }
        session.nameCoFacilitator(userId);
        return changed(session, details);
    }

    /** Someone with the facilitator role takes over a paused session (or one whose facilitator is away). */
    @Transactional
    public LiveSession takeOver(ScopingId scoping, long sessionId) {
        ScopingDetails details = scopings.details(scoping);
        if (!details.me().isFacilitator()) throw new AccessDeniedException("only a facilitator takes over");
        SessionEntity session = notEnded(scoping, sessionId);
        long me = details.me().user().id().value();
        session.takeOver(me, clock.instant());
        if (!participants.existsBySessionIdAndUserId(sessionId, me)) participants.save(new ParticipantEntity(sessionId, me, clock.instant()));
        return changed(session, details);
    }

    /** The driver ends the session; its minutes can then be read. */
    @Transactional
    public LiveSession end(ScopingId scoping, long sessionId) {
        ScopingDetails details = scopings.details(scoping);
        SessionEntity session = driven(scoping, sessionId, details.me());
        Instant now = clock.instant();
        session.end(json.writeValueAsString(withTimeSpent(session, agenda(session), now)), now);
        LiveSession ended = changed(session, details);
        events.publishEvent(new SessionEnded(scoping, sessionId));
        return ended;
    }

    /** "Er vi enige?" about a section: asked by the driver or the evaluator, one check at a time. */
    @Transactional
    public LiveSession ask(ScopingId scoping, long sessionId, String section) {
        ScopingDetails details = scopings.details(scoping);
        SessionEntity session = notEnded(scoping, sessionId);
        Membership me = details.me();
        if (!drives(session, me) && !me.roles().contains(ScopingRole.EVALUATOR)) {
            throw new AccessDeniedException("only the facilitator or the evaluator asks");
        }
        if (canvas.template().section(section).isEmpty()) throw new InvalidInputException(Problem.of("section", "validation.unknownField"));
        if (checks.findBySessionIdOrderByIdAsc(sessionId).stream().anyMatch(c -> !c.revealed())) {
            throw new InvalidInputException(Problem.of("check", "session.checkOpen"));
        }
        checks.saveAndFlush(new CheckEntity(sessionId, section, me.user().id().value(), clock.instant()));
        return changed(session, details);
    }

    /**
     * A member answers an open check for their party (again, to change it); the check is revealed
     * when every party has answered.
     */
    @Transactional
    public LiveSession answer(ScopingId scoping, long checkId, Agreement agreement, String reason) {
        ScopingDetails details = scopings.details(scoping);
        CheckEntity check = belongs(scoping, checks.findLocked(checkId));
        SessionEntity session = notEnded(scoping, check.sessionId());
        Membership me = details.me();
        PartyId party = me.parties().stream().min(Comparator.comparingLong(PartyId::value))
                .orElseThrow(() -> new AccessDeniedException("only a party's people answer"));
        if (check.revealed()) throw new InvalidInputException(Problem.of("check", "session.checkRevealed"));
        String clean = TextRules.clean(reason);
        var problems = new InvalidInputException.Collector();
        TextRules.checkSingleLine(problems, "reason", clean, REASON_MAX, false);
        problems.throwIfAny();
        long userId = me.user().id().value();
        // The check's row is locked: the answers read here stay the answers until this one is added.
        List<AnswerEntity> given = answers.findByCheckIdInOrderByIdAsc(List.of(checkId));
        AnswerEntity answer = given.stream().filter(a -> a.userId() == userId).findFirst()
                .orElseGet(() -> new AnswerEntity(checkId, userId, party.value()));
        answer.answer(agreement, clean, clock.instant());
        answers.saveAndFlush(answer);
        Set<Long> answered = java.util.stream.Stream.concat(given.stream(), java.util.stream.Stream.of(answer)).map(AnswerEntity::partyId)
                .collect(Collectors.toSet());
        if (details.parties().stream().allMatch(p -> answered.contains(p.id().value()))) check.reveal(clock.instant());
        return changed(session, details);
    }

    /** What this user answered to a check, while it is still hidden from the others. */
    @Transactional(readOnly = true)
    public Optional<Agreement> myAnswer(ScopingId scoping, long checkId) {
        long me = scopings.membership(scoping).user().id().value();
        checkOf(scoping, checkId);
        return answers.findByCheckIdAndUserId(checkId, me).map(AnswerEntity::answer);
    }

    /** The driver shows every answer now, before every party has answered. */
    @Transactional
    public LiveSession reveal(ScopingId scoping, long checkId) {
        ScopingDetails details = scopings.details(scoping);
        CheckEntity check = checkOf(scoping, checkId);
        SessionEntity session = driven(scoping, check.sessionId(), details.me());
        check.reveal(clock.instant());
        return changed(session, details);
    }

    /**
     * A revealed check with a "disagree" becomes a disagreement flag on its section, between the
     * parties that answered, each party's reasons as its first position. The driver or the
     * evaluator does it, once per check. The flag's title and the answers in its description are
     * worded in {@code language}, the language of the person who raises it (the stored text is
     * what everyone reads, as with any text a person writes).
     */
    @Transactional
    public Flag raiseFlag(ScopingId scoping, long checkId, Locale language) {
        ScopingDetails details = scopings.details(scoping);
        CheckEntity check = checkOf(scoping, checkId);
        SessionEntity session = sessions.findById(check.sessionId()).orElseThrow();
        Membership me = details.me();
        if (!drives(session, me) && !me.roles().contains(ScopingRole.EVALUATOR)) {
            throw new AccessDeniedException("only the facilitator or the evaluator raises a flag from a check");
        }
        List<AnswerEntity> given = answers.findByCheckIdInOrderByIdAsc(List.of(checkId));
        if (!check.revealed() || given.stream().noneMatch(a -> a.answer() == Agreement.DISAGREE)) {
            throw new InvalidInputException(Problem.of("check", "session.nothingToFlag"));
        }
        if (check.flagId() != null) throw new InvalidInputException(Problem.of("check", "session.alreadyFlagged"));
        Map<Long, List<AnswerEntity>> byParty = given.stream()
                .collect(Collectors.groupingBy(AnswerEntity::partyId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, String> names = scopings.names(scoping, given.stream().map(AnswerEntity::userId).toList());
        List<FirstPosition> positions = new ArrayList<>();
        byParty.forEach((party, theirs) -> {
            String text = theirs.stream().filter(a -> !a.reason().isEmpty())
                    .map(a -> names.getOrDefault(a.userId(), "") + ": " + a.reason()).collect(Collectors.joining("\n"));
            if (!text.isEmpty()) positions.add(new FirstPosition(new PartyId(party), text, theirs.getFirst().userId()));
        });
        Set<PartyId> parties = byParty.keySet().stream().map(PartyId::new).collect(Collectors.toSet());
        String description = given.stream().map(a -> names.getOrDefault(a.userId(), "") + ": "
                + translations.getTranslation(a.answer().messageKey(), language)
                + (a.reason().isEmpty() ? "" : " – " + a.reason())).collect(Collectors.joining("\n"));
        String section = canvas.template().section(check.sectionKey())
                .map(s -> s.number() + ". " + translations.getTranslation(s.titleKey(), language)).orElse(check.sectionKey());
        String title = translations.getTranslation("agreement.flagTitle", language, section);
        Flag flag = disagreements.raiseWithPositions(scoping, new NewFlag(check.sectionKey(), null, title, description, parties), positions);
        check.becameFlag(flag.id());
        changed(session, details);
        return flag;
    }

    /**
     * Pauses every running session whose facilitator and co-facilitator have had no page of the
     * scoping open for {@link #DRIVER_GRACE}; {@code present} says whether a person has one open
     * now; {@code now} is the scheduler's clock. Sammen's own background work only: it reads every
     * scoping's sessions, so no person may call it.
     */
    @Transactional
    public void pauseSessionsWithoutDriver(java.util.function.BiPredicate<Long, Long> present, Instant now) {
        currentUser.requireSystem();
        for (SessionEntity session : sessions.findByState(SessionState.RUNNING)) {
            boolean driverHere = present.test(session.scopingId(), session.facilitatorId())
                    || (session.coFacilitatorId() != null && present.test(session.scopingId(), session.coFacilitatorId()));
            if (driverHere) {
                sessions.markDriverSeen(session.requireId(), now);
            } else if (session.facilitatorSeenAt().plus(DRIVER_GRACE).isBefore(now)) {
                session.pause();
                // No user here to read the session as: each open page reads it again as its own user.
                events.publishEvent(new SessionChanged(session.scopingId(), null));
            }
        }
    }

    /** What a session did, for its minutes; members only, once it has ended. */
    @Transactional(readOnly = true)
    public Minutes minutes(ScopingId scoping, long sessionId) {
        ScopingDetails details = scopings.details(scoping);
        SessionEntity entity = endedEntity(scoping, sessionId);
        LiveSession session = view(entity, details);
        Instant from = session.startedAt();
        Instant to = java.util.Objects.requireNonNull(session.endedAt());
        List<Minutes.Covered> covered = session.agenda().stream()
                .map(item -> new Minutes.Covered(item, canvas.sectionHistory(scoping, item.section()).stream()
                        .filter(c -> !c.changedAt().isBefore(from) && !c.changedAt().isAfter(to))
                        .sorted(Comparator.comparing(dk.sammen.canvas.ChangeEntry::changedAt)).toList()))
                .toList();
        List<Flag> flags = disagreements.flags(scoping).stream()
                .filter(f -> !f.raisedAt().isBefore(from) && !f.raisedAt().isAfter(to)).toList();
        Map<String, List<String>> byParty = new LinkedHashMap<>();
        for (LiveSession.Person p : session.participants()) byParty.computeIfAbsent(p.party(), k -> new ArrayList<>()).add(p.name());
        return new Minutes(details.title(), session, byParty, covered, session.checks(), flags);
    }

    /** A session's minutes as a file: archival PDF or Markdown, in the reader's language; members only. */
    @Transactional(readOnly = true)
    public MinutesFile minutesFile(ScopingId scoping, long sessionId, MinutesFile.Format format, java.util.Locale locale) {
        Minutes minutes = minutes(scoping, sessionId);
        var document = minutesDocument.write(minutes, locale);
        String name = "referat-" + dk.sammen.base.FileNames.slug(minutes.scopingTitle(), "scoping") + "-"
                + minutes.session().startedAt().atZone(dk.sammen.Application.ZONE).toLocalDate();
        return switch (format) {
            case PDF -> new MinutesFile(name + ".pdf", "application/pdf", documents.pdf(document));
            case MARKDOWN -> new MinutesFile(name + ".md", "text/markdown; charset=UTF-8",
                    documents.markdown(document).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        };
    }

    /** The minutes as the minutes page shows them: the same document the files are made from. */
    @Transactional(readOnly = true)
    public dk.sammen.charter.PlainDocument minutesDocument(ScopingId scoping, long sessionId, java.util.Locale locale) {
        return minutesDocument.write(minutes(scoping, sessionId), locale);
    }

    // ---------------------------------------------------------------------------------------------

    private Optional<SessionEntity> open(ScopingId scoping) {
        return sessions.findFirstByScopingIdAndStateInOrderByIdDesc(scoping.value(), List.of(SessionState.RUNNING, SessionState.PAUSED));
    }

    private SessionEntity ofScoping(ScopingId scoping, long sessionId) {
        // A session of another scoping is treated exactly like one that does not exist.
        return sessions.findById(sessionId).filter(s -> s.scopingId() == scoping.value())
                .orElseThrow(() -> new InvalidInputException(Problem.of("session", "session.unknown")));
    }

    private SessionEntity endedEntity(ScopingId scoping, long sessionId) {
        SessionEntity entity = ofScoping(scoping, sessionId);
        if (entity.state() != SessionState.ENDED) throw new InvalidInputException(Problem.of("session", "session.notEnded"));
        return entity;
    }

    private SessionEntity notEnded(ScopingId scoping, long sessionId) {
        SessionEntity session = ofScoping(scoping, sessionId);
        if (session.state() == SessionState.ENDED) throw new InvalidInputException(Problem.of("session", "session.ended"));
        return session;
    }

    private SessionEntity driven(ScopingId scoping, long sessionId, Membership me) {
        SessionEntity session = notEnded(scoping, sessionId);
        if (!drives(session, me)) throw new AccessDeniedException("only the facilitator drives the session");
        if (session.state() != SessionState.RUNNING) throw new InvalidInputException(Problem.of("session", "session.paused"));
        return session;
    }

    private static boolean drives(SessionEntity session, Membership me) {
        long id = me.user().id().value();
        return session.facilitatorId() == id || (session.coFacilitatorId() != null && session.coFacilitatorId() == id);
    }

    private CheckEntity checkOf(ScopingId scoping, long checkId) {
        return belongs(scoping, checks.findById(checkId));
    }

    /** A check of another scoping's session is treated exactly like one that does not exist. */
    private CheckEntity belongs(ScopingId scoping, Optional<CheckEntity> check) {
        return check.filter(c -> sessions.findById(c.sessionId()).map(s -> s.scopingId() == scoping.value()).orElse(false))
                .orElseThrow(() -> new InvalidInputException(Problem.of("check", "session.unknown")));
    }

    private List<AgendaItem> agenda(SessionEntity session) {
        return json.readValue(session.agenda(), AGENDA);
    }

    private static List<AgendaItem> withTimeSpent(SessionEntity session, List<AgendaItem> agenda, Instant now) {
        List<AgendaItem> updated = new ArrayList<>(agenda);
        long seconds = Math.max(0, Duration.between(session.itemStartedAt(), now).toSeconds());
        updated.set(session.currentItem(), agenda.get(session.currentItem()).withSpent(seconds));
        return updated;
    }

    private LiveSession changed(SessionEntity session, ScopingDetails details) {
        // Serialises the session's changes and numbers them: the view below is read after every
        // earlier change committed, and pages drop a view older than the one they show.
        sessions.countChange(session.requireId());
        LiveSession view = view(sessions.findById(session.requireId()).orElseThrow(), details);
        events.publishEvent(new SessionChanged(session.scopingId(), view));
        return view;
    }

    /** The session as every member may see it: answers only of revealed checks. */
    private LiveSession view(SessionEntity session, ScopingDetails details) {
        Map<Long, LiveSession.Person> people = new LinkedHashMap<>();
        Map<PartyId, String> partyNames = details.parties().stream().collect(Collectors.toMap(Party::id, Party::name));
        for (Member m : details.members()) {
            people.merge(m.user().id().value(), new LiveSession.Person(m.user().id().value(), m.user().displayName(),
                    m.party() == null ? "" : partyNames.getOrDefault(m.party(), "")), (a, b) -> a.party().isEmpty() ? b : a);
        }
        Function<Long, LiveSession.Person> person = id -> people.getOrDefault(id, new LiveSession.Person(id, "", ""));
        long id = session.requireId();
        List<CheckEntity> asked = checks.findBySessionIdOrderByIdAsc(id);
        Map<Long, List<AnswerEntity>> given = answers.findByCheckIdInOrderByIdAsc(asked.stream().map(CheckEntity::requireId).toList())
                .stream().collect(Collectors.groupingBy(AnswerEntity::checkId));
        List<AgreementCheck> shown = asked.stream().map(c -> {
            List<AnswerEntity> theirs = given.getOrDefault(c.requireId(), List.of());
            List<AgreementCheck.Answer> visible = !c.revealed() ? List.of() : theirs.stream()
                    .map(a -> new AgreementCheck.Answer(a.userId(), person.apply(a.userId()).name(), new PartyId(a.partyId()),
                            partyNames.getOrDefault(new PartyId(a.partyId()), ""), a.answer(), a.reason()))
                    .toList();
            return new AgreementCheck(c.requireId(), c.sectionKey(), person.apply(c.askedBy()).name(), c.askedAt(),
                    theirs.stream().map(a -> new PartyId(a.partyId())).collect(Collectors.toSet()), details.parties().size(),
                    c.revealed(), visible, c.flagId());
        }).toList();
        return new LiveSession(id, session.revision(), session.scopingId(), session.state(), agenda(session), session.currentItem(),
                session.itemStartedAt(), person.apply(session.facilitatorId()),
                session.coFacilitatorId() == null ? null : person.apply(session.coFacilitatorId()), session.startedAt(),
                session.endedAt(), participants.findBySessionIdOrderByJoinedAtAsc(id).stream()
                        .map(p -> person.apply(p.userId())).toList(), shown);
    }
}
