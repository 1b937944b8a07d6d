package dk.sammen.scoping.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.StaleVersionException;
import dk.sammen.base.ui.ProblemDisplay;
import dk.sammen.scoping.ScopingDetails;
import dk.sammen.scoping.ScopingRole;
import dk.sammen.scoping.ScopingService;
import java.util.Map;
import java.util.stream.Collectors;

/** Section H: title and case number (the facilitator's to change), and what the system sets. */
public final class DetailsPanel extends Div {

    final TextField title = new TextField();
    final TextField caseNumber = new TextField();

    public DetailsPanel(ScopingService service, ScopingDetails details, Runnable changed) {
        boolean editable = details.me().isFacilitator();
        title.setLabel(getTranslation("details.title"));
        title.setValue(details.title());
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        title.setReadOnly(!editable);
        caseNumber.setLabel(getTranslation("details.caseNumber"));
        caseNumber.setValue(details.caseNumber());
        caseNumber.setMaxLength(60);
        caseNumber.setReadOnly(!editable);
        FormLayout form = new FormLayout(title, caseNumber,
                readOnly("details.stage", getTranslation(details.stage().messageKey())),
                readOnly("details.version", String.valueOf(details.versionNumber())),
                readOnly("details.facilitator", details.withRole(ScopingRole.FACILITATOR).stream()
                        .map(m -> m.user().displayName()).collect(Collectors.joining(", "))),
                readOnly("details.fingerprint", getTranslation("details.fingerprint.none")));
        add(form);
        if (editable) {
            Button save = new Button(getTranslation("action.save"), e -> {
                try {
                    service.updateDetails(details.id(), title.getValue(), caseNumber.getValue(), details.lockVersion());
                    changed.run();
                } catch (InvalidInputException problems) {
                    ProblemDisplay.show(this, problems, Map.of("title", title, "caseNumber", caseNumber));
                } catch (StaleVersionException conflict) {
                    ProblemDisplay.error(getTranslation("conflict.details", conflict.changedBy(), conflict.currentValue()));
                }
            });
            save.setId("details-save");
            add(save);
        }
    }

    private TextField readOnly(String labelKey, String value) {
        TextField f = new TextField(getTranslation(labelKey));
        f.setValue(value);
        f.setReadOnly(true);
        return f;
    }

}
