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

/**
 * Section H: title and case number (the facilitator's to change), and what the system sets.
 * Shown anew in place when the scoping changes: a title or case number the facilitator is
 * changing is kept, the rest follows what is stored.
 */
public final class DetailsPanel extends Div {

    final TextField title = new TextField();
    final TextField caseNumber = new TextField();
    private final TextField stage = readOnly("details.stage");
    private final TextField version = readOnly("details.version");
    private final TextField facilitator = readOnly("details.facilitator");
    private ScopingDetails details;

    public DetailsPanel(ScopingService service, ScopingDetails details, Runnable changed) {
        this.details = details;
        boolean editable = details.me().isFacilitator();
        title.setLabel(getTranslation("details.title"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        title.setReadOnly(!editable);
        caseNumber.setLabel(getTranslation("details.caseNumber"));
        caseNumber.setMaxLength(60);
        caseNumber.setReadOnly(!editable);
        TextField fingerprint = readOnly("details.fingerprint");
        fingerprint.setValue(getTranslation("details.fingerprint.none"));
        FormLayout form = new FormLayout(title, caseNumber, stage, version, facilitator, fingerprint);
        add(form);
        title.setValue(details.title());
        caseNumber.setValue(details.caseNumber());
        showSystemFields(details);
        if (editable) {
            Button save = new Button(getTranslation("action.save"), e -> {
                try {
                    service.updateDetails(this.details.id(), title.getValue(), caseNumber.getValue(), this.details.lockVersion());
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

    /** The scoping as stored now; a field whose text the facilitator has changed and not saved keeps it. */
    public void show(ScopingDetails now) {
        ScopingDetails before = details;
        details = now;
        if (title.getValue().equals(before.title())) title.setValue(now.title());
        if (caseNumber.getValue().equals(before.caseNumber())) caseNumber.setValue(now.caseNumber());
        showSystemFields(now);
    }

    private void showSystemFields(ScopingDetails now) {
        stage.setValue(getTranslation(now.stage().messageKey()));
        version.setValue(String.valueOf(now.versionNumber()));
        facilitator.setValue(now.withRole(ScopingRole.FACILITATOR).stream().map(m -> m.user().displayName()).collect(Collectors.joining(", ")));
    }

    private TextField readOnly(String labelKey) {
        TextField f = new TextField(getTranslation(labelKey));
        f.setReadOnly(true);
        return f;
    }

}
