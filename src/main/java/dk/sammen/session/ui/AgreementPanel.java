package dk.sammen.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.session.Agreement;
import dk.sammen.session.AgreementCheck;
import dk.sammen.session.LiveSession;
import dk.sammen.session.SessionService;
import java.util.Map;

/**
 * "Er vi enige?" on the session bar: until the check is revealed, each person sees how many
 * parties have answered and their own answer only; then everyone's answers together.
 */
final class AgreementPanel extends Div {

    final RadioButtonGroup<Agreement> answer = new RadioButtonGroup<>();
    final TextField reason = new TextField();
    final Button send = new Button();

    AgreementPanel(SessionService sessions, ScopingDetails scoping, LiveSession session, AgreementCheck check, String sectionTitle,
                   SessionExtension.SessionOnCanvas page) {
        addClassName("agreement-check");
        setId("agreement-check");
        add(new H3(getTranslation("agreement.question", sectionTitle)));
        long me = scoping.me().user().id().value();
        boolean drives = session.drivenBy(me);
        if (!check.revealed()) {
            Paragraph count = new Paragraph(getTranslation("agreement.answered", check.answeredParties().size(), check.partyCount()));
            count.setId("agreement-count");
            count.getElement().setAttribute("aria-live", "polite");
            add(count);
            if (!scoping.me().parties().isEmpty()) {
                answer.setLabel(getTranslation("agreement.yourAnswer"));
                answer.setItems(Agreement.values());
                answer.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
                sessions.myAnswer(scoping.id(), check.id()).ifPresent(answer::setValue);
                answer.setRequired(true);
                reason.setLabel(getTranslation("agreement.reason"));
                reason.setMaxLength(SessionService.REASON_MAX);
                reason.setWidthFull();
                send.setText(getTranslation("agreement.send"));
                send.setId("agreement-send");
                send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                send.addClickListener(e -> {
                    if (answer.getValue() == null) {
                        answer.setErrorMessage(getTranslation("validation.required"));
                        answer.setInvalid(true);
                        return;
                    }
                    page.act(() -> sessions.answer(scoping.id(), check.id(), answer.getValue(), reason.getValue()), Map.of("reason", reason));
                });
                add(answer, reason, send);
            }
            if (drives) {
                Button reveal = new Button(getTranslation("agreement.reveal"), e -> page.act(() -> sessions.reveal(scoping.id(), check.id())));
                reveal.setId("agreement-reveal");
                add(reveal);
            }
            return;
        }
        UnorderedList answers = new UnorderedList();
        answers.setId("agreement-answers");
        for (AgreementCheck.Answer a : check.answers()) {
            String text = getTranslation("agreement.line", a.name(), a.partyName(), getTranslation(a.answer().messageKey()))
                    + (a.reason().isEmpty() ? "" : " – " + a.reason());
            ListItem item = new ListItem(text);
            item.addClassName("agreement-" + a.answer().name().toLowerCase(java.util.Locale.ROOT));
            answers.add(item);
        }
        add(answers);
        boolean mayFlag = drives || scoping.me().roles().contains(ScopingRole.EVALUATOR);
        if (check.flagId() != null) {
            add(new Paragraph(getTranslation("agreement.flagged")));
        } else if (mayFlag && check.anyDisagree()) {
            Button flag = new Button(getTranslation("agreement.toFlag"), e -> page.act(() -> sessions.raiseFlag(scoping.id(), check.id(),
                    getTranslation("agreement.flagTitle", sectionTitle))));
            flag.setId("agreement-flag");
            add(flag);
        }
    }
}
