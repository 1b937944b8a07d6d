package dk.sammen.approval.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import dk.sammen.approval.Approval;
import dk.sammen.approval.ApprovalService;
import dk.sammen.approval.ApprovalsChanged;
import dk.sammen.approval.Decision;
import dk.sammen.approval.ReviewGate;
import dk.sammen.approval.ReviewGateChanged;
import dk.sammen.approval.ReviewRound;
import dk.sammen.approval.RoundState;
import dk.sammen.base.Formats;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.Problem;
import dk.sammen.base.ui.Folded;
import dk.sammen.base.ui.ProblemDisplay;
import dk.sammen.canvas.ui.CanvasExtension;
import dk.sammen.disagreement.FlagsChanged;
import dk.sammen.live.ScopingEvent;
import dk.sammen.scoping.Party;
import dk.sammen.scoping.ScopingChanged;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.scoping.ScopingService;
import dk.sammen.scoping.Stage;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The review panel at the top of the canvas: the gates, sending to review, and each leader's decision. */
@org.springframework.stereotype.Component
class ReviewExtension implements CanvasExtension {

    private final ApprovalService approvals;
    private final ScopingService scopings;

    ReviewExtension(ApprovalService approvals, ScopingService scopings) {
        this.approvals = approvals;
        this.scopings = scopings;
    }

    @Override
    public AddOn open(ScopingDetails scoping) {
        return new ReviewPanel(approvals, scopings, scoping);
    }

    static final class ReviewPanel implements AddOn {

        /** Up to this many missing items are shown unfolded. */
        static final int UNFOLDED_MISSING = 5;

        final Div panel = new Div();
        private final ApprovalService approvals;
        private final ScopingService scopings;
        private ScopingDetails scoping;
        private @Nullable ReviewGate shownGate;

        ReviewPanel(ApprovalService approvals, ScopingService scopings, ScopingDetails scoping) {
            this.approvals = approvals;
            this.scopings = scopings;
            this.scoping = scoping;
            panel.addClassName("review-panel");
            panel.setId("review-panel");
            panel.getElement().setAttribute("role", "region");
        }

        @Override
        public Optional<Component> banner() {
            refresh();
            return Optional.of(panel);
        }

        @Override
        public Optional<Component> section(String sectionKey) {
            return Optional.empty();
        }

        @Override
        public void onEvent(ScopingEvent event) {
            if (event instanceof ApprovalsChanged || event instanceof ScopingChanged || event instanceof FlagsChanged) {
                scoping = scopings.details(scoping.id());
                refresh();
            } else if (event instanceof ReviewGateChanged changed && inDraft() && !changed.gate().equals(shownGate)) {
                // The writer worked the gate out once for everybody: no reads here, and no work when nothing changed.
                show(changed.gate());
            }
        }

        private boolean inDraft() {
            return scoping.stage() == Stage.DRAFT || scoping.stage() == Stage.REOPENED;
        }

        private String t(String key, Object... args) {
            return panel.getTranslation(key, args);
        }

        void refresh() {
            show(inDraft() ? approvals.gate(scoping.id()) : null);
        }

        private void show(@Nullable ReviewGate gate) {
            shownGate = gate;
            panel.removeAll();
            H2 title = new H2(t("review.title") + " · " + t(scoping.stage().messageKey()));
            title.addClassName("small-heading");
            title.setId("review-title");
            panel.getElement().setAttribute("aria-labelledby", "review-title");
            panel.add(title);
            switch (scoping.stage()) {
                case DRAFT, REOPENED -> gate(Objects.requireNonNull(gate));
                case IN_REVIEW -> approvals.currentRound(scoping.id()).ifPresent(this::inReview);
                case APPROVED -> approvals.currentRound(scoping.id()).ifPresent(r -> {
                    panel.add(new Paragraph(t("review.approved", r.versionNumber())));
                    panel.add(fingerprint(r));
                    panel.add(decisions(r));
                    if (scoping.me().isFacilitator()) {
                        Button reopen = new Button(t("review.reopen"), e -> act(() -> approvals.reopen(scoping.id())));
                        reopen.setId("review-reopen");
                        panel.add(reopen);
                    }
                });
            }
        }

        private void gate(ReviewGate gate) {
            UnorderedList checklist = new UnorderedList();
            checklist.addClassName("checklist");
            gate.before().forEach(item -> {
                ListItem li = new ListItem((item.done() ? "✓ " : "✗ ") + t(item.key()));
                li.addClassName(item.done() ? "ok" : "warning");
                checklist.add(li);
            });
            panel.add(new Paragraph(t("review.before")), checklist);
            if (!gate.open()) panel.add(missing(gate));
            if (scoping.me().isFacilitator()) {
                Button send = new Button(t("review.send"), e -> act(() -> approvals.sendToReview(scoping.id())));
                send.setId("review-send");
                send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                send.setEnabled(gate.open());
                panel.add(send);
            }
        }

