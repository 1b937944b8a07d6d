package dk.sammen.session;

import dk.sammen.base.Translations;

import static dk.sammen.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sammen.SammenTest;
import dk.sammen.base.InvalidInputException;
import dk.sammen.directory.DirectoryService;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.disagreement.Flag;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import dk.sammen.security.ActingAs;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The rules of a live session, at the service: nanna facilitates, kamilla (analysis team) and
 * mette (city development) answer for their parties, eva is the evaluator, ole is not invited.
 */
@SammenTest
class SessionServiceTest {

    @Autowired SessionService sessions;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;
    @Autowired DisagreementService disagreements;
    ScopingFixture fixture;

    static final List<AgendaItem> AGENDA = List.of(new AgendaItem("background", 10, 0), new AgendaItem("purpose", 15, 0),
            new AgendaItem("data", 5, 0));

    @BeforeEach
    void newScoping() {
        fixture = ScopingFixture.create(scopings, directory, accounts, "Session " + System.nanoTime());
    }

    @Test
    void only_the_facilitator_starts_and_drives_and_only_members_see_or_join() {
        assertThatThrownBy(() -> as("kamilla", () -> sessions.start(fixture.id(), AGENDA))).isInstanceOf(AccessDeniedException.class);
        LiveSession started = as("nanna", () -> sessions.start(fixture.id(), AGENDA));
        assertThat(started.currentItem().section()).isEqualTo("background");
        assertThat(started.participants()).extracting(LiveSession.Person::name).containsExactly("Nanna Brostrup");

        assertThatThrownBy(() -> as("ole", () -> sessions.current(fixture.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ole", () -> sessions.join(fixture.id(), started.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("kamilla", () -> sessions.moveTo(fixture.id(), started.id(), 1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("eva", () -> sessions.moveTo(fixture.id(), started.id(), 1))).isInstanceOf(AccessDeniedException.class);

        as("kamilla", () -> sessions.join(fixture.id(), started.id()));
        // A co-facilitator drives too.
        as("nanna", () -> sessions.nameCoFacilitator(fixture.id(), started.id(), ScopingFixture.user(accounts, "kamilla").value()));
        LiveSession moved = as("kamilla", () -> sessions.moveTo(fixture.id(), started.id(), 2));
        assertThat(moved.currentItem().section()).isEqualTo("data");
        assertThat(moved.agenda().getFirst().spentSeconds()).isGreaterThanOrEqualTo(0);
        // A reload (or another server) reads the same stored session.
        assertThat(as("mette", () -> sessions.current(fixture.id())).orElseThrow().current()).isEqualTo(2);

        // A session of one scoping is not reachable through another.
        ScopingFixture other = ScopingFixture.create(scopings, directory, accounts, "Other " + System.nanoTime());
        assertThatThrownBy(() -> as("nanna", () -> sessions.moveTo(other.id(), started.id(), 0))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as("nanna", () -> sessions.start(fixture.id(), AGENDA))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_bad_agenda_is_refused_with_what_is_wrong() {
        assertThatThrownBy(() -> as("nanna", () -> sessions.start(fixture.id(), List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.messageKey())
                        .containsExactly("session.agendaEmpty"));
        assertThatThrownBy(() -> as("nanna", () -> sessions.start(fixture.id(), List.of(new AgendaItem("purpose", 0, 0),
                new AgendaItem("<script>", 5, 0), new AgendaItem("data", 500, 0)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.messageKey())
                        .containsExactly("session.minutesRange", "validation.unknownField", "session.minutesRange"));
        assertThat(as("nanna", () -> sessions.current(fixture.id()))).isEmpty();
    }

    @Test
    void answers_stay_hidden_until_every_party_answered_and_a_disagree_becomes_a_flag_with_the_reasons() {
        LiveSession session = as("nanna", () -> sessions.start(fixture.id(), AGENDA));
        assertThatThrownBy(() -> as("kamilla", () -> sessions.ask(fixture.id(), session.id(), "purpose")))
                .isInstanceOf(AccessDeniedException.class);
        LiveSession asked = as("eva", () -> sessions.ask(fixture.id(), session.id(), "purpose")); // the evaluator may ask
        long check = asked.openCheck().orElseThrow().id();
        assertThatThrownBy(() -> as("eva", () -> sessions.answer(fixture.id(), check, Agreement.AGREE, "")))
                .as("the evaluator belongs to no party").isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> as("kamilla", () -> sessions.answer(fixture.id(), check, Agreement.DISAGREE, "x".repeat(201))))
                .isInstanceOf(InvalidInputException.class);
        LiveSession afterOne = as("kamilla", () -> sessions.answer(fixture.id(), check, Agreement.DISAGREE, "Data må ikke deles ugentligt"));
        AgreementCheck hidden = afterOne.openCheck().orElseThrow();
        assertThat(hidden.answeredParties()).containsExactly(fixture.analysis());
        assertThat(hidden.answers()).as("what anyone answered is not in the session everyone is sent").isEmpty();
        assertThat(as("mette", () -> sessions.myAnswer(fixture.id(), check))).isEmpty();
        assertThat(as("kamilla", () -> sessions.myAnswer(fixture.id(), check))).contains(Agreement.DISAGREE);
        assertThatThrownBy(() -> as("eva", () -> sessions.raiseFlag(fixture.id(), check, Translations.DANISH)))
                .isInstanceOf(InvalidInputException.class);

        LiveSession revealed = as("mette", () -> sessions.answer(fixture.id(), check, Agreement.AGREE, "Fint for os"));
        AgreementCheck shown = revealed.checks().getFirst();
        assertThat(shown.revealed()).isTrue();
        assertThat(shown.answers()).extracting(AgreementCheck.Answer::name, AgreementCheck.Answer::answer, AgreementCheck.Answer::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kamilla Damgaard", Agreement.DISAGREE, "Data må ikke deles ugentligt"),
                        org.assertj.core.groups.Tuple.tuple("Mette Jensen", Agreement.AGREE, "Fint for os"));
        assertThatThrownBy(() -> as("mette", () -> sessions.answer(fixture.id(), check, Agreement.DISAGREE, "")))
                .isInstanceOf(InvalidInputException.class);

        Flag flag = as("eva", () -> sessions.raiseFlag(fixture.id(), check, Translations.DANISH));
        assertThat(flag.section()).isEqualTo("purpose");
        assertThat(flag.title()).isEqualTo("Ikke enige om 3. Formål og fælles afsæt");
        assertThat(flag.description()).as("the answers in the raiser's words, never our names for them")
                .isEqualTo("Kamilla Damgaard: Uenig – Data må ikke deles ugentligt\nMette Jensen: Enig – Fint for os");
        assertThat(flag.positions()).extracting(Flag.Position::partyName, Flag.Position::text).contains(
                org.assertj.core.groups.Tuple.tuple("TMF Stab – Undersøgelsesteam", "Kamilla Damgaard: Data må ikke deles ugentligt"));
        assertThat(as("nanna", () -> sessions.current(fixture.id())).orElseThrow().checks().getFirst().flagId()).isEqualTo(flag.id());
        assertThatThrownBy(() -> as("eva", () -> sessions.raiseFlag(fixture.id(), check, Translations.DANISH))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_facilitator_may_reveal_before_every_party_answered() {
        LiveSession session = as("nanna", () -> sessions.start(fixture.id(), AGENDA));
        long check = as("nanna", () -> sessions.ask(fixture.id(), session.id(), "background")).openCheck().orElseThrow().id();
        as("mette", () -> sessions.answer(fixture.id(), check, Agreement.NOT_SURE, ""));
        assertThatThrownBy(() -> as("mette", () -> sessions.reveal(fixture.id(), check))).isInstanceOf(AccessDeniedException.class);
        LiveSession revealed = as("nanna", () -> sessions.reveal(fixture.id(), check));
        assertThat(revealed.checks().getFirst().answers()).extracting(AgreementCheck.Answer::answer).containsExactly(Agreement.NOT_SURE);
    }

    @Test
    void a_session_without_its_facilitator_for_ten_minutes_pauses_and_another_facilitator_takes_over() {
        LiveSession session = as("nanna", () -> sessions.start(fixture.id(), AGENDA));
        Instant now = Instant.now();
        // Only Sammen's own background work looks at every scoping's sessions.
        assertThatThrownBy(() -> ActingAs.run("nanna", () -> sessions.pauseSessionsWithoutDriver((scoping, user) -> false,
                now.plus(SessionService.DRIVER_GRACE.multipliedBy(2))))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("nanna", () -> sessions.current(fixture.id())).orElseThrow().state()).isEqualTo(SessionState.RUNNING);
        // Nanna's page is open: the session keeps running, however long.
        pause((scoping, user) -> true, now.plus(SessionService.DRIVER_GRACE.multipliedBy(2)));
        assertThat(as("nanna", () -> sessions.current(fixture.id())).orElseThrow().state()).isEqualTo(SessionState.RUNNING);
        // She closed the tab: nine minutes later it still runs, eleven minutes later it pauses.
        pause((scoping, user) -> false, now.plus(SessionService.DRIVER_GRACE.multipliedBy(2)).plusSeconds(9 * 60));
        assertThat(as("nanna", () -> sessions.current(fixture.id())).orElseThrow().state()).isEqualTo(SessionState.RUNNING);
        pause((scoping, user) -> false, now.plus(SessionService.DRIVER_GRACE.multipliedBy(2)).plusSeconds(11 * 60));
        assertThat(as("nanna", () -> sessions.current(fixture.id())).orElseThrow().state()).isEqualTo(SessionState.PAUSED);
        assertThatThrownBy(() -> as("nanna", () -> sessions.moveTo(fixture.id(), session.id(), 1))).isInstanceOf(InvalidInputException.class);

        assertThatThrownBy(() -> as("mette", () -> sessions.takeOver(fixture.id(), session.id()))).isInstanceOf(AccessDeniedException.class);
        LiveSession taken = as("nanna", () -> sessions.takeOver(fixture.id(), session.id()));
        assertThat(taken.state()).isEqualTo(SessionState.RUNNING);
        assertThat(as("nanna", () -> sessions.moveTo(fixture.id(), session.id(), 1)).current()).isEqualTo(1);
    }

    /** The keeper's check, as the scheduler runs it. */
    private void pause(java.util.function.BiPredicate<Long, Long> present, Instant at) {
        ActingAs.system(() -> {
            sessions.pauseSessionsWithoutDriver(present, at);
            return null;
        });
    }

    /**
     * Three parties answer the same check at the same moment, twenty times over: every answer is
     * stored and the check is revealed every time (none is lost between the row lock and the reveal).
     */
    @Test
    void three_parties_answering_at_the_same_moment_are_all_stored_and_reveal_the_check_every_time() throws Exception {
        as("nanna", () -> {
            var roads = ScopingFixture.department(directory.departments(), "VA");
            var party = scopings.addParty(fixture.id(), roads.id(), dk.sammen.scoping.PartnerType.SAME_MUNICIPALITY);
            scopings.invite(fixture.id(), ScopingFixture.user(accounts, "sofie"), dk.sammen.scoping.ScopingRole.PARTICIPANT, party);
            return party;
        });
        LiveSession session = as("nanna", () -> sessions.start(fixture.id(), AGENDA));
        List<String> answering = List.of("kamilla", "mette", "sofie");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(answering.size());
        try {
            for (int round = 0; round < 20; round++) {
                long check = as("nanna", () -> sessions.ask(fixture.id(), session.id(), "purpose")).openCheck().orElseThrow().id();
                var together = new java.util.concurrent.CyclicBarrier(answering.size());
                List<java.util.concurrent.Future<LiveSession>> answers = answering.stream().map(user -> pool.submit(() -> {
                    together.await();
                    return as(user, () -> sessions.answer(fixture.id(), check, Agreement.NOT_SURE, "Runde for " + user));
                })).toList();
                for (var answer : answers) answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                AgreementCheck after = as("nanna", () -> sessions.current(fixture.id())).orElseThrow().checks().getLast();
                assertThat(after.id()).isEqualTo(check);
                assertThat(after.revealed()).as("round " + round + ": revealed once all three answered").isTrue();
                assertThat(after.answers()).as("round " + round).extracting(AgreementCheck.Answer::reason)
                        .containsExactlyInAnyOrder("Runde for kamilla", "Runde for mette", "Runde for sofie");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
