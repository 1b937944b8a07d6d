package dk.sammen.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import dk.sammen.canvas.CanvasTemplate;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.session.AgendaItem;
import dk.sammen.session.SessionService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The facilitator's agenda for a new session: the sections to cover, in the canvas's order, each with its time box. */
final class StartSessionDialog extends Dialog {

    final Map<String, Checkbox> included = new LinkedHashMap<>();
    final Map<String, IntegerField> minutes = new LinkedHashMap<>();

    StartSessionDialog(SessionService sessions, CanvasTemplate template, ScopingDetails scoping, SessionExtension.SessionOnCanvas page) {
        setHeaderTitle(getTranslation("session.startTitle"));
        add(new Paragraph(getTranslation("session.startText")));
        for (AgendaItem item : sessions.proposedAgenda()) {
            String title = template.section(item.section()).map(s -> s.number() + ". " + getTranslation(s.titleKey())).orElse(item.section());
            Checkbox include = new Checkbox(title, true);
            include.setId("agenda-" + item.section());
            IntegerField box = new IntegerField(getTranslation("session.minutes"));
            box.setId("minutes-" + item.section());
            box.setValue(item.minutes());
            box.setMin(1);
            box.setMax(SessionService.MAX_MINUTES);
            box.setStepButtonsVisible(true);
            box.setWidth("9em");
            box.setAriaLabel(getTranslation("session.minutesFor", title));
            include.addValueChangeListener(e -> box.setEnabled(e.getValue()));
            included.put(item.section(), include);
            minutes.put(item.section(), box);
            Div row = new Div(include, box);
            row.addClassName("agenda-row");
            add(row);
        }
        Button start = new Button(getTranslation("session.start"), e -> {
            List<AgendaItem> agenda = new ArrayList<>();
            included.forEach((key, include) -> {
                if (include.getValue()) {
                    Integer value = minutes.get(key).getValue();
                    agenda.add(new AgendaItem(key, value == null ? 0 : value, 0));
                }
            });
            page.act(() -> {
                var started = sessions.start(scoping.id(), agenda);
                close();
                return started;
            });
        });
        start.setId("session-start-confirm");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), start);
    }
}
