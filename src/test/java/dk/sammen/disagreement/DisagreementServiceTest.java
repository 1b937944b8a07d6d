package dk.sammen.disagreement;

import static dk.sammen.TestUsers.as;
import static dk.sammen.TestUsers.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sammen.SammenTest;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.StaleVersionException;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.ChangeEntry;
import dk.sammen.canvas.TableRef;
import dk.sammen.directory.DirectoryService;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingId;
import dk.sammen.scoping.ScopingService;
import dk.sammen.security.AccountService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@SammenTest
class DisagreementServiceTest {

    @Autowired DisagreementService disagreements;
    @Autowired dk.sammen.notification.NotificationService notices;
    @Autowired CanvasService canvas;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;
    ScopingFixture fixture;
    ScopingId id;

    @BeforeEach
    void scopingWithATwoLevelLadder() {
        fixture = ScopingFixture.create(scopings, directory, accounts, "Flags " + System.nanoTime());
        id = fixture.id();
        run("kamilla", () -> {
            canvas.addRow(id, new TableRef("mandate", "ladder"), Map.of("level", "1", "decides", "Projektlederne", "days", "5"));
            canvas.addRow(id, new TableRef("mandate", "ladder"), Map.of("level", "2", "decides", "Kontorcheferne", "days", "10"));
        });
    }

    private Flag raise() {
        return as("eva", () -> disagreements.raise(id, new NewFlag("purpose", null, "Hvem ejer formålet?",
                "Parterne er uenige om, hvis mål der står først.", Set.of(fixture.analysis(), fixture.cityDevelopment()))));
    }

