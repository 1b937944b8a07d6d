package dk.sammen.scoping;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.MessageKey;
import dk.sammen.base.Problem;
import dk.sammen.base.StaleVersionException;
import dk.sammen.base.TextRules;
import dk.sammen.base.TransactionMemo;
import dk.sammen.directory.DepartmentId;
import dk.sammen.directory.DepartmentSummary;
import dk.sammen.directory.DirectoryService;
import dk.sammen.scoping.internal.MemberEntity;
import dk.sammen.scoping.internal.MemberRepository;
import dk.sammen.scoping.internal.PartyEntity;
import dk.sammen.scoping.internal.PartyRepository;
import dk.sammen.scoping.internal.ScopingEntity;
import dk.sammen.scoping.internal.ScopingRepository;
import dk.sammen.security.AccountService;
import dk.sammen.security.CurrentUser;
import dk.sammen.security.SettingsService;
import dk.sammen.security.UserId;
import dk.sammen.security.UserSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scopings, their parties and who takes part in what role. Every method first decides whether the
 * signed-in user may do this to this scoping; someone who is not a member is told nothing, not
 * even whether the scoping exists.
 */
@Service
public class ScopingService {

    public static final int MIN_PARTIES = 2;
    static final int TITLE_MAX = 200;
    static final int CASE_NUMBER_MAX = 60;
    static final int CONTACT_MAX = 200;

    private final ScopingRepository scopings;
    private final PartyRepository parties;
    private final MemberRepository members;
    private final DirectoryService directory;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final SettingsService settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionMemo<Reader, ScopingDetails> detailsMemo = new TransactionMemo<>("scopingDetails");
    private final TransactionMemo<Reader, Membership> membershipMemo = new TransactionMemo<>("membership");