        /**
         * What is still missing, each item a link to its section. A new canvas misses dozens of
         * things: then the list stays folded (and is only built when opened), so it neither pushes
         * the canvas down nor costs every open page memory.
         */
        private Details missing(ReviewGate gate) {
            Details details = Folded.details(t("review.missing", gate.missing().size()), () -> {
                UnorderedList list = new UnorderedList();
                gate.missing().forEach(m -> list.add(new ListItem(new Anchor("#section-" + m.section(),
                        ProblemDisplay.message(panel, new Problem(m.section(), m.messageKey(), m.args()))))));
                return list;
            });
            details.setOpened(gate.missing().size() <= UNFOLDED_MISSING);
            details.addClassName("gate-missing");
            details.setId("review-missing");
            return details;
        }

        private void inReview(ReviewRound round) {
            panel.add(new Paragraph(t("review.inReview", round.versionNumber())));
            panel.add(fingerprint(round));
            List<String> changed = approvals.sectionsChangedSinceApproval(scoping.id(), round);
            if (!changed.isEmpty()) {
                Paragraph since = new Paragraph(t("review.changedSince") + " ");
                for (String key : changed) since.add(new Anchor("#section-" + key, t("canvas." + key + ".title")), new Span(" · "));
                panel.add(since);
            }
            panel.add(decisions(round));
            approvals.rounds(scoping.id()).stream().skip(1).findFirst().filter(r -> r.state() == RoundState.SUPERSEDED)
                    .filter(r -> r.approvals().stream().anyMatch(a -> a.withdrawnAt() != null))
                    .ifPresent(previous -> {
                        Paragraph withdrawn = new Paragraph(t("review.withdrawn", previous.versionNumber()));
                        withdrawn.addClassName("warning");
                        withdrawn.getElement().setAttribute("role", "alert");
                        panel.add(withdrawn);
                    });
            for (Party party : scoping.parties()) {
                boolean leads = scoping.meLeads(party.id());
                if (leads) panel.add(decisionForm(round, party));
            }
        }

        private Div decisionForm(ReviewRound round, Party party) {
            Div form = new Div();
            form.addClassName("decision-form");
            form.add(new Paragraph(t("review.yourDecision", party.name(), round.fingerprint().grouped())));
            TextArea note = new TextArea(t("review.note"));
            note.setMaxLength(4000);
            note.setId("decision-note-" + party.id().value());
            Button approve = new Button(t("review.approve"), e -> decide(round, party, new Decision.Approve(), note));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.setId("approve-" + party.id().value());
            Button withReservation = new Button(t("review.approveWithReservation"),
                    e -> decide(round, party, new Decision.ApproveWithReservation(note.getValue()), note));
            withReservation.setId("approve-reservation-" + party.id().value());
            Button decline = new Button(t("review.decline"), e -> decide(round, party, new Decision.Decline(note.getValue()), note));
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            decline.setId("decline-" + party.id().value());
            form.add(note, new Div(approve, withReservation, decline));
            return form;
        }

        private void decide(ReviewRound round, Party party, Decision decision, TextArea note) {
            try {
                approvals.decide(scoping.id(), party.id(), round.fingerprint(), decision);
            } catch (InvalidInputException problems) {
                ProblemDisplay.show(panel, problems, Map.of("note", note));
            }
        }

        private Paragraph fingerprint(ReviewRound round) {
            Span value = new Span(round.fingerprint().grouped());
            value.addClassName("fingerprint");
            Paragraph p = new Paragraph(t("details.fingerprint") + ": ");
            p.add(value);
            return p;
        }

        private UnorderedList decisions(ReviewRound round) {
            UnorderedList list = new UnorderedList();
            var locale = UI.getCurrent().getLocale();
            for (Party party : scoping.parties()) {
                String leader = scoping.leaderOf(party.id()).map(m -> m.user().displayName()).orElse("—");
                Optional<Approval> given = round.approvals().stream().filter(a -> a.party().equals(party.id()) && a.standing()).findFirst();
                String status = given.map(a -> t("charter.decision." + a.decision().key())
                        + (a.decision().note().isEmpty() ? "" : ": " + a.decision().note()) + " · " + Formats.dateTime(a.decidedAt(), locale))
                        .orElse(t("review.pending"));
                list.add(new ListItem(party.name() + " – " + leader + ": " + status));
            }
            return list;
        }

        private void act(Runnable step) {
            try {
                step.run();
            } catch (InvalidInputException problems) {
                ProblemDisplay.show(panel, problems, Map.of());
            }
        }

    }
}
