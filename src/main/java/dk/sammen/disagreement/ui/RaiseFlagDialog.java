package dk.sammen.disagreement.ui;

import dk.sammen.canvas.CanvasKeys;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.sammen.base.InvalidInputException;
import dk.sammen.base.ui.ProblemDisplay;
import dk.sammen.disagreement.DisagreementService;
import dk.sammen.disagreement.NewFlag;
import dk.sammen.scoping.Party;
import dk.sammen.scoping.ScopingDetails;
import java.util.Map;
import java.util.stream.Collectors;

/** Flags a section as disputed: a short title, what it is about, and the parties involved. */
class RaiseFlagDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final CheckboxGroup<Party> parties = new CheckboxGroup<>();
    final Button submit = new Button();

    RaiseFlagDialog(DisagreementService disagreements, ScopingDetails scoping, String section, Long rowId) {
        setHeaderTitle(getTranslation(rowId == null ? "flag.raise" : "flag.raiseRow") + " – "
                + getTranslation(CanvasKeys.sectionTitle(section).key()));
        title.setLabel(getTranslation("flag.title"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        title.setId("flag-title");
        description.setLabel(getTranslation("flag.description"));
        description.setMaxLength(4000);
        description.setRequiredIndicatorVisible(true);
        description.setId("flag-description");
        parties.setLabel(getTranslation("flag.parties"));
        parties.setItems(scoping.parties());
        parties.setItemLabelGenerator(Party::name);
        parties.setValue(allParties(scoping));
        // Said in words, not with the required marker: on a group of checkboxes that marker becomes an
        // aria-required, which that role does not allow (axe: critical).
        parties.setHelperText(getTranslation("flag.parties.help"));
        FormLayout form = new FormLayout(title, description, parties);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        submit.setText(getTranslation("flag.submit"));
        submit.setId("flag-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                disagreements.raise(scoping.id(), new NewFlag(section, rowId, title.getValue(), description.getValue(),
                        parties.getValue().stream().map(Party::id).collect(Collectors.toSet())));
                close();
            } catch (InvalidInputException problems) {
                ProblemDisplay.show(this, problems, Map.of("title", title, "description", description, "parties", parties));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), submit);
    }

    /** All parties by default: most disagreements are between all of them. */
    private static java.util.Set<Party> allParties(ScopingDetails scoping) {
        return new java.util.HashSet<>(scoping.parties());
    }
}
