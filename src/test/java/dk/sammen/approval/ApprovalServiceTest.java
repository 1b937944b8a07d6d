package dk.sammen.approval;

import static dk.sammen.TestUsers.as;
import static dk.sammen.TestUsers.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sammen.SammenTest;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.Problem;
import dk.sammen.canvas.CanvasService;
import dk.sammen.canvas.FieldRef;
import dk.sammen.canvas.StoredValue;
import dk.sammen.directory.DirectoryService;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.disagreement.NewFlag;
import dk.sammen.scoping.ScopingFixture;
import dk.sammen.scoping.ScopingService;
import dk.sammen.scoping.Stage;
import dk.sammen.security.AccountService;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@SammenTest
class ApprovalServiceTest {

    @Autowired ApprovalService approval;
    @Autowired CanvasService canvas;
    @Autowired ScopingService scopings;
    @Autowired DirectoryService directory;
    @Autowired AccountService accounts;
    @Autowired DisagreementService disagreements;

    @Test
    void review_waits_until_the_gates_hold_and_says_what_is_missing_where() {
        ScopingFixture f = ScopingFixture.create(scopings, directory, accounts, "Gate " + System.nanoTime());
        ReviewGate gate = as("nanna", () -> approval.gate(f.id()));
        assertThat(gate.missing()).extracting(ReviewGate.Missing::section)
                .contains("parties", "background", "purpose", "deliverables", "priorities", "mandate", "exit", "resources");
        assertThat(gate.before()).extracting(ReviewGate.CheckItem::done).containsOnly(false);
        assertThatThrownBy(() -> run("nanna", () -> approval.sendToReview(f.id()))).isInstanceOf(InvalidInputException.class);
        assertThat(as("nanna", () -> scopings.details(f.id())).stage()).isEqualTo(Stage.DRAFT);

        run("nanna", () -> scopings.invite(f.id(), dk.sammen.scoping.ScopingFixture.user(accounts, "peter"),
                dk.sammen.scoping.ScopingRole.LEADER, f.cityDevelopment()));
        CompleteScoping.fill(canvas, f, "Et formål");
        var flag = as("eva", () -> disagreements.raise(f.id(), new NewFlag("purpose", null, "Uenige", "Om formålet",
                Set.of(f.analysis()))));
        assertThatThrownBy(() -> run("nanna", () -> approval.sendToReview(f.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::field, Problem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("purpose", "gate.flag")));
        run("eva", () -> disagreements.accept(f.id(), flag.id()));
        assertThat(as("nanna", () -> approval.gate(f.id())).before()).extracting(ReviewGate.CheckItem::done).containsOnly(true);
        assertThatThrownBy(() -> run("kamilla", () -> approval.sendToReview(f.id()))).isInstanceOf(AccessDeniedException.class);
        ReviewRound round = as("nanna", () -> approval.sendToReview(f.id()));
        assertThat(round.fingerprint().hex()).hasSize(64);
        assertThat(as("nanna", () -> scopings.details(f.id())).stage()).isEqualTo(Stage.IN_REVIEW);
    }

    @Test
    void every_leader_approves_the_same_fingerprint_and_the_version_is_frozen() {
        ScopingFixture f = CompleteScoping.create(scopings, directory, accounts, canvas, "Approve " + System.nanoTime());
        ReviewRound round = as("nanna", () -> approval.sendToReview(f.id()));

        assertThatThrownBy(() -> run("peter", () -> approval.decide(f.id(), f.analysis(), round.fingerprint(), new Decision.Approve())))
                .as("a leader cannot approve for another party").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run("kamilla", () -> approval.decide(f.id(), f.analysis(), round.fingerprint(), new Decision.Approve())))
                .as("a participant is not the leader").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run("lars", () -> approval.decide(f.id(), f.analysis(), round.fingerprint(),
                new Decision.ApproveWithReservation("  ")))).isInstanceOf(InvalidInputException.class);

        run("lars", () -> approval.decide(f.id(), f.analysis(), round.fingerprint(), new Decision.ApproveWithReservation("Data fra 2025")));
        assertThat(as("nanna", () -> scopings.details(f.id())).stage()).isEqualTo(Stage.IN_REVIEW);
        ReviewRound done = as("peter", () -> approval.decide(f.id(), f.cityDevelopment(), round.fingerprint(), new Decision.Approve()));

