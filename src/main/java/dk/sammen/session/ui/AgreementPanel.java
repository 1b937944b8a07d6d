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
import dk.sammen.base.ui.InPlace;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.session.Agreement;
import dk.sammen.session.AgreementCheck;
import dk.sammen.session.LiveSession;
import dk.sammen.session.SessionService;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * "Er vi enige?" on the session bar: until the check is revealed, each person sees how many
 * parties have answered and their own answer only; then everyone's answers together.
 *
 * <p>One panel per check, updated in place as others answer: the count changes, while the answer
 * this person is making (a choice, a half-written reason) and the button they may be clicking
 * stay exactly as they are.
 */
final class AgreementPanel extends Div {

    final RadioButtonGroup<Agreement> answer = new RadioButtonGroup<>();
    final TextField reason = new TextField();
    final Button send = new Button();
    private final long checkId;
    private final SessionService sessions;
    private final ScopingDetails scoping;
    private final SessionExtension.SessionOnCanvas page;
    private final long me;
    private final Paragraph count = new Paragraph();
    private @Nullable Button reveal;
    /** The revealed answers and what may be done with them; built once the check is revealed. */
    private @Nullable Div revealed;

    AgreementPanel(SessionService sessions, ScopingDetails scoping, LiveSession session, AgreementCheck check, String sectionTitle,
                   SessionExtension.SessionOnCanvas page) {
        this.checkId = check.id();
        this.sessions = sessions;
        this.scoping = scoping;
        this.page = page;
        this.me = scoping.me().user().id().value();
        addClassName("agreement-check");
        setId("agreement-check");
        add(new H3(getTranslation("agreement.question", sectionTitle)));
        if (!check.revealed()) {
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
                    answer.setInvalid(false);
                    page.act(() -> sessions.answer(scoping.id(), checkId, answer.getValue(), reason.getValue()), Map.of("reason", reason));
                });
                add(answer, reason, send);
            }
        }
        show(session, check);
    }

    long checkId() {
        return checkId;
    }

    /** The check as it is now: the count while hidden; every answer once revealed. */
    void show(LiveSession session, AgreementCheck check) {
        if (!check.revealed()) {
            InPlace.text(count, getTranslation("agreement.answered", check.answeredParties().size(), check.partyCount()));
            boolean drives = session.drivenBy(me);
            if (drives && reveal == null) {
                reveal = new Button(getTranslation("agreement.reveal"), e -> page.act(() -> sessions.reveal(scoping.id(), checkId)));
                reveal.setId("agreement-reveal");
                add(reveal);
            }
            if (reveal != null) reveal.setVisible(drives);
            return;
        }
        // Revealed: the question is answered, so the form goes; the answers take its place.
        if (revealed == null) {
            getChildren().skip(1).toList().forEach(this::remove);
            revealed = new Div();
            add(revealed);
        }
        Div answers = revealed;
        answers.removeAll(); // sentences and at most one button, drawn from the stored answers
        UnorderedList list = new UnorderedList();
        list.setId("agreement-answers");
        for (AgreementCheck.Answer a : check.answers()) {
            String text = getTranslation("agreement.line", a.name(), a.partyName(), getTranslation(a.answer().messageKey()))
                    + (a.reason().isEmpty() ? "" : " – " + a.reason());
            ListItem item = new ListItem(text);
            item.addClassName("agreement-" + a.answer().name().toLowerCase(Locale.ROOT));
            list.add(item);
        }
        answers.add(list);
        boolean mayFlag = session.drivenBy(me) || scoping.me().roles().contains(ScopingRole.EVALUATOR);
        if (check.flagId() != null) {
            answers.add(new Paragraph(getTranslation("agreement.flagged")));
        } else if (mayFlag && check.anyDisagree()) {
            Button flag = new Button(getTranslation("agreement.toFlag"), e -> page.act(() -> sessions.raiseFlag(scoping.id(), checkId, getLocale())));
            flag.setId("agreement-flag");
            answers.add(flag);
        }
    }
}