    @Test
    void the_evaluator_flags_parties_state_positions_and_the_flag_climbs_the_ladder_to_a_decision() {
        Flag flag = raise();
        assertThat(flag.state()).isEqualTo(new FlagState.Open());
        assertThat(flag.level()).isEqualTo(1);
        assertThat(flag.decidesAtLevel()).isEqualTo("Projektlederne");
        assertThat(flag.deadline()).isEqualTo(WorkingDays.add(disagreements.today(), 5));

        run("kamilla", () -> disagreements.statePosition(id, flag.id(), fixture.analysis(), "Vores mål først", -1));
        run("mette", () -> disagreements.statePosition(id, flag.id(), fixture.cityDevelopment(), "Byens mål først", -1));
        run("eva", () -> disagreements.summarize(id, flag.id(), "Begge mål kan stå side om side."));

        Flag escalated = as("mette", () -> disagreements.escalate(id, flag.id(), Set.of(fixture.analysis(), fixture.cityDevelopment())));
        assertThat(escalated.state()).isEqualTo(new FlagState.Escalated());
        assertThat(escalated.level()).isEqualTo(2);
        assertThat(escalated.decidesAtLevel()).isEqualTo("Kontorcheferne");
        assertThat(escalated.deadline()).isEqualTo(WorkingDays.add(disagreements.today(), 10));
        assertThat(escalated.escalatedBy()).containsExactlyInAnyOrder(fixture.analysis(), fixture.cityDevelopment());
        assertThatThrownBy(() -> run("mette", () -> disagreements.escalate(id, flag.id(), Set.of(fixture.cityDevelopment()))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("validation.flag.lastLevel"));

        assertThat(as("nanna", () -> disagreements.blocking(id))).extracting(Flag::id).containsExactly(flag.id());
        Flag resolved = as("eva", () -> disagreements.resolve(id, flag.id(), "Fælles formål først, derefter egne mål", "Kontorcheferne"));
        assertThat(resolved.state()).isEqualTo(new FlagState.Resolved("Fælles formål først, derefter egne mål", "Kontorcheferne", 2));
        assertThat(resolved.positions()).extracting(Flag.Position::text).containsExactlyInAnyOrder("Vores mål først", "Byens mål først");
        assertThat(resolved.neutralSummary()).isEqualTo("Begge mål kan stå side om side.");
        assertThat(as("nanna", () -> disagreements.blocking(id))).isEmpty();

        assertThatThrownBy(() -> run("eva", () -> disagreements.resolve(id, flag.id(), "Igen", "Nogen")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as("nanna", () -> disagreements.reopen(id, flag.id())).state()).isEqualTo(new FlagState.Open());

        // Every step is in the history and the activity feed.
        assertThat(as("eva", () -> canvas.sectionHistory(id, "purpose"))).extracting(ChangeEntry::action)
                .containsOnly(ChangeEntry.Action.FLAG).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void accepted_flags_and_each_partys_reservation_fill_section_16() {
        Flag flag = raise();
        run("kamilla", () -> disagreements.statePosition(id, flag.id(), fixture.analysis(), "Forbehold: data fra 2025", -1));
        run("nanna", () -> disagreements.accept(id, flag.id()));
        List<Flag> openIssues = as("lars", () -> disagreements.openIssues(id));
        assertThat(openIssues).extracting(Flag::title).containsExactly("Hvem ejer formålet?");
        assertThat(openIssues.getFirst().positions()).extracting(Flag.Position::text).containsExactly("Forbehold: data fra 2025");
        assertThat(as("lars", () -> disagreements.blocking(id))).isEmpty();
        assertThatThrownBy(() -> run("nanna", () -> disagreements.reopen(id, flag.id()))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void only_members_see_flags_only_a_partys_members_write_its_position_and_only_evaluator_or_facilitator_close() {
        Flag flag = raise();
        List<ThrowingCallable> refused = List.of(
                () -> run("ole", () -> disagreements.flags(id)),
                () -> run("ole", () -> disagreements.raise(id, new NewFlag("purpose", null, "x", "y", Set.of(fixture.analysis())))),
                () -> run("mette", () -> disagreements.statePosition(id, flag.id(), fixture.analysis(), "Ikke min part", -1)),
                () -> run("eva", () -> disagreements.statePosition(id, flag.id(), fixture.analysis(), "Evaluator er neutral", -1)),
                () -> run("kamilla", () -> disagreements.summarize(id, flag.id(), "Ikke evaluator")),
                () -> run("kamilla", () -> disagreements.resolve(id, flag.id(), "Besluttet", "Mig")),
                () -> run("lars", () -> disagreements.accept(id, flag.id())),
                () -> run("ole", () -> disagreements.escalate(id, flag.id(), Set.of(fixture.analysis()))));
        for (ThrowingCallable call : refused) {
            assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("eva", () -> disagreements.flags(id)).getFirst().positions()).isEmpty();
    }

    @Test
    void bad_input_and_other_scopings_ids_are_refused_and_change_nothing() {
        assertRefused(() -> run("eva", () -> disagreements.raise(id, new NewFlag("purpose", null, " ", "", Set.of()))),
                "title", "validation.required", "description", "validation.required", "parties", "validation.flag.parties");
        ScopingFixture other = ScopingFixture.create(scopings, directory, accounts, "Other " + System.nanoTime());
        assertRefused(() -> run("eva", () -> disagreements.raise(id, new NewFlag("purpose", null, "T", "D", Set.of(other.analysis())))),
                "parties", "validation.unknownParty");
        assertRefused(() -> run("eva", () -> disagreements.raise(id, new NewFlag("nowhere", 999999L, "T", "D", Set.of(fixture.analysis())))),
                "section", "validation.unknownField", "row", "validation.unknownRow");
        Flag flag = raise();
        Flag foreign = as("eva", () -> disagreements.raise(other.id(), new NewFlag("purpose", null, "Andet", "D", Set.of(other.analysis()))));
        assertRefused(() -> run("eva", () -> disagreements.resolve(id, foreign.id(), "x", "y")), "flag", "validation.flag.unknown");
        assertRefused(() -> run("mette", () -> disagreements.escalate(id, flag.id(), Set.of(other.analysis()))),
                "parties", "validation.flag.notInvolved");

        run("kamilla", () -> disagreements.statePosition(id, flag.id(), fixture.analysis(), "Første", -1));
        assertThatThrownBy(() -> run("lars", () -> disagreements.statePosition(id, flag.id(), fixture.analysis(), "Anden", -1)))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.currentValue()).isEqualTo("Første"));
        assertThat(as("eva", () -> disagreements.flags(id))).hasSize(1);
    }

    @Test
    void the_overview_lists_the_flags_that_concern_the_person_overdue_first_and_filters() {
        Flag flag = raise();
        run("eva", () -> disagreements.accept(id, raise().id()));
        List<Flag> all = as("eva", () -> disagreements.overview(null, id));
        assertThat(all).extracting(Flag::id).startsWith(flag.id()).hasSize(2);
        assertThat(as("eva", () -> disagreements.overview("ACCEPTED", id))).hasSize(1);
        // A participant sees the flags that involve their party (before, only the evaluator's view listed anything).
        assertThat(as("kamilla", () -> disagreements.overview(null, id))).extracting(Flag::id).containsExactlyInAnyOrderElementsOf(
                all.stream().map(Flag::id).toList());
        assertThat(as("ole", () -> disagreements.overview(null, null))).noneMatch(f -> f.scoping().equals(id));
    }

    @Test
    void the_involved_parties_members_are_notified() {
        raise();
        assertThat(as("kamilla", () -> notices.myNotices())).first().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(dk.sammen.notification.NoticeKind.FLAG_RAISED);
            assertThat(n.args()).containsExactly(as("kamilla", () -> scopings.details(id)).title(), "Eva Lund", "Hvem ejer formålet?", "1");
        });
        assertThat(as("ole", () -> notices.myNotices())).noneMatch(n -> n.scopingId() == id.value());
    }

    static void assertRefused(ThrowingCallable call, String... fieldAndKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                e.problems().stream().flatMap(p -> Stream.of(p.field(), p.messageKey())).toList()).containsExactly(fieldAndKey));
    }
}