        assertThat(done.approved()).isTrue();
        assertThat(done.approvals()).extracting(Approval::leaderName, Approval::signInMethod)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Lars Holm", "password"),
                        org.assertj.core.groups.Tuple.tuple("Peter Sørensen", "password"));
        assertThat(done.approvals()).allMatch(a -> a.fingerprint().equals(round.fingerprint()));
        assertThat(as("nanna", () -> scopings.details(f.id())).stage()).isEqualTo(Stage.APPROVED);
        // Frozen: nobody edits an approved version.
        assertThatThrownBy(() -> run("kamilla", () -> canvas.save(f.id(), FieldRef.joint("ways", "forum"), "x", StoredValue.NEW)))
                .isInstanceOf(AccessDeniedException.class);

        // Reopening makes a new draft version; the approved one stays on record.
        assertThatThrownBy(() -> run("lars", () -> approval.reopen(f.id()))).isInstanceOf(AccessDeniedException.class);
        run("nanna", () -> approval.reopen(f.id()));
        assertThat(as("nanna", () -> scopings.details(f.id()))).satisfies(d -> {
            assertThat(d.stage()).isEqualTo(Stage.REOPENED);
            assertThat(d.versionNumber()).isEqualTo(2);
        });
        assertThat(as("eva", () -> approval.rounds(f.id()))).filteredOn(ReviewRound::approved).singleElement()
                .satisfies(r -> assertThat(r.fingerprint()).isEqualTo(round.fingerprint()));
        assertThat(as("eva", () -> approval.approvedWith(round.fingerprint()))).hasSize(1);

        // Changed and sent again: the leaders see which sections changed since the version they approved.
        StoredValue forum = as("kamilla", () -> canvas.save(f.id(), FieldRef.joint("ways", "forum"), "Styregruppen", StoredValue.NEW));
        ReviewRound second = as("nanna", () -> approval.sendToReview(f.id()));
        assertThat(as("lars", () -> approval.sectionsChangedSinceApproval(f.id(), second))).containsExactly("ways");
        assertThat(forum.version()).isZero();
        assertThat(as("ole", () -> approval.approvedWith(round.fingerprint()))).as("an outsider learns nothing").isEmpty();
    }

    @Test
    void a_change_during_review_withdraws_the_approvals_and_a_stale_fingerprint_is_refused() {
        ScopingFixture f = CompleteScoping.create(scopings, directory, accounts, canvas, "Withdraw " + System.nanoTime());
        ReviewRound first = as("nanna", () -> approval.sendToReview(f.id()));
        run("lars", () -> approval.decide(f.id(), f.analysis(), first.fingerprint(), new Decision.Approve()));

        StoredValue purpose = as("mette", () -> canvas.content(f.id())).value(FieldRef.joint("purpose", "sharedPurpose")).orElseThrow();
        run("mette", () -> canvas.save(f.id(), FieldRef.joint("purpose", "sharedPurpose"), "Et ændret formål", purpose.version()));

        var all = as("nanna", () -> approval.rounds(f.id()));
        ReviewRound now = all.getFirst();
        assertThat(now.open()).isTrue();
        assertThat(now.fingerprint()).isNotEqualTo(first.fingerprint());
        assertThat(now.versionNumber()).isEqualTo(first.versionNumber() + 1);
        assertThat(all.get(1).state()).isEqualTo(RoundState.SUPERSEDED);
        assertThat(all.get(1).approvals()).singleElement().satisfies(a -> assertThat(a.standing()).isFalse());

        assertThatThrownBy(() -> run("peter", () -> approval.decide(f.id(), f.cityDevelopment(), first.fingerprint(), new Decision.Approve())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("validation.approval.stale"));
        run("peter", () -> approval.decide(f.id(), f.cityDevelopment(), now.fingerprint(), new Decision.Approve()));
        assertThat(as("nanna", () -> scopings.details(f.id())).stage()).as("Lars's approval of the old version no longer counts")
                .isEqualTo(Stage.IN_REVIEW);
        run("lars", () -> approval.decide(f.id(), f.analysis(), now.fingerprint(), new Decision.Approve()));
        assertThat(as("nanna", () -> scopings.details(f.id())).stage()).isEqualTo(Stage.APPROVED);
    }
}
