package dk.sammen.scoping;

import static dk.sammen.TestUsers.as;
import static dk.sammen.TestUsers.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sammen.SammenTest;
import dk.sammen.base.InvalidInputException;
import dk.sammen.directory.DirectoryService;
import dk.sammen.security.AccountService;
import dk.sammen.security.UserId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@SammenTest
class ScopingServiceTest {

    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;
    @Autowired org.springframework.transaction.support.TransactionTemplate inOneTransaction;
    ScopingFixture fixture;

    @BeforeEach
    void newScoping() {
        fixture = ScopingFixture.create(scopings, directory, accounts, "Scoping " + System.nanoTime());
    }

    @Test
    void a_facilitator_creates_a_scoping_and_invites_people_with_a_role_each() {
        ScopingDetails details = as("nanna", () -> scopings.details(fixture.id()));
        assertThat(details.stage()).isEqualTo(Stage.DRAFT);
        assertThat(details.versionNumber()).isEqualTo(1);
        assertThat(details.parties()).hasSize(2);
        assertThat(details.leaderOf(fixture.analysis())).map(m -> m.user().username()).contains("lars");
        assertThat(details.leaderOf(fixture.cityDevelopment())).isEmpty();
        assertThat(details.withRole(ScopingRole.EVALUATOR)).extracting(m -> m.user().username()).containsExactly("eva");
        assertThat(details.membersOf(fixture.analysis())).extracting(m -> m.user().username()).containsExactlyInAnyOrder("kamilla", "lars");
    }

    @Test
    void the_dashboard_lists_only_the_scopings_a_person_takes_part_in() {
        assertThat(as("kamilla", () -> scopings.myScopings())).extracting(ScopingSummary::id).contains(fixture.id());
        assertThat(as("ole", () -> scopings.myScopings())).extracting(ScopingSummary::id).doesNotContain(fixture.id());
        ScopingSummary line = as("mette", () -> scopings.myScopings()).stream().filter(s -> s.id().equals(fixture.id())).findFirst().orElseThrow();
        assertThat(line.partyNames()).hasSize(2);
        assertThat(line.myRoles()).containsExactly(ScopingRole.PARTICIPANT);
    }

    @Test
    void a_scoping_needs_a_title_and_two_different_parties_and_nothing_is_stored_otherwise() {
        var departments = as("nanna", () -> directory.departments());
        var one = new NewScoping.NewParty(ScopingFixture.department(departments, "BU").id(), PartnerType.SAME_MUNICIPALITY);
        int before = as("nanna", () -> scopings.myScopings()).size();

        assertProblems(() -> run("nanna", () -> scopings.create(new NewScoping("  ", "", List.of(one, one)))),
                "title", "validation.required", "parties", "validation.partyTwice");
        assertProblems(() -> run("nanna", () -> scopings.create(new NewScoping("x".repeat(201), "", List.of(one)))),
                "title", "validation.tooLong", "parties", "validation.atLeastTwoParties");
        assertProblems(() -> run("nanna", () -> scopings.create(new NewScoping("Bad\u0007title", "", List.of(one)))),
                "title", "validation.controlCharacters", "parties", "validation.atLeastTwoParties");

        assertThat(as("nanna", () -> scopings.myScopings())).hasSize(before);
    }

    @Test
    void each_party_has_exactly_one_leader_and_a_person_speaks_for_one_party() {
        assertProblems(() -> run("nanna", () -> scopings.invite(fixture.id(), ScopingFixture.user(accounts, "peter"),
                ScopingRole.LEADER, fixture.analysis())), "role", "validation.oneLeaderPerParty");
        assertProblems(() -> run("nanna", () -> scopings.invite(fixture.id(), ScopingFixture.user(accounts, "kamilla"),
                ScopingRole.LEADER, fixture.cityDevelopment())), "party", "validation.onePartyPerPerson");
        assertProblems(() -> run("nanna", () -> scopings.invite(fixture.id(), ScopingFixture.user(accounts, "peter"),
                ScopingRole.PARTICIPANT, null)), "party", "validation.partyRequired");
        assertProblems(() -> run("nanna", () -> scopings.invite(fixture.id(), ScopingFixture.user(accounts, "peter"),
                ScopingRole.EVALUATOR, fixture.analysis())), "party", "validation.roleHasNoParty");
        assertThat(as("nanna", () -> scopings.details(fixture.id())).leaderOf(fixture.analysis()))
                .map(m -> m.user().username()).contains("lars");
    }

    @Test
    void a_party_of_another_scoping_is_refused_as_unknown() {
        ScopingFixture other = ScopingFixture.create(scopings, directory, accounts, "Other " + System.nanoTime());
        assertProblems(() -> run("nanna", () -> scopings.invite(fixture.id(), ScopingFixture.user(accounts, "peter"),
                ScopingRole.PARTICIPANT, other.analysis())), "party", "validation.unknownParty");
        assertProblems(() -> run("nanna", () -> scopings.updateParty(fixture.id(), other.analysis(), PartnerType.FOUNDATION, "x")),
                "party", "validation.unknownParty");
    }

    @Test
    void a_scoping_keeps_two_parties_and_its_last_facilitator() {
        assertProblems(() -> run("nanna", () -> scopings.removeParty(fixture.id(), fixture.cityDevelopment())),
                "parties", "validation.atLeastTwoParties");
        long facilitator = as("nanna", () -> scopings.details(fixture.id())).withRole(ScopingRole.FACILITATOR).getFirst().id();
        assertProblems(() -> run("nanna", () -> scopings.removeMember(fixture.id(), facilitator)), "member", "validation.lastFacilitator");
    }

