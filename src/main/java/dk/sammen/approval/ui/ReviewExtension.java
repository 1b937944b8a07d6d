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
import dk.sammen.base.ui.InPlace;
import dk.sammen.canvas.CanvasKeys;
import dk.sammen.live.ChangesMissed;
import dk.sammen.live.PageEvents;
import dk.sammen.scoping.ScopingPlace;
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

    /**
     * The review panel of one open page. Updated in place: the list of what is missing keeps its
     * open or closed state, the send button is the same button, and a leader's decision form
     * (with the note being typed) stays as long as the round it decides on.
     */
    static final class ReviewPanel implements AddOn {

        /** Up to this many missing items are shown unfolded. */
        static final int UNFOLDED_MISSING = 5;

        final Div panel = new Div();
        private final H2 title = new H2();
        private final Div body = new Div();
        private final ApprovalService approvals;
        private final ScopingService scopings;
        private ScopingDetails scoping;
        private @Nullable ReviewGate shownGate;
        /** The stage the body was built for; the body is built anew only when the stage changes. */
        private @Nullable Stage shownStage;
        // The draft's parts, kept across changes of the gate.
        private final UnorderedList checklist = new UnorderedList();
        private @Nullable Details missing;
        private @Nullable Button send;
        /** A leader's decision forms by round fingerprint and party: the note typed stays while the round does. */
        private final Map<String, Div> decisionForms = new java.util.HashMap<>();
        // In review and approved: what is said (drawn anew) and the decision forms (kept).
        private final Div info = new Div();
        private final Div forms = new Div();

        ReviewPanel(ApprovalService approvals, ScopingService scopings, ScopingDetails scoping) {
            this.approvals = approvals;
            this.scopings = scopings;
            this.scoping = scoping;
            panel.addClassName("review-panel");
            panel.setId(ScopingPlace.Review.ELEMENT_ID);
            panel.getElement().setAttribute("role", "region");
            title.addClassName("small-heading");
            title.setId("review-title");
            panel.getElement().setAttribute("aria-labelledby", "review-title");
            checklist.addClassName("checklist");
            panel.add(title, body);
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
        public void listen(PageEvents events) {
            events.on(ApprovalsChanged.class, changed -> readAgain());
            events.on(ScopingChanged.class, changed -> readAgain());
            events.on(FlagsChanged.class, changed -> readAgain());
            events.on(ChangesMissed.class, missed -> readAgain());
            events.on(ReviewGateChanged.class, changed -> {
                // The writer worked the gate out once for everybody: no reads here, and no work when nothing changed.
                if (inDraft() && !changed.gate().equals(shownGate)) show(changed.gate());
            });
        }

        private void readAgain() {
            try {
                scoping = scopings.details(scoping.id());
            } catch (org.springframework.security.access.AccessDeniedException noLongerMember) {
                return; // the page itself leaves the scoping
            }
            refresh();
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
            InPlace.text(title, t("review.title") + " · " + t(scoping.stage().messageKey()));
            if (shownStage != scoping.stage()) {
                // Another stage, another body; within a stage its parts are kept.
                body.removeAll();
                missing = null;
                send = null;
                if (!inDraft()) body.add(info, forms);
            }
            shownStage = scoping.stage();
            if (inDraft()) {
                gate(Objects.requireNonNull(gate));
                return;
            }
            // In review and approved the information is sentences and lists, drawn anew; the decision
            // forms beside it are kept (a leader's note being typed must survive another leader's decision).
            info.removeAll();
            switch (scoping.stage()) {
                case IN_REVIEW -> approvals.currentRound(scoping.id()).ifPresentOrElse(this::inReview, () -> InPlace.children(forms, List.of()));
                case APPROVED -> {
                    InPlace.children(forms, List.of());
                    approvals.currentRound(scoping.id()).ifPresent(r -> {
                        info.add(new Paragraph(t("review.approved", r.versionNumber())));
                        info.add(fingerprint(r));
                        info.add(decisions(r));
                        if (scoping.me().isFacilitator()) {
                            Button reopen = new Button(t("review.reopen"), e -> act(() -> approvals.reopen(scoping.id())));
                            reopen.setId("review-reopen");
                            info.add(reopen);
                        }
                    });
                }
                default -> { }
            }
        }

        private void gate(ReviewGate gate) {
            List<Component> items = gate.before().stream().map(item -> {
                ListItem li = new ListItem((item.done() ? "✓ " : "✗ ") + t(item.key()));
                li.addClassName(item.done() ? "ok" : "warning");
                return (Component) li;
            }).toList();
            checklist.removeAll();
            items.forEach(checklist::add);
            List<Component> wanted = new java.util.ArrayList<>();
            if (body.getComponentCount() == 0) body.add(new Paragraph(t("review.before")), checklist);
            if (!gate.open()) wanted.add(missing(gate));
            if (scoping.me().isFacilitator()) {
                if (send == null) {
                    send = new Button(t("review.send"), e -> act(() -> approvals.sendToReview(scoping.id())));
                    send.setId("review-send");
                    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                send.setEnabled(gate.open());
                wanted.add(send);
            }
            InPlace.children(body, 2, wanted);
        }

        /**
         * What is still missing, each item a link to its section. A new canvas misses dozens of
         * things: then the list stays folded (and is only built when opened), so it neither pushes
         * the canvas down nor costs every open page memory. The same list is kept as the gate
         * changes: whoever opened or closed it finds it so.
         */
        private Details missing(ReviewGate gate) {
            if (missing == null) {
                missing = Folded.details("", () -> missingList(Objects.requireNonNull(shownGate)));
                missing.setOpened(gate.missing().size() <= UNFOLDED_MISSING);
                missing.addClassName("gate-missing");
                missing.setId("review-missing");
            }
            Details shown = missing;
            shown.setSummaryText(t("review.missing", gate.missing().size()));
            if (shown.getContent().findAny().isPresent()) {
                shown.removeAll();
                shown.add(missingList(gate));
            }
            return shown;
        }

        private UnorderedList missingList(ReviewGate gate) {
            UnorderedList list = new UnorderedList();
            gate.missing().forEach(m -> list.add(new ListItem(new Anchor(new ScopingPlace.Section(scoping.id(), m.section()).path(),
                    ProblemDisplay.message(panel, new Problem(m.section(), m.messageKey(), m.args()))))));
            return list;
        }

        private void inReview(ReviewRound round) {
            info.add(new Paragraph(t("review.inReview", round.versionNumber())));
            info.add(fingerprint(round));
            List<String> changed = approvals.sectionsChangedSinceApproval(scoping.id(), round);
            if (!changed.isEmpty()) {
                Paragraph since = new Paragraph(t("review.changedSince") + " ");
                for (String key : changed) {
                    since.add(new Anchor(new ScopingPlace.Section(scoping.id(), key).path(), t(CanvasKeys.sectionTitle(key).key())),
                            new Span(" · "));
                }
                info.add(since);
            }
            info.add(decisions(round));
            approvals.rounds(scoping.id()).stream().skip(1).findFirst().filter(r -> r.state() == RoundState.SUPERSEDED)
                    .filter(r -> r.approvals().stream().anyMatch(a -> a.withdrawnAt() != null))
                    .ifPresent(previous -> {
                        Paragraph withdrawn = new Paragraph(t("review.withdrawn", previous.versionNumber()));
                        withdrawn.addClassName("warning");
                        withdrawn.getElement().setAttribute("role", "alert");
                        info.add(withdrawn);
                    });
            decisionForms.keySet().removeIf(key -> !key.startsWith(round.fingerprint().grouped() + "/"));
            List<Div> mine = new java.util.ArrayList<>();
            for (Party party : scoping.parties()) {
                if (scoping.meLeads(party.id())) {
                    mine.add(decisionForms.computeIfAbsent(round.fingerprint().grouped() + "/" + party.id().value(),
                            key -> decisionForm(round, party)));
                }
            }
            InPlace.children(forms, mine);
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
