package dk.sammen.disagreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.sammen.base.Formats;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.StaleVersionException;
import dk.sammen.base.ui.ProblemDisplay;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.disagreement.Flag;
import dk.sammen.disagreement.FlagState;
import dk.sammen.scoping.Membership;
import dk.sammen.scoping.Party;
import dk.sammen.scoping.PartyId;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.scoping.ScopingRole;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One disagreement: state, level and deadline, positions side by side, the neutral summary, and the next steps. */
final class FlagCard extends Div {

    private final DisagreementService disagreements;
    private final ScopingDetails scoping;
    private final Flag flag;

    FlagCard(DisagreementService disagreements, ScopingDetails scoping, Flag flag, LocalDate today) {
        this.disagreements = disagreements;
        this.scoping = scoping;
        this.flag = flag;
        addClassName("flag-card");
        addClassName("flag-" + flag.state().key().toLowerCase(java.util.Locale.ROOT));
        setId("flag-" + flag.id());
        Membership me = scoping.me();
        var locale = com.vaadin.flow.component.UI.getCurrent().getLocale();

        Span state = new Span(getTranslation("flag.state." + flag.state().key()));
        state.addClassName("flag-state");
        H4 title = new H4(flag.title());
        add(new Div(title, state));
        add(new Paragraph(flag.description()));
        if (flag.rowId() != null) add(new Paragraph(getTranslation("flag.aboutRow")));
        Paragraph meta = new Paragraph(getTranslation("flag.raisedBy", flag.raisedBy(), Formats.dateTime(flag.raisedAt(), locale))
                + " · " + partyNames(flag.parties()));
        meta.addClassName("flag-meta");
        add(meta);
        if (flag.state().active()) {
            String level = getTranslation("flag.level", flag.level(), flag.decidesAtLevel().isEmpty() ? "—" : flag.decidesAtLevel());
            String deadline = flag.deadline() == null ? "" : " · " + getTranslation("flag.deadline", Formats.date(flag.deadline(), locale));
            Paragraph where = new Paragraph(level + deadline);
            if (flag.overdue(today)) {
                Span overdue = new Span(getTranslation("flag.overdue"));
                overdue.addClassName("warning");
                where.add(new Span(" · "), overdue);
            }
            add(where);
        }
        if (!flag.escalatedBy().isEmpty()) add(new Paragraph(getTranslation("flag.escalatedBy", partyNames(flag.escalatedBy()))));
        if (flag.state() instanceof FlagState.Resolved r) {
            Paragraph decision = new Paragraph(getTranslation("flag.resolvedAs", r.decision(), r.decidedBy(), r.level()));
            decision.addClassName("ok");
            add(decision);
        }

        Div positions = new Div();
        positions.addClassName("per-party-columns");
        for (PartyId partyId : flag.parties()) {
            String partyName = scoping.party(partyId).map(Party::name).orElse("");
            var stated = flag.positions().stream().filter(p -> p.party().equals(partyId)).findFirst();
            TextArea position = new TextArea(getTranslation("flag.position", partyName));
            position.setMaxLength(4000);
            position.setValue(stated.map(Flag.Position::text).orElse(""));
            position.setPlaceholder(getTranslation("flag.noPosition"));
            position.setId("position-" + flag.id() + "-" + partyId.value());
            boolean mine = me.parties().contains(partyId) && flag.state().active();
            position.setReadOnly(!mine);
            Div column = new Div(position);
            if (mine) {
                long version = stated.map(Flag.Position::version).orElse(-1L);
                Button save = new Button(getTranslation("flag.savePosition"), e -> run(() -> disagreements.statePosition(scoping.id(),
                        flag.id(), partyId, position.getValue(), version), Map.of("position", position)));
                save.addThemeVariants(ButtonVariant.LUMO_SMALL);
                save.setId("save-position-" + flag.id() + "-" + partyId.value());
                column.add(save);
            }
            positions.add(column);
        }
        add(positions);

        boolean evaluator = me.roles().contains(ScopingRole.EVALUATOR);
        if (evaluator || !flag.neutralSummary().isEmpty()) {
            TextArea summary = new TextArea(getTranslation("flag.summary"));
            summary.setValue(flag.neutralSummary());
            summary.setMaxLength(4000);
            summary.setReadOnly(!evaluator);
            summary.setId("summary-" + flag.id());
            add(summary);
            if (evaluator) {
                Button save = new Button(getTranslation("flag.saveSummary"),
                        e -> run(() -> disagreements.summarize(scoping.id(), flag.id(), summary.getValue()), Map.of("summary", summary)));
                save.addThemeVariants(ButtonVariant.LUMO_SMALL);
                add(save);
            }
        }
        add(actions(me, evaluator));
    }