    @Test
    void someone_not_invited_is_refused_by_every_method_and_learns_nothing() {
        ScopingId id = fixture.id();
        var peter = ScopingFixture.user(accounts, "peter");
        List<ThrowingCallable> calls = List.of(
                () -> run("ole", () -> scopings.details(id)),
                () -> run("ole", () -> scopings.membership(id)),
                () -> run("ole", () -> scopings.requireCanvasEditor(id)),
                () -> run("ole", () -> scopings.updateDetails(id, "Mine now", "", 0)),
                () -> run("ole", () -> scopings.addParty(id, ScopingFixture.department(as("ole", () -> directory.departments()), "VA").id(),
                        PartnerType.SAME_MUNICIPALITY)),
                () -> run("ole", () -> scopings.updateParty(id, fixture.analysis(), PartnerType.ABROAD, "")),
                () -> run("ole", () -> scopings.removeParty(id, fixture.analysis())),
                () -> run("ole", () -> scopings.invite(id, peter, ScopingRole.PARTICIPANT, fixture.analysis())),
                () -> run("ole", () -> scopings.removeMember(id, 1)));
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
        }
        // A scoping that does not exist looks exactly the same.
        assertThatThrownBy(() -> run("ole", () -> scopings.details(new ScopingId(987654321)))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("nanna", () -> scopings.details(id)).title()).startsWith("Scoping ");
    }

    @Test
    void a_participant_cannot_do_what_only_the_facilitator_may() {
        ScopingId id = fixture.id();
        var peter = ScopingFixture.user(accounts, "peter");
        long lock = as("nanna", () -> scopings.details(id)).lockVersion();
        List<ThrowingCallable> calls = List.of(
                () -> run("kamilla", () -> scopings.updateDetails(id, "Renamed", "", lock)),
                () -> run("kamilla", () -> scopings.invite(id, peter, ScopingRole.LEADER, fixture.cityDevelopment())),
                () -> run("kamilla", () -> scopings.updateParty(id, fixture.analysis(), PartnerType.ABROAD, "")),
                () -> run("eva", () -> scopings.invite(id, peter, ScopingRole.LEADER, fixture.cityDevelopment())));
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("kamilla", () -> scopings.details(id)).leaderOf(fixture.cityDevelopment())).isEmpty();
        assertThat(as("kamilla", () -> scopings.membership(id)).mayEditCanvas()).isTrue();
        assertThat(as("eva", () -> scopings.membership(id)).mayEditCanvas()).isFalse();
    }

    @Test
    void renaming_from_an_old_version_is_refused_and_keeps_the_newer_title() {
        long lock = as("nanna", () -> scopings.details(fixture.id())).lockVersion();
        run("nanna", () -> scopings.updateDetails(fixture.id(), "First rename", "T-2", lock));
        assertThatThrownBy(() -> run("nanna", () -> scopings.updateDetails(fixture.id(), "Second rename", "T-3", lock)))
                .isInstanceOf(dk.sammen.base.StaleVersionException.class);
        assertThat(as("nanna", () -> scopings.details(fixture.id())).title()).isEqualTo("First rename");
    }

    /**
     * Within one transaction the details are read once (ADR 0012), so every write of the scoping
     * must show in the details read after it, in the same transaction: a new member, a removed
     * party, the next stage.
     */
    @Test
    void details_read_after_a_write_in_the_same_transaction_show_that_write() {
        UserId peter = ScopingFixture.user(accounts, "peter");
        ScopingDetails after = as("nanna", () -> inOneTransaction.execute(tx -> {
            ScopingDetails before = scopings.details(fixture.id());
            assertThat(scopings.details(fixture.id())).isSameAs(before); // read once
            assertThat(before.leaderOf(fixture.cityDevelopment())).isEmpty();
            scopings.invite(fixture.id(), peter, ScopingRole.LEADER, fixture.cityDevelopment());
            scopings.updateParty(fixture.id(), fixture.analysis(), PartnerType.ABROAD, "Ring til Kamilla");
            return scopings.details(fixture.id());
        }));
        assertThat(after.leaderOf(fixture.cityDevelopment())).map(m -> m.user().username()).contains("peter");
        assertThat(after.party(fixture.analysis()).orElseThrow().dayToDayContact()).isEqualTo("Ring til Kamilla");
        // The invitation committed: Peter, in a transaction of his own, is a member now.
        assertThat(as("peter", () -> scopings.membership(fixture.id())).roles()).containsExactly(ScopingRole.LEADER);
    }

    /** The details are kept per reader: a second person in the same transaction gets their own membership. */
    @Test
    void details_kept_in_a_transaction_are_each_readers_own() {
        var both = inOneTransaction.execute(tx -> List.of(as("kamilla", () -> scopings.details(fixture.id())),
                as("eva", () -> scopings.details(fixture.id()))));
        assertThat(both.get(0).me().user().username()).isEqualTo("kamilla");
        assertThat(both.get(1).me().user().username()).isEqualTo("eva");
        assertThat(both.get(1).me().mayEditCanvas()).isFalse();
        assertThatThrownBy(() -> inOneTransaction.execute(tx -> {
            as("kamilla", () -> scopings.details(fixture.id()));
            return as("ole", () -> scopings.details(fixture.id())); // not a member: refused, however warm the transaction
        })).isInstanceOf(AccessDeniedException.class);
    }

    /** Asserts the refusal names exactly these (field, key) pairs, in order. */
    static void assertProblems(ThrowingCallable call, String... fieldAndKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            List<String> actual = e.problems().stream().flatMap(p -> java.util.stream.Stream.of(p.field(), p.messageKey())).toList();
            assertThat(actual).containsExactly(fieldAndKey);
        });
    }

}