    ScopingService(ScopingRepository scopings, PartyRepository parties, MemberRepository members,
                   DirectoryService directory, AccountService accounts, CurrentUser currentUser, SettingsService settings,
                   ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.scopings = scopings;
        this.parties = parties;
        this.members = members;
        this.directory = directory;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The scopings the signed-in user takes part in, most recently changed first. */
    @Transactional(readOnly = true)
    public List<ScopingSummary> myScopings() {
        UserSummary me = currentUser.require();
        Map<Long, Set<ScopingRole>> myRoles = members.findByUserId(me.id().value()).stream()
                .collect(Collectors.groupingBy(MemberEntity::getScopingId,
                        Collectors.mapping(MemberEntity::getRole, Collectors.toSet())));
        if (myRoles.isEmpty()) return List.of();
        Map<Long, String> departmentNames = departmentNames();
        Map<Long, List<String>> partyNames = parties.findByScopingIdInOrderByPositionAsc(myRoles.keySet()).stream()
                .collect(Collectors.groupingBy(PartyEntity::getScopingId,
                        Collectors.mapping(p -> departmentNames.getOrDefault(p.getDepartmentId(), "?"), Collectors.toList())));
        List<ScopingEntity> mine = scopings.findByIdInOrderByChangedAtDesc(myRoles.keySet());
        Map<Long, String> userNames = accounts.users(mine.stream().map(ScopingEntity::getChangedBy).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(u -> u.id().value(), UserSummary::displayName));
        return mine.stream()
                .map(s -> new ScopingSummary(new ScopingId(s.requireId()), s.getTitle(), s.getStage(),
                        partyNames.getOrDefault(s.requireId(), List.of()), s.getChangedAt(),
                        userNames.getOrDefault(s.getChangedBy(), ""), myRoles.get(s.requireId())))
                .toList();
    }

    /**
     * The account ids of everyone who has a role in a scoping: for background work (reminders), which
     * then asks, as each of them, what waits. Nobody signed in may call it.
     */
    @Transactional(readOnly = true)
    public List<Long> everyMember() {
        currentUser.requireSystem();
        return members.allMemberIds();
    }

    /** Starts a scoping; the signed-in user becomes its facilitator. */
    @Transactional
    public ScopingId create(NewScoping command) {
        UserSummary me = currentUser.require();
        if (!mayStartScoping()) throw new AccessDeniedException("only facilitators named by the administrator start scopings");
        var problems = new InvalidInputException.Collector();
        String title = TextRules.clean(command.title());
        String caseNumber = TextRules.clean(command.caseNumber());
        TextRules.check(problems, "title", title, TITLE_MAX, true);
        TextRules.check(problems, "caseNumber", caseNumber, CASE_NUMBER_MAX, false);
        if (command.parties().size() < MIN_PARTIES) problems.add("parties", "validation.atLeastTwoParties", MIN_PARTIES);
        Set<DepartmentId> seen = new HashSet<>();
        for (var party : command.parties()) {
            if (!seen.add(party.department())) problems.add("parties", "validation.partyTwice");
        }
        problems.throwIfAny();
        command.parties().forEach(p -> directory.activeDepartment(p.department())); // refuses unknown and deactivated ones
        ScopingEntity scoping = scopings.save(new ScopingEntity(title, caseNumber, me.id().value(), clock.instant()));
        int position = 0;
        for (var party : command.parties()) {
            parties.save(new PartyEntity(scoping.requireId(), party.department().value(), party.partnerType(), position++));
        }
        members.save(new MemberEntity(scoping.requireId(), me.id().value(), ScopingRole.FACILITATOR, null));
        return new ScopingId(scoping.requireId());
    }

    /** What the signed-in user is in this scoping; refused for anyone who is not a member. */
    @Transactional(readOnly = true)
    public Membership membership(ScopingId id) {
        UserSummary me = currentUser.require();
        return membershipMemo.get(new Reader(id, me.id()), () -> {
            List<MemberEntity> mine = members.findByScopingIdAndUserId(id.value(), me.id().value());
            if (mine.isEmpty()) throw new AccessDeniedException("not a member of this scoping");
            ScopingEntity scoping = scopings.findById(id.value()).orElseThrow(() -> new AccessDeniedException("no such scoping"));
            return membershipOf(id, me, mine, scoping);
        });
    }

    private static Membership membershipOf(ScopingId id, UserSummary me, List<MemberEntity> rows, ScopingEntity scoping) {
        List<MemberEntity> mine = rows.stream().filter(m -> m.getUserId() == me.id().value()).toList();
        if (mine.isEmpty()) {
            throw new AccessDeniedException("not a member of this scoping");
        }
        Set<ScopingRole> roles = mine.stream().map(MemberEntity::getRole).collect(Collectors.toSet());
        Set<PartyId> myParties = mine.stream().filter(m -> m.getPartyId() != null)
                .map(m -> new PartyId(m.getPartyId())).collect(Collectors.toSet());
        return new Membership(id, me, roles, myParties, scoping.getStage());
    }

    /** Refused unless the signed-in user may edit this scoping's canvas now. */
    @Transactional(readOnly = true)
    public Membership requireCanvasEditor(ScopingId id) {
        Membership me = membership(id);
        if (!me.mayEditCanvas()) throw new AccessDeniedException("may not edit this scoping");
        return me;
    }

    /**
     * Everything about the scoping but its canvas, for a member. Read once per transaction: the
     * features one call passes through (a canvas save, the review gate before commit, the flags)
     * share it, and every write of this service forgets it.
     */
    @Transactional(readOnly = true)
    public ScopingDetails details(ScopingId id) {
        UserSummary me = currentUser.require();
        return detailsMemo.get(new Reader(id, me.id()), () -> loadDetails(id, me));
    }

    private ScopingDetails loadDetails(ScopingId id, UserSummary me) {
        List<MemberEntity> memberRows = members.findByScopingId(id.value());
        if (memberRows.stream().noneMatch(m -> m.getUserId() == me.id().value())) {
            throw new AccessDeniedException("not a member of this scoping");
        }
        ScopingEntity s = scopings.findById(id.value()).orElseThrow(() -> new AccessDeniedException("no such scoping"));
        Membership membership = membershipOf(id, me, memberRows, s);
        membershipMemo.put(new Reader(id, me.id()), membership);
        Map<Long, DepartmentSummary> departments = directory.departments().stream()
                .collect(Collectors.toMap(d -> d.id().value(), Function.identity()));
        List<Party> partyList = parties.findByScopingIdOrderByPositionAsc(id.value()).stream()
                .map(p -> new Party(new PartyId(p.requireId()), departments.get(p.getDepartmentId()), p.getPartnerType(),
                        p.getDayToDayContact()))
                .toList();
        // Only the people of this scoping, not the whole organisation's directory.
        Set<Long> userIds = new HashSet<>();
        memberRows.forEach(m -> userIds.add(m.getUserId()));
        userIds.add(s.getChangedBy());
        Map<Long, UserSummary> users = accounts.users(userIds).stream().collect(Collectors.toMap(u -> u.id().value(), Function.identity()));
        List<Member> memberList = memberRows.stream()
                .map(m -> new Member(m.requireId(), users.get(m.getUserId()), m.getRole(),
                        m.getPartyId() == null ? null : new PartyId(m.getPartyId())))
                .sorted(Comparator.comparing((Member m) -> m.role()).thenComparing(m -> m.user().displayName()))
                .toList();
        return new ScopingDetails(id, s.getTitle(), s.getCaseNumber(), s.getStage(), s.getVersionNumber(), s.getLockVersion(),
                partyList, memberList, s.getChangedAt(), users.containsKey(s.getChangedBy()) ? users.get(s.getChangedBy()).displayName() : "",
                membership);
    }

    /**
     * The names of these people as the scoping's pages show them, for a member: from the details
     * when this transaction has read them, anyone else (someone who has left) looked up by id;
     * never the whole organisation's directory.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> names(ScopingId id, Collection<Long> userIds) {
        Membership me = membership(id);
        Map<Long, String> names = new HashMap<>();
        names.put(me.user().id().value(), me.user().displayName());
        ScopingDetails known = detailsMemo.kept(new Reader(id, me.user().id()));
        if (known != null) known.members().forEach(m -> names.put(m.user().id().value(), m.user().displayName()));
        Set<Long> others = userIds.stream().filter(u -> !names.containsKey(u)).collect(Collectors.toSet());
        if (!others.isEmpty()) accounts.users(others).forEach(u -> names.put(u.id().value(), u.displayName()));
        return names;
    }

    /** Renames the scoping or changes its case number; facilitator only. */
    @Transactional
    public void updateDetails(ScopingId id, String title, String caseNumber, long expectedLockVersion) {
        Membership me = requireFacilitator(id);
        var problems = new InvalidInputException.Collector();
        String cleanTitle = TextRules.clean(title);
        String cleanCase = TextRules.clean(caseNumber);
        TextRules.check(problems, "title", cleanTitle, TITLE_MAX, true);
        TextRules.check(problems, "caseNumber", cleanCase, CASE_NUMBER_MAX, false);
        problems.throwIfAny();
        ScopingEntity s = scopings.findForUpdate(id.value()).orElseThrow();
        if (s.getLockVersion() != expectedLockVersion) {
            throw new StaleVersionException(s.getTitle(), s.getLockVersion(), accounts.user(new UserId(s.getChangedBy())).displayName());
        }
        s.rename(cleanTitle, cleanCase);
        s.changed(me.user().id().value(), clock.instant());
        changed();
        events.publishEvent(new ScopingChanged(id.value()));
    }

    @Transactional
    public PartyId addParty(ScopingId id, DepartmentId department, PartnerType partnerType) {
        Membership me = requireFacilitator(id);
        scopings.findForUpdate(id.value()).orElseThrow();
        directory.activeDepartment(department);
        List<PartyEntity> existing = parties.findByScopingIdOrderByPositionAsc(id.value());
        if (existing.stream().anyMatch(p -> p.getDepartmentId() == department.value())) {
            throw new InvalidInputException(Problem.of("department", "validation.partyTwice"));
        }
        int position = existing.stream().mapToInt(PartyEntity::getPosition).max().orElse(-1) + 1;
        PartyEntity party = parties.save(new PartyEntity(id.value(), department.value(), partnerType, position));
        structureChanged(id, me.user().id());
        return new PartyId(party.requireId());
    }

    @Transactional
    public void updateParty(ScopingId id, PartyId partyId, PartnerType partnerType, String dayToDayContact) {
        Membership me = requireFacilitator(id);
        String contact = TextRules.clean(dayToDayContact);
        var problems = new InvalidInputException.Collector();
        TextRules.check(problems, "dayToDayContact", contact, CONTACT_MAX, false);
        problems.throwIfAny();
        partyOf(id, partyId).update(partnerType, contact);
        structureChanged(id, me.user().id());
    }

    /** Removes a party that has no members left; a scoping keeps at least two parties. */
    @Transactional
    public void removeParty(ScopingId id, PartyId partyId) {
        Membership me = requireFacilitator(id);
        scopings.findForUpdate(id.value()).orElseThrow();
        PartyEntity party = partyOf(id, partyId);
        if (parties.findByScopingIdOrderByPositionAsc(id.value()).size() <= MIN_PARTIES) {
            throw new InvalidInputException(Problem.of("parties", "validation.atLeastTwoParties", MIN_PARTIES));
        }
        if (members.findByScopingId(id.value()).stream().anyMatch(m -> Long.valueOf(partyId.value()).equals(m.getPartyId()))) {
            throw new InvalidInputException(Problem.of("parties", "validation.partyHasMembers"));
        }
        parties.delete(party);
        structureChanged(id, me.user().id());
    }

    /**
     * Invites a person in a role. Participants and leaders belong to a party, and a party has
     * exactly one leader.
     */
    @Transactional
    public long invite(ScopingId id, UserId user, ScopingRole role, @Nullable PartyId party) {
        Membership me = requireFacilitator(id);
        scopings.findForUpdate(id.value()).orElseThrow();
        if (!accounts.user(user).active()) throw new InvalidInputException(Problem.of("user", "validation.userInactive"));
        if (role.belongsToParty()) {
            if (party == null) throw new InvalidInputException(Problem.of("party", "validation.partyRequired"));
            partyOf(id, party);
        } else if (party != null) {
            throw new InvalidInputException(Problem.of("party", "validation.roleHasNoParty"));
        }
        List<MemberEntity> current = members.findByScopingId(id.value());
        if (current.stream().anyMatch(m -> m.getUserId() == user.value() && m.getRole() == role)) {
            throw new InvalidInputException(Problem.of("user", "validation.alreadyInRole"));
        }
        if (role == ScopingRole.LEADER && current.stream()
                .anyMatch(m -> m.getRole() == ScopingRole.LEADER && Long.valueOf(party.value()).equals(m.getPartyId()))) {
            throw new InvalidInputException(Problem.of("role", "validation.oneLeaderPerParty"));
        }
        if (role.belongsToParty() && current.stream().anyMatch(m -> m.getUserId() == user.value()
                && m.getPartyId() != null && m.getPartyId() != party.value())) {
            throw new InvalidInputException(Problem.of("party", "validation.onePartyPerPerson"));
        }
        MemberEntity member = members.save(new MemberEntity(id.value(), user.value(), role, party == null ? null : party.value()));
        structureChanged(id, me.user().id());
        events.publishEvent(new MemberInvited(id, user.value(), role, party, me.user().id().value()));
        return member.requireId();
    }

    /**
     * Invites someone who is not in the directory yet: they are created in the party's department and
     * get an invitation by e-mail to choose a password. Only when the administrator's settings allow it.
     */
    @Transactional
    public long inviteNewPerson(ScopingId id, String displayName, String email, ScopingRole role, @Nullable PartyId party) {
        requireFacilitator(id);
        if (!settings.settings().facilitatorsMayInviteNewPeople()) {
            throw new InvalidInputException(Problem.of("email", "validation.newPeopleNotAllowed"));
        }
        if (role.belongsToParty() && party == null) throw new InvalidInputException(Problem.of("party", "validation.partyRequired"));
        @Nullable DepartmentId department = party == null ? null : new DepartmentId(partyOf(id, party).getDepartmentId());
        UserSummary person = directory.invitePerson(displayName, email, department, currentUser.require().locale());
        return invite(id, person.id(), role, party);
    }

    /** Whether facilitators may invite people who are not in the directory yet, by the organisation's settings. */
    @Transactional(readOnly = true)
    public boolean mayInviteNewPeople() {
        currentUser.require();
        return settings.settings().facilitatorsMayInviteNewPeople();
    }

    /** Whether the signed-in person may start a scoping, by the organisation's settings. */
    @Transactional(readOnly = true)
    public boolean mayStartScoping() {
        return settings.settings().mayStartScoping(currentUser.require());
    }

    /** Takes a role away; the last facilitator stays. */
    @Transactional
    public void removeMember(ScopingId id, long memberId) {
        Membership me = requireFacilitator(id);
        scopings.findForUpdate(id.value()).orElseThrow();
        MemberEntity member = members.findById(memberId).filter(m -> m.getScopingId() == id.value())
                .orElseThrow(() -> new InvalidInputException(Problem.of("member", "validation.unknownMember")));
        if (member.getRole() == ScopingRole.FACILITATOR
                && members.findByScopingId(id.value()).stream().filter(m -> m.getRole() == ScopingRole.FACILITATOR).count() == 1) {
            throw new InvalidInputException(Problem.of("member", "validation.lastFacilitator"));
        }
        members.delete(member);
        structureChanged(id, me.user().id());
    }

    /** Facilitator only: the scoping goes to review. The approval feature has checked the gates first. */
    @Transactional
    public void sendToReview(ScopingId id) {
        Membership me = requireFacilitator(id);
        moveStage(id, Stage.IN_REVIEW, me.user().id());
    }

    /** Every party's leader approved the same version: the scoping is approved and frozen. Called by the approval feature. */
    @Transactional
    public void markApproved(ScopingId id) {
        Membership me = membership(id);
        // The last leader's approval completes it; nobody else moves a scoping to Approved.
        if (!me.roles().contains(ScopingRole.LEADER)) throw new AccessDeniedException("only a leader's approval completes a review");
        moveStage(id, Stage.APPROVED, me.user().id());
    }

    /** Facilitator only: an approved scoping is reopened as a new draft version; the approved one stays on record. */
    @Transactional
    public int reopen(ScopingId id) {
        Membership me = requireFacilitator(id);
        moveStage(id, Stage.REOPENED, me.user().id());
        ScopingEntity s = scopings.findById(id.value()).orElseThrow();
        s.nextVersion();
        changed();
        return s.getVersionNumber();
    }

    /** The content changed while in review: the review continues on a new version. Returns its number. */
    @Transactional
    public int newReviewVersion(ScopingId id) {
        membership(id);
        ScopingEntity s = scopings.findForUpdate(id.value()).orElseThrow();
        if (s.getStage() != Stage.IN_REVIEW) throw new InvalidInputException(Problem.of("stage", "validation.stage.notInReview"));
        s.nextVersion();
        changed();
        events.publishEvent(new ScopingChanged(id.value()));
        return s.getVersionNumber();
    }

    private void moveStage(ScopingId id, Stage next, UserId by) {
        ScopingEntity s = scopings.findForUpdate(id.value()).orElseThrow();
        if (!s.getStage().mayMoveTo(next)) {
            throw new InvalidInputException(Problem.of("stage", "validation.stage.illegal", new MessageKey("stage." + s.getStage().name()),
                    new MessageKey("stage." + next.name())));
        }
        s.moveTo(next);
        s.changed(by.value(), clock.instant());
        changed();
        events.publishEvent(new ScopingChanged(id.value()));
    }

    /**
     * Notes that the signed-in user changed the scoping now; called by features downstream inside
     * their own write transaction, after they have checked access.
     */
    @Transactional
    public void recordChange(ScopingId id, UserId by) {
        Instant at = clock.instant();
        scopings.markChanged(id.value(), by.value(), at);
        UserSummary me = currentUser.require();
        detailsMemo.update(new Reader(id, me.id()), d -> d.changed(at, by.equals(me.id()) ? me.displayName() : ""));
    }

    private void structureChanged(ScopingId id, UserId by) {
        changed();
        recordChange(id, by);
        events.publishEvent(new ScopingChanged(id.value()));
    }

    /** This service wrote the scoping, its parties or members: what this transaction read of them is forgotten. */
    private void changed() {
        detailsMemo.forget();
        membershipMemo.forget();
    }

    /** A scoping as read by one person (details carry the reader's own membership). */
    private record Reader(ScopingId scoping, UserId user) {
    }

    private Membership requireFacilitator(ScopingId id) {
        Membership me = membership(id);
        if (!me.isFacilitator()) throw new AccessDeniedException("only the facilitator may do this");
        return me;
    }

    private PartyEntity partyOf(ScopingId id, PartyId partyId) {
        return parties.findById(partyId.value()).filter(p -> p.getScopingId() == id.value())
                .orElseThrow(() -> new InvalidInputException(Problem.of("party", "validation.unknownParty")));
    }

    private Map<Long, String> departmentNames() {
        return directory.departments().stream().collect(Collectors.toMap(d -> d.id().value(), DepartmentSummary::name));
    }

}