    private Div actions(Membership me, boolean evaluator) {
        Div actions = new Div();
        actions.addClassName("flag-actions");
        boolean closer = evaluator || me.isFacilitator();
        boolean involved = flag.parties().stream().anyMatch(me.parties()::contains);
        if (flag.state().active() && (involved || closer)) {
            Button escalate = new Button(getTranslation("flag.escalate"), e -> escalateDialog(me));
            escalate.setId("escalate-" + flag.id());
            actions.add(escalate);
        }
        if (flag.state().active() && closer) {
            Button resolve = new Button(getTranslation("flag.resolve"), e -> resolveDialog());
            resolve.setId("resolve-" + flag.id());
            resolve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button accept = new Button(getTranslation("flag.accept"), e -> run(() -> disagreements.accept(scoping.id(), flag.id()), Map.of()));
            accept.setId("accept-" + flag.id());
            actions.add(resolve, accept);
        }
        if (flag.state() instanceof FlagState.Resolved && closer) {
            Button reopen = new Button(getTranslation("flag.reopen"), e -> run(() -> disagreements.reopen(scoping.id(), flag.id()), Map.of()));
            reopen.setId("reopen-" + flag.id());
            actions.add(reopen);
        }
        actions.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return actions;
    }

    private void escalateDialog(Membership me) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("flag.escalate"));
        CheckboxGroup<PartyId> jointly = new CheckboxGroup<>(getTranslation("flag.escalateJointly"));
        jointly.setItems(flag.parties());
        jointly.setItemLabelGenerator(p -> scoping.party(p).map(Party::name).orElse(""));
        Set<PartyId> mine = new HashSet<>(flag.parties());
        mine.retainAll(me.parties());
        jointly.setValue(mine.isEmpty() ? new HashSet<>(flag.parties()) : mine);
        dialog.add(jointly);
        Button ok = new Button(getTranslation("flag.escalate"), e -> {
            if (run(() -> disagreements.escalate(scoping.id(), flag.id(), jointly.getValue()), Map.of("parties", jointly))) dialog.close();
        });
        ok.setId("escalate-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void resolveDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("flag.resolve") + " – " + flag.title());
        TextArea decision = new TextArea(getTranslation("flag.decision"));
        decision.setMaxLength(4000);
        decision.setId("decision");
        TextField decidedBy = new TextField(getTranslation("flag.decidedBy"));
        decidedBy.setValue(flag.decidesAtLevel());
        decidedBy.setMaxLength(200);
        decidedBy.setId("decided-by");
        dialog.add(new FormLayout(decision, decidedBy));
        Button ok = new Button(getTranslation("flag.resolve"), e -> {
            if (run(() -> disagreements.resolve(scoping.id(), flag.id(), decision.getValue(), decidedBy.getValue()),
                    Map.of("decision", decision, "decidedBy", decidedBy))) {
                dialog.close();
            }
        });
        ok.setId("resolve-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    /** Runs a step; refusals show at the named fields. True when it went through. */
    private boolean run(Runnable step, Map<String, ? extends com.vaadin.flow.component.HasValidation> fields) {
        try {
            step.run();
            return true;
        } catch (InvalidInputException problems) {
            ProblemDisplay.show(this, problems, fields);
        } catch (StaleVersionException conflict) {
            ProblemDisplay.error(getTranslation("conflict.text", conflict.changedBy()) + " " + conflict.currentValue());
        }
        return false;
    }

    long version() {
        return flag.version();
    }

    private String partyNames(java.util.List<PartyId> parties) {
        return parties.stream().map(p -> scoping.party(p).map(Party::name).orElse("")).collect(Collectors.joining(", "));
    }
}
